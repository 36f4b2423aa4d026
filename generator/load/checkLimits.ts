// Keeps hostile input from exhausting the stack or the output: refuses documents nested deeper than
// any real spec, and shortens documentation strings that would bloat the generated files.

import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';
import { pointerOfPath, type PathLink } from '../pointer';
import { closingQuote, positionOf } from './sourceLocator';

/** Real specs nest about 25 levels deep (GitHub's, 13 MB); every later stage stays well inside the stack at this. */
export const MAX_DEPTH = 256;
/** Longer descriptions are cut: nobody reads a 64 KB comment, and 50 MB would bloat every generated file. */
export const MAX_DOC_LENGTH = 64 * 1024;
const DOC_KEYS = new Set(['description', 'summary', 'title']);

function tooDeep(file: string, pointer: string, position?: { line: number; column: number }): RefusedInputError {
  return new RefusedInputError([{ ...makeDiagnostic('NESTING_TOO_DEEP', pointer, { max: MAX_DEPTH }), file, ...(position ?? {}) }]);
}

/**
 * Scans JSON text for its bracket depth without parsing it, so no recursive parser ever sees a bomb.
 * Strings, most of a spec's bytes, are jumped over to their closing quote.
 */
export function checkJsonDepth(text: string, file: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const close = closingQuote(text, i);
      if (close === -1) return; // an unterminated string: JSON.parse says where
      i = close;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > MAX_DEPTH) throw tooDeep(file, '#', positionOf(text, i));
    } else if (c === 125 || c === 93) depth -= 1;
  }
}

/**
 * Walks the parsed document without recursion: refuses it when it nests deeper than MAX_DEPTH,
 * and cuts documentation strings longer than MAX_DOC_LENGTH in place, with a warning each.
 */
export function checkLimits(data: unknown, file: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  // Pointers are built only for a diagnostic: one per node cost Microsoft Graph 0.15 s.
  const stack: { value: unknown; path: PathLink | null; depth: number }[] = [{ value: data, path: null, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw tooDeep(file, pointerOfPath(path));
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (typeof child === 'string' && child.length > MAX_DOC_LENGTH && DOC_KEYS.has(key) && !Array.isArray(value)) {
        record[key] = `${child.slice(0, MAX_DOC_LENGTH)}…`;
        const at = pointerOfPath({ parent: path, key });
        warnings.push({ ...makeDiagnostic('DOC_TRUNCATED', at, { length: child.length, max: MAX_DOC_LENGTH }), file });
      } else if (child !== null && typeof child === 'object') stack.push({ value: child, path: { parent: path, key }, depth: depth + 1 });
    }
  }
  return warnings.reverse();
}

// Keeps hostile input from exhausting the stack or the output: refuses documents nested deeper than
// any real spec, and shortens documentation strings that would bloat the generated files.

import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';
import { pointerTo } from '../pointer';

/** Real specs nest about 25 levels deep (GitHub's, 13 MB); every later stage stays well inside the stack at this. */
export const MAX_DEPTH = 256;
/** Longer descriptions are cut: nobody reads a 64 KB comment, and 50 MB would bloat every generated file. */
export const MAX_DOC_LENGTH = 64 * 1024;
const DOC_KEYS = new Set(['description', 'summary', 'title']);

function tooDeep(file: string, pointer: string, position?: { line: number; column: number }): RefusedInputError {
  return new RefusedInputError([{ ...makeDiagnostic('NESTING_TOO_DEEP', pointer, { max: MAX_DEPTH }), file, ...(position ?? {}) }]);
}

/** Scans JSON text for its bracket depth without parsing it, so no recursive parser ever sees a bomb. */
export function checkJsonDepth(text: string, file: string): void {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line += 1;
      lineStart = i + 1;
    } else if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > MAX_DEPTH) throw tooDeep(file, '#', { line, column: i - lineStart + 1 });
    } else if (c === 125 || c === 93) depth -= 1;
  }
}

/**
 * Walks the parsed document without recursion: refuses it when it nests deeper than MAX_DEPTH,
 * and cuts documentation strings longer than MAX_DOC_LENGTH in place, with a warning each.
 */
export function checkLimits(data: unknown, file: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const stack: { value: unknown; pointer: string; depth: number }[] = [{ value: data, pointer: '#', depth: 0 }];
  while (stack.length > 0) {
    const { value, pointer, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) throw tooDeep(file, pointer);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      const at = pointerTo(pointer, key);
      if (typeof child === 'string' && child.length > MAX_DOC_LENGTH && DOC_KEYS.has(key) && !Array.isArray(value)) {
        record[key] = `${child.slice(0, MAX_DOC_LENGTH)}…`;
        warnings.push({ ...makeDiagnostic('DOC_TRUNCATED', at, { length: child.length, max: MAX_DOC_LENGTH }), file });
      } else if (child !== null && typeof child === 'object') stack.push({ value: child, pointer: at, depth: depth + 1 });
    }
  }
  return warnings.reverse();
}

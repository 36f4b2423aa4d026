// Keeps hostile input from exhausting the stack or the output: the limits, the scan of JSON text for
// its depth, and the cutting of documentation strings that would bloat the generated files
// (scanDocument finds them, and refuses a parsed document nested too deep).

import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';
import { closingQuote, positionOf } from './sourceLocator';

/** Real specs nest about 25 levels deep (GitHub's, 13 MB); every later stage stays well inside the stack at this. */
export const MAX_DEPTH = 256;
/** Longer descriptions are cut: nobody reads a 64 KB comment, and 50 MB would bloat every generated file. */
export const MAX_DOC_LENGTH = 64 * 1024;
const DOC_KEYS = new Set(['description', 'summary', 'title']);

export function tooDeep(file: string, pointer: string, position?: { line: number; column: number }): RefusedInputError {
  return new RefusedInputError([{ ...makeDiagnostic('NESTING_TOO_DEEP', pointer, { max: MAX_DEPTH }), file, ...(position ?? {}) }]);
}

const isJsonSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Scans JSON text without parsing it: refuses it when it nests past MAX_DEPTH, so no recursive parser
 * ever sees a bomb, and counts on the way the object keys it spells (strings followed by `:`, repeats
 * included), which the duplicate-key check compares with the parsed document's. Strings, most of a
 * spec's bytes, are jumped over to their closing quote.
 */
export function scanJsonText(text: string, file: string): { keys: number } {
  let depth = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // Indentation is about half of a pretty-printed spec: pass it with one comparison.
    if (c <= 0x20) continue;
    if (c === 34) {
      const close = closingQuote(text, i);
      if (close === -1) break; // an unterminated string: JSON.parse says where
      i = close;
      let next = close + 1;
      while (isJsonSpace(text.charCodeAt(next))) next += 1;
      if (text.charCodeAt(next) === 58) keys += 1;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > MAX_DEPTH) throw tooDeep(file, '#', positionOf(text, i));
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return { keys };
}

/** A documentation string too long to keep whole, and where it is. */
export interface LongDoc {
  readonly holder: Record<string, unknown>;
  readonly key: string;
  readonly pointer: string;
}

/** Whether `holder[key]` is documentation longer than MAX_DOC_LENGTH. */
export function isLongDoc(holder: object, key: string, value: unknown): boolean {
  return typeof value === 'string' && value.length > MAX_DOC_LENGTH && DOC_KEYS.has(key) && !Array.isArray(holder);
}

/** Cuts each long documentation string in place, with a warning each. */
export function cutLongDocs(found: readonly LongDoc[], file: string): Diagnostic[] {
  return found.map(({ holder, key, pointer }) => {
    const text = holder[key] as string;
    holder[key] = `${text.slice(0, MAX_DOC_LENGTH)}…`;
    return { ...makeDiagnostic('DOC_TRUNCATED', pointer, { length: text.length, max: MAX_DOC_LENGTH }), file };
  });
}

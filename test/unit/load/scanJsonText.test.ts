// The depth check before JSON.parse: it refuses text nested past MAX_DEPTH, at the first bracket
// too deep, and brackets inside strings (with escaped quotes) do not count.

import fc from 'fast-check';
import { scanJsonText, MAX_DEPTH } from '../../../generator/load/checkLimits';
import { RefusedInputError } from '../../../generator/diagnostics';

/** Where the first bracket deeper than MAX_DEPTH is, found by a tokenizing regex; null when none is. */
function firstTooDeep(text: string): { line: number; column: number } | null {
  let depth = 0;
  for (const match of text.matchAll(/"(?:[^"\\]|\\.)*"|[[\]{}]/g)) {
    const token = match[0];
    if (token === '[' || token === '{') depth += 1;
    else if (token === ']' || token === '}') depth -= 1;
    if (depth > MAX_DEPTH) {
      const before = text.slice(0, match.index);
      return { line: before.split('\n').length, column: match.index - before.lastIndexOf('\n') };
    }
  }
  return null;
}

function refusal(text: string): { line?: number; column?: number } | null {
  try {
    scanJsonText(text, 'spec.json');
    return null;
  } catch (error) {
    if (!(error instanceof RefusedInputError)) throw error;
    const [d] = error.diagnostics;
    return { line: d!.line, column: d!.column };
  }
}

/** Brackets, quotes and backslashes inside strings: what a naive scan would miscount. */
const trickyString = fc.stringMatching(/^[[\]{}"\\a\n]{0,8}$/);

it('refuses exactly the text nested past the limit, at its first bracket too deep', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: MAX_DEPTH - 3, max: MAX_DEPTH + 3 }),
      fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), trickyString), { maxLength: 3 }),
      fc.constantFrom(0, 1, '\t'),
      (levels, inner, indent) => {
        let value: unknown = inner;
        for (let i = 1; i < levels; i += 1) value = i % 2 === 0 ? [value] : { '"[{': value };
        const text = JSON.stringify(value, null, indent);
        expect(refusal(text)).toEqual(firstTooDeep(text));
      },
    ),
    { numRuns: 60 },
  );
});

it('lets an unterminated string end the scan (JSON.parse reports it)', () => {
  expect(refusal(`{"a": "${'['.repeat(MAX_DEPTH + 5)}`)).toBeNull();
});

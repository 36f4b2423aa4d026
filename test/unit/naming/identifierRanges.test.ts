// Names are made with TypeScript's identifier tables, pinned in identifierRanges.ts: every name
// the naming module makes is one the compiler reads, whatever Unicode the running Node knows.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import ts from 'typescript';
import { toIdentifier } from '../../../generator/naming/identifier';
import { RESERVED_NAMES } from '../../../generator/naming/reserved';
import { buildIdentifierRanges, RANGES_FILE } from '../../../scripts/buildIdentifierRanges';

/** The scanner's own test, code point by code point (ts.isIdentifierText is not public). */
function compilerReads(name: string): boolean {
  const points = [...name].map((ch) => ch.codePointAt(0)!);
  return points.length > 0 && ts.isIdentifierStart(points[0]!, ts.ScriptTarget.ESNext) && points.every((p) => ts.isIdentifierPart(p, ts.ScriptTarget.ESNext));
}

it("is what the installed TypeScript's tables give (run `npm run naming:ranges` after upgrading it)", () => {
  expect(buildIdentifierRanges()).toBe(readFileSync(RANGES_FILE, 'utf8'));
});

it.each([
  ['Garay, added in Unicode 16, which TypeScript 5.9 does not read', '\u{10D4A}\u{10D4B}', 'Schema'],
  ['a Unicode 16 letter inside a name', 'pet\u{1E5D0}Store', 'PetStore'],
  ['Han', '宠物', '宠物'],
  ['Latin with accents', 'Überweisung', 'Überweisung'],
])('names %s as the compiler reads it', (_, raw, name) => {
  const made = toIdentifier(raw, 'pascal', RESERVED_NAMES, 'schema');
  expect(made).toBe(name);
  expect(compilerReads(made)).toBe(true);
});

it('makes only names the TypeScript scanner reads as one identifier, from any text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('pascal', 'camel', 'constant' as const), (raw, nameCase) => {
      expect(compilerReads(toIdentifier(raw, nameCase, RESERVED_NAMES, 'fallback'))).toBe(true);
    }),
    { numRuns: 3000 },
  );
});

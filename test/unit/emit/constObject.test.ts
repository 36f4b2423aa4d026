// A const object is typed by its literal (`as const`) until that type grows past what tsc writes
// into a declaration file; then its type is written out beside it.

import { constObject } from '../../../generator/emit/constObject';
import type { Declaration } from '../../../generator/emit/Declaration';
import { code } from '../../../generator/emit/escape';
import { printDeclarations } from '../../../generator/emit/printDeclarations';

const printDeclaration = (d: Declaration) => printDeclarations([d]).join('').trim();

const member = (key: string, value: string, doc: string | null = null) => ({ key: code(key), value: code(value), doc: doc === null ? null : code(doc) });

it('writes a small object as const, with its members documented', () => {
  const printed = printDeclaration(constObject('Status', code('The values.'), [member('Available', "'available'", '/** On sale. */'), member('Sold', "'sold'")]));
  expect(printed).toBe("/** The values. */\nexport const Status = {\n  /** On sale. */\n  Available: 'available',\n  Sold: 'sold',\n} as const;");
});

it('writes the type of one whose type would pass half a million characters beside it', () => {
  const value = `'${'x'.repeat(1000)}'`;
  const members = Array.from({ length: 500 }, (_, i) => member(`V${i}`, value));
  const printed = printDeclaration(constObject('Huge', code('The values.'), members));
  expect(printed.startsWith(`/** The values. */\nexport const Huge: {\n  readonly V0: ${value};\n`)).toBe(true);
  expect(printed).toContain(`\n} = {\n  V0: ${value},\n`);
  expect(printed.endsWith(`  V499: ${value},\n};`)).toBe(true);
  expect(printed).not.toContain('as const');
});

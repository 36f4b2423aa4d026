// printDeclarations joins a large file into flat pieces as the declarations come: the pieces must
// read as one join of every statement, wherever they end.

import type { Declaration } from '../../../generator/emit/Declaration';
import { code } from '../../../generator/emit/escape';
import { printDeclarations } from '../../../generator/emit/printDeclarations';
import type { Identifier } from '../../../generator/naming';

function* statements(count: number): Iterable<Declaration> {
  yield { kind: 'import', from: 'runtime', names: [{ name: 'call' }] };
  yield { kind: 'import', typeOnly: true, from: 'types', names: [{ name: 'Pet' }] };
  for (let i = 0; i < count; i += 1) {
    // Of varied lengths, so that chunk ends fall at every kind of statement.
    const doc = i % 3 === 0 ? code(`Number ${i}.${' padding'.repeat(i % 50)}`) : null;
    if (i % 2 === 0) yield { kind: 'type', name: `T${i}` as Identifier, doc, type: code(`'${'x'.repeat(i % 700)}'`) };
    else yield { kind: 'interface', name: `I${i}` as Identifier, doc, index: null, properties: [{ key: code('id'), optional: i % 4 === 1, type: code('number'), doc: null }] };
  }
}

/** The same file written statement by statement, the plain way. */
function expected(count: number): string {
  const lines = ["import { call } from './runtime.js';", "import type { Pet } from './types.js';"];
  for (let i = 0; i < count; i += 1) {
    const doc = i % 3 === 0 ? `/** Number ${i}.${' padding'.repeat(i % 50)} */\n` : '';
    const statement = i % 2 === 0 ? `export type T${i} = '${'x'.repeat(i % 700)}';` : `export interface I${i} {\n  id${i % 4 === 1 ? '?' : ''}: number;\n}`;
    lines.push(`\n${doc}${statement}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('printDeclarations', () => {
  it('prints a file of many pieces from a generator as one join of its statements would', () => {
    const count = 3000;
    const pieces = printDeclarations(statements(count));
    const printed = pieces.join('');
    // Far over one piece, so the test crosses many piece ends.
    expect(pieces.length).toBeGreaterThan(4);
    expect(printed).toBe(expected(count));
  });

  it('prints a small file, and an empty one, the same way', () => {
    expect(printDeclarations(statements(3))).toEqual([expected(3)]);
    expect(printDeclarations([])).toEqual(['\n']);
  });
});

describe('lists of imported and re-exported names', () => {
  const names = (count: number) => Array.from({ length: count }, (_, i) => `SomeTypeName${i}` as Identifier);

  it('stay on one line while short', () => {
    const [text] = printDeclarations([{ kind: 'import', typeOnly: true, from: 'types', names: names(2).map((name) => ({ name })) }]);
    expect(text).toBe("import type { SomeTypeName0, SomeTypeName1 } from './types.js';\n");
  });

  it('go one name to a line when long, so that one more name is one more line in a diff', () => {
    const print = (count: number) => printDeclarations([{ kind: 'reexport', doc: null, from: 'operations', names: names(count) }]).join('');
    expect(print(10)).toBe(`export {\n${names(10).map((n) => `  ${n},\n`).join('')}} from './operations.js';\n`);
    const before = print(10).split('\n');
    const after = print(11).split('\n');
    expect(after.filter((line) => !before.includes(line))).toEqual(['  SomeTypeName10,']);
  });
});

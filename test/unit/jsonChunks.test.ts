// jsonChunks: pieces that join to exactly JSON.stringify(value, null, 2) plus a newline.

import { jsonChunks } from '../../generator/jsonChunks';

const joined = (value: unknown) => [...jsonChunks(value)].join('');

it.each([
  ['a scalar', 'text with "quotes", \n and \u2028'],
  ['null', null],
  ['empty containers', { a: [], b: {}, c: [[], [{}]] }],
  ['undefined and functions left out of objects, null in arrays', { a: undefined, b: 1, c: () => 1, d: [undefined, () => 1, 2] }],
  ['deep nesting past the split depth', { a: { b: { c: { d: [{ e: ['x\ny', { f: null }] }] } } } }],
  ['keys that need escaping', { 'a"b': 1, '': 2, '\u2028': [true, false] }],
  ['an array at the top', [1, { a: [2, 3] }, 'x']],
])('%s', (_name, value) => {
  expect(joined(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
});

it('yields many pieces for a large document, so no single string holds all of it', () => {
  const model = { operations: Array.from({ length: 50 }, (_, i) => ({ key: `GET /p${i}`, params: [{ name: 'x' }] })) };
  expect([...jsonChunks({ model })].length).toBeGreaterThan(50);
});

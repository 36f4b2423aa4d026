// Reading a generated types.ts into declarations: which types a spec update changed, found from the
// texts alone, and the checker given only what those need, with the whole texts as the fallback.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedTypes, declarationsText, typeDeclarations } from '../../../generator/check/typeDeclarations';
import { typeOracle } from '../../../generator/check/typeOracle';

const petstore = readFileSync(join(__dirname, '../../../generated/petstore-v3/types.ts'), 'utf8');

it('reads our layout: one entry per name, an enum object and its type together, with what each mentions', () => {
  const found = typeDeclarations(petstore)!;
  expect(found.texts.get('OrderStatus')).toMatch(/^\/\*\* The values of `OrderStatus`[\s\S]*export const OrderStatus = [\s\S]*export type OrderStatus = /);
  expect([...found.mentions.get('Pet')!].sort()).toEqual(['Category', 'PetStatus', 'Tag']);
  expect(found.mentions.get('Category')).toEqual([]);
  // Every statement is in exactly one entry: nothing of the file is lost but its banner.
  const statements = petstore.match(/^export /gm)!.length;
  expect([...found.texts.values()].join('').match(/^export /gm)!.length).toBe(statements);
});

it.each([
  ['two statements in one block', 'export type A = string;\nexport type B = A;\n'],
  ['an import', "import type { A } from './a.js';\n\nexport type B = A;\n"],
  ['a statement that is not exported', 'type A = string;\n\nexport type B = A;\n'],
  ['code after a statement', 'export type A = string;\nconsole.log(1);\n'],
])('gives null for another layout: %s', (_, text) => {
  expect(typeDeclarations(text)).toBeNull();
});

const before = typeDeclarations('export type Tag = string;\n\nexport interface Pet {\n  tag?: Tag;\n}\n\nexport interface Order {\n  id?: number;\n}\n\nexport interface Owner {\n  pet?: Pet;\n}\n')!;
const after = typeDeclarations('export type Tag = number;\n\nexport interface Pet {\n  tag?: Tag;\n}\n\nexport interface Order {\n  id?: number;\n}\n\nexport interface Owner {\n  pet?: Pet;\n}\n\nexport type Added = Order;\n')!;

it('counts as changed a type whose text changed, one that mentions it at any depth, and one only one side has', () => {
  expect([...changedTypes(before, after)].sort()).toEqual(['Added', 'Owner', 'Pet', 'Tag']);
});

it('gives the declarations of some names and of everything they mention', () => {
  const { text, included } = declarationsText(after, ['Owner', 'Added']);
  expect([...included].sort()).toEqual(['Added', 'Order', 'Owner', 'Pet', 'Tag']);
  expect(text.match(/^export \w+ (\w+)/gm)).toEqual(['export type Tag', 'export interface Pet', 'export interface Order', 'export interface Owner', 'export type Added']);
});

it('answers unchanged types from the texts, changed ones from a checker over part of them, the rest from the whole', () => {
  const oldText = 'export type Tag = string;\n\nexport interface Pet {\n  tag?: Tag;\n}\n\nexport interface Order {\n  id?: number;\n}\n';
  const newText = oldText.replace('Tag = string', "Tag = string | 'none'");
  const oracle = typeOracle(oldText, newText);
  expect([oracle.unchanged('Order', 'Order'), oracle.unchanged('Pet', 'Pet'), oracle.unchanged('Tag', 'Tag')]).toEqual([true, false, false]);
  expect(oracle.relation('Tag', 'Tag')).toBe('same');
  expect(oracle.propertyRelation('Pet', 'Pet', 'tag')).toBe('same');
  // Order is left out of the part the checker was given: asking about it goes to the whole texts.
  expect(oracle.relation('Order', 'Order')).toBe('same');
  expect(oracle.relation('Order', 'Pet')).toBe('changed');
  expect(oracle.properties('old', 'Order')).toEqual(new Map([['id', { optional: true }]]));
});

it('compares whole texts when one of them is not in our layout (a hand-edited file)', () => {
  const oldText = 'export type Tag = string;\nexport interface Pet {\n  tag?: Tag;\n}\n';
  const newText = 'export type Tag = number;\n\nexport interface Pet {\n  tag?: Tag;\n}\n';
  const oracle = typeOracle(oldText, newText);
  expect(oracle.unchanged('Pet', 'Pet')).toBe(false);
  expect(oracle.propertyRelation('Pet', 'Pet', 'tag')).toBe('changed');
  expect(typeOracle(oldText, oldText).unchanged('Pet', 'Pet')).toBe(true);
});

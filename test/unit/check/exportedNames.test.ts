// The names a generated module exports, as TypeScript and as declarations (--js).

import { exportedNames } from '../../../generator/check/exportedNames';

it.each<[string, string, [string, string][]]>([
  ['an interface and a type alias', 'export interface Pet {\n  id: number;\n}\n\nexport type PetId = number;\n', [['Pet', 'type'], ['PetId', 'type']]],
  ['an enum: its union and its object', "export const Status = {\n  A: 'a',\n} as const;\n\nexport type Status = (typeof Status)[keyof typeof Status];\n", [['Status', 'value']]],
  ['functions, iterators and classes', 'export async function* listPetsPages() {}\nexport function f() {}\nexport class ApiError extends Error {}\n', [['listPetsPages', 'value'], ['f', 'value'], ['ApiError', 'value']]],
  ['declarations', 'export declare const getPet: (c: Client) => ApiPromise<Pet>;\nexport declare function createApi(c: Client): Api;\n', [['getPet', 'value'], ['createApi', 'value']]],
  ['a list re-exported from another module', "export { aErrors, b as c, type D } from './operations.js';\nexport type { E } from './types.js';\n", [['aErrors', 'value'], ['c', 'value'], ['D', 'type'], ['E', 'type']]],
  ['nothing of its own', "export * from './types.js';\n// export const no = 1;\n  export const indented = 1;\n", []],
])('reads %s', (_, text, expected) => {
  expect([...exportedNames(text)]).toEqual(expected);
});

// Where int64 values sit, as the runtime codec reads them: a union's members' plans merged.

import type { TypeRef } from '../../../generator/model/ApiModel';
import { planOf } from '../../../generator/emit/int64Plans';

const int64: TypeRef = { kind: 'primitive', name: 'int64' };
const object = (...names: string[]): TypeRef => ({ kind: 'object', properties: names.map((name) => ({ name, required: true, type: int64, doc: null, tags: [] })), additional: null });

it("merges the members of a union, a property named __proto__ as the member's own", () => {
  const plan = planOf({ kind: 'union', of: [object('a'), object('__proto__', 'constructor')] }, new Set());
  expect(Object.getPrototypeOf(plan!.o)).toBe(Object.prototype);
  expect(Object.keys(plan!.o!)).toEqual(['a', '__proto__', 'constructor']);
  expect(plan!.o!['__proto__']).toEqual({ i: true });
});

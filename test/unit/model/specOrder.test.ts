// Names and descriptors do not depend on the order a spec lists what has no order: operations,
// schemas, the schemes of a security requirement. Each case is built both ways round.

import type { ApiModel } from '../../../generator/model/ApiModel';
import { model } from '../../helpers/pipeline';

/** Each declaration's name by the pointer it was made from, and each operation's security. */
function namesOf(m: ApiModel): unknown {
  return {
    schemas: Object.fromEntries(m.schemas.map((s) => [`${s.pointer} ${s.view}`, s.name]).sort()),
    security: Object.fromEntries(m.operations.map((op) => [op.key, op.security.map((alt) => alt.map((r) => r.scheme.key))])),
  };
}

const reversed = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).reverse());
const ok = { 200: { description: 'ok' } };
const status = { in: 'query', name: 'status', schema: { type: 'string', enum: ['a', 'b'] } };

it.each<[string, Record<string, unknown>, (spec: Record<string, unknown>) => Record<string, unknown>]>([
  [
    "a path's parameter shared by its operations",
    { '/pets': { parameters: [status], get: { operationId: 'listPets', responses: ok }, delete: { operationId: 'deletePets', responses: ok } } },
    (paths) => ({ '/pets': reversed(paths['/pets'] as Record<string, unknown>) }),
  ],
  [
    'a shared response schema',
    {
      '/a': { get: { operationId: 'getA', responses: { 200: { $ref: '#/components/responses/R' } } } },
      '/b': { get: { operationId: 'getB', responses: { 200: { $ref: '#/components/responses/R' } } } },
    },
    reversed,
  ],
  [
    'two operations of one id, each with its own inline enum',
    { '/a': { get: { operationId: 'getPet', parameters: [status], responses: ok } }, '/b': { get: { operationId: 'getPet', parameters: [status], responses: ok } } },
    reversed,
  ],
  [
    "a requirement's schemes",
    { '/a': { get: { operationId: 'getA', security: [{ token: [], key: [] }], responses: ok } } },
    () => ({ '/a': { get: { operationId: 'getA', security: [{ key: [], token: [] }], responses: ok } } }),
  ],
])('names and secures %s the same whichever order the spec lists it in', (_, paths, reorder) => {
  const spec = (p: Record<string, unknown>, schemas: Record<string, unknown>) => ({
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: p,
    components: {
      schemas,
      responses: { R: { description: 'r', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } } },
      securitySchemes: { token: { type: 'http', scheme: 'bearer' }, key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
    },
  });
  const schemas = {};
  expect(namesOf(model(spec(reorder(paths), schemas)).model)).toEqual(namesOf(model(spec(paths, schemas)).model));
});

it('numbers two inline schemas that ask for one name by where they sit, not by spec order', () => {
  const schemas = {
    A: { type: 'object', properties: { 'b c': { type: 'object', properties: { x: { type: 'string' } } } } },
    'A b': { type: 'object', properties: { c: { type: 'object', properties: { y: { type: 'string' } } } } },
  };
  const spec = (s: Record<string, unknown>) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: s } });
  const names = namesOf(model(spec(schemas)).model);
  expect(namesOf(model(spec(reversed(schemas))).model)).toEqual(names);
  expect(names).toMatchObject({ schemas: { '#/components/schemas/A/properties/b c both': 'ABC', '#/components/schemas/A b/properties/c both': 'ABC2' } });
});

it('keeps the name a lock gave a shared node after another of its operations (the first in spec order, before)', () => {
  const spec = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: { '/pets': { parameters: [status], delete: { operationId: 'deletePets', responses: ok }, get: { operationId: 'listPets', responses: ok } } },
  };
  const fresh = model(spec).model;
  const shared = fresh.schemas.find((s) => s.pointer === '#/paths/~1pets/parameters/0/schema')!;
  expect(shared.name).toBe('ListPetsStatus');
  const key = '#/paths/~1pets/parameters/query:status/schema';
  const lock = { operations: {}, schemas: { [key]: 'DeletePetsStatus' } };
  const regenerated = model(spec, { parameterDefaults: {}, nameLock: lock }).model;
  expect(regenerated.schemas.find((s) => s.pointer === shared.pointer)!.name).toBe('DeletePetsStatus');
  // A name neither operation gives is no lock of ours.
  const forged = model(spec, { parameterDefaults: {}, nameLock: { operations: {}, schemas: { [key]: 'Owner' } } }).model;
  expect(forged.schemas.find((s) => s.pointer === shared.pointer)!.name).toBe('ListPetsStatus');
});

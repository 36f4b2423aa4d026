// The name lock's keys for inline schemas: a parameter's by its location and name, so a parameter
// inserted before it moves no name from one schema to another.

import { apiSurface } from '../../../generator/emit/apiSurface';
import { stableSchemaKeys } from '../../../generator/model/stableSchemaKeys';
import { manifestFile, nameLock, parseManifest } from '../../../generator/write/manifest';
import { model } from '../../helpers/pipeline';

describe('stableSchemaKeys', () => {
  const keyOf = stableSchemaKeys([[
    { pointer: '#/paths/~1pets/get/parameters/2', in: 'query', name: 'a/b' },
    { pointer: '#/paths/~1pets/parameters/0', in: 'header', name: 'status' },
  ]]);

  it.each([
    ['#/paths/~1pets/get/parameters/2/schema/items', '#/paths/~1pets/get/parameters/query:a~1b/schema/items'],
    ['#/paths/~1pets/get/parameters/2', '#/paths/~1pets/get/parameters/query:a~1b'],
    ['#/paths/~1pets/parameters/0/schema', '#/paths/~1pets/parameters/header:status/schema'],
    ['#/paths/~1pets/get/parameters/3/schema', '#/paths/~1pets/get/parameters/3/schema'],
    ['#/components/schemas/Pet/properties/parameters/items', '#/components/schemas/Pet/properties/parameters/items'],
  ])('%s → %s', (pointer, key) => {
    expect(keyOf(pointer)).toBe(key);
  });
});

it("keeps each parameter's inline enum on its name when a parameter is inserted before them", () => {
  const status = (location: string, values: string[]) => ({ name: 'status', in: location, schema: { type: 'string', enum: values } });
  const spec = (parameters: unknown[]) => ({ openapi: '3.0.3', info: {}, paths: { '/pets': { get: { operationId: 'listPets', parameters, responses: {} } } } });
  const v1 = model(spec([status('query', ['open', 'closed']), status('header', ['x', 'y'])])).model;
  const typeOf = (m: typeof v1, name: string) => m.schemas.find((s) => s.name === name)?.type;
  expect(typeOf(v1, 'ListPetsStatus2')).toStrictEqual({ kind: 'union', of: [{ kind: 'literal', value: 'x' }, { kind: 'literal', value: 'y' }] });
  const manifest = parseManifest(manifestFile([], { version: '1', build: '', spec: { source: 's', sha256: '' }, options: '' }, apiSurface(v1)).content);
  const limit = { name: 'limit', in: 'query', schema: { type: 'integer' } };
  const v2 = model(spec([limit, status('query', ['open', 'closed']), status('header', ['x', 'y'])]), { parameterDefaults: {}, nameLock: nameLock(manifest) }).model;
  expect(typeOf(v2, 'ListPetsStatus2')).toStrictEqual(typeOf(v1, 'ListPetsStatus2'));
  expect(typeOf(v2, 'ListPetsStatus')).toStrictEqual(typeOf(v1, 'ListPetsStatus'));
});

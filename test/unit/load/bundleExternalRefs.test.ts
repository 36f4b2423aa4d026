// External $refs: schemas come in as named definitions, other parts are inlined where used,
// cycles across files are fine, and nothing outside the spec's folder or on the network is read.

import { resolve } from 'node:path';
import { RefusedInputError } from '../../../generator/diagnostics';
import { loadSpec } from '../../../generator/load/loadSpec';

const FIXTURES = resolve(__dirname, '../../fixtures');

it('hoists external schemas under their names and inlines parameters and responses', async () => {
  const loaded = await loadSpec(`${FIXTURES}/external/spec.yaml`);
  const doc = loaded.document as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(Object.keys(doc.components.schemas)).toEqual(['Pet', 'Pet2', 'owner', 'Tag', 'Error']);
  expect(doc.components.schemas.Pet).toEqual({ type: 'string', description: 'A local schema with the same name as an external one' });
  expect(doc.components.schemas.Pet2.properties.owner).toEqual({ $ref: '#/components/schemas/owner' });
  expect(doc.components.schemas.Pet2.properties.tags.items).toEqual({ $ref: '#/components/schemas/Tag' });
  expect(doc.components.schemas.owner.properties.pets.items).toEqual({ $ref: '#/components/schemas/Pet2' });
  expect(doc.paths['/pets/{id}'].parameters[0]).toEqual({ name: 'id', in: 'path', required: true, schema: { type: 'integer' } });
  expect(doc.paths['/pets/{id}'].get.responses.default.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
  expect(doc.paths['/owners'].get.responses['200'].content['application/json'].schema.items).toEqual({ $ref: '#/components/schemas/owner' });
});

it.each([
  ['a file outside the spec folder', `${FIXTURES}/outside/spec.yaml`, "#/paths/~1a/get/responses/200/schema/$ref: cannot resolve $ref: ../external/schemas/error.yaml#/Error: the file is outside the spec's folder"],
  ['a remote ref', `${FIXTURES}/external/remote.yaml`, '#/paths/~1a/get/responses/200/schema/$ref: cannot resolve $ref: https://example.com/schemas.yaml#/Pet: remote references are not fetched'],
  ['a file outside the folder, reached from a file inside it', `${FIXTURES}/external/nested-escape.yaml`, expect.stringMatching(/^#: cannot resolve \$ref: .*outside/)],
  ['a missing file, at its ref', `${FIXTURES}/external/missing.yaml`, '#/paths/~1a/get/responses/200/schema/$ref: cannot resolve $ref: schemas/nope.yaml#/Pet: cannot read the file (ENOENT)'],
])('refuses %s', async (_, file, message) => {
  const error = await loadSpec(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RefusedInputError);
  const d = (error as RefusedInputError).diagnostics[0]!;
  expect(`${d.pointer}: ${d.message}`).toEqual(message);
});

// External $refs: schemas come in as named definitions, other parts are inlined where used,
// cycles across files are fine, and nothing outside the spec's folder or on the network is read.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
  ['a file outside the folder, reached from a file inside it', `${FIXTURES}/external/nested-escape.yaml`, "#/Escape/$ref: cannot resolve $ref: ../../outside/spec.yaml#/info: ../outside/spec.yaml is outside the spec's folder"],
  ['a missing file, at its ref', `${FIXTURES}/external/missing.yaml`, '#/paths/~1a/get/responses/200/schema/$ref: cannot resolve $ref: schemas/nope.yaml#/Pet: cannot read the file (ENOENT)'],
])('refuses %s', async (_, file, message) => {
  const error = await loadSpec(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RefusedInputError);
  const d = (error as RefusedInputError).diagnostics[0]!;
  expect(`${d.pointer}: ${d.message}`).toEqual(message);
});

describe('a file that another file refers to is refused at that $ref, in that file, with its line and column', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'specwright-nested-'));
    mkdirSync(join(dir, 'spec/sub'), { recursive: true });
    writeFileSync(join(dir, 'outside.yaml'), 'Toy: { type: string }\n');
    writeFileSync(join(dir, 'spec/b.yaml'), 'Owner: { type: string }\n');
    writeFileSync(
      join(dir, 'spec/root.yaml'),
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: 'sub/a.yaml#/Pet' }\n",
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a missing file', '../missing.yaml#/Owner', 'cannot read missing.yaml: ENOENT'],
    ['a file outside the folder', '../../outside.yaml#/Toy', "../outside.yaml is outside the spec's folder"],
    ['a pointer to nothing in a file that is there', '../b.yaml#/Nope', 'no such file or pointer'],
  ])('%s', async (_, ref, reason) => {
    writeFileSync(join(dir, 'spec/sub/a.yaml'), `Pet:\n  type: object\n  properties:\n    name: { type: string }\n    owner:\n      $ref: '${ref}'\n`);
    const error = await loadSpec(join(dir, 'spec/root.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedInputError);
    expect((error as RefusedInputError).diagnostics).toEqual([
      expect.objectContaining({ file: join(dir, 'spec/sub/a.yaml'), line: 6, column: 13, pointer: '#/Pet/properties/owner/$ref', message: `cannot resolve $ref: ${ref}: ${reason}` }),
    ]);
  });
});

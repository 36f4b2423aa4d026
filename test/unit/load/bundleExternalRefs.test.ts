// External $refs: schemas come in as named definitions, other parts are inlined where used,
// cycles across files are fine, and nothing outside the spec's folder or on the network is read.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  ])('%s', async (_, ref, reason) => {
    writeFileSync(join(dir, 'spec/sub/a.yaml'), `Pet:\n  type: object\n  properties:\n    name: { type: string }\n    owner:\n      $ref: '${ref}'\n`);
    const error = await loadSpec(join(dir, 'spec/root.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedInputError);
    expect((error as RefusedInputError).diagnostics).toEqual([
      expect.objectContaining({ file: join(dir, 'spec/sub/a.yaml'), line: 6, column: 13, pointer: '#/Pet/properties/owner/$ref', message: `cannot resolve $ref: ${ref}: ${reason}` }),
    ]);
  });
});

it('types a schema $ref to nothing in a file that is there as unknown, warned at that $ref in its own file, as one inside the spec would be', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-missing-'));
  try {
    writeFileSync(join(dir, 'root.yaml'), "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet: { $ref: 'a.yaml#/Pet' }\n");
    writeFileSync(join(dir, 'a.yaml'), "Pet:\n  type: object\n  properties:\n    name: { type: string }\n    owner:\n      $ref: 'a.yaml#/Nope'\n");
    const loaded = await loadSpec(join(dir, 'root.yaml'));
    expect(loaded.diagnostics).toEqual([expect.objectContaining({ code: 'REF_MISSING', file: join(dir, 'a.yaml'), line: 6, column: 13, pointer: '#/Pet/properties/owner/$ref' })]);
    expect(loaded.document).toMatchObject({ components: { schemas: { Pet: { properties: { owner: {} } } } } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("a root schema that is only a $ref to another file's schema", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'specwright-slots-'));
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas/Pet.yaml'), "type: object\nproperties:\n  owner: { $ref: 'Owner.yaml' }\n  self: { $ref: 'Pet.yaml' }\n");
    writeFileSync(join(dir, 'schemas/Owner.yaml'), 'type: object\nproperties:\n  name: { type: string }\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const load = async (schemas: Record<string, unknown>, swagger2 = false) => {
    const uses = { type: 'array', items: { $ref: 'schemas/Pet.yaml' } };
    const response = swagger2 ? { description: 'ok', schema: uses } : { description: 'ok', content: { 'application/json': { schema: uses } } };
    const head = swagger2 ? { swagger: '2.0', definitions: schemas } : { openapi: '3.0.3', components: { schemas } };
    writeFileSync(join(dir, 'spec.json'), JSON.stringify({ ...head, info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { 200: response } } } } }));
    return (await loadSpec(join(dir, 'spec.json'))).document as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it('brings that schema in under its name, and every other ref to it, its own included, points there', async () => {
    const doc = await load({ Pet: { $ref: 'schemas/Pet.yaml' }, Animal: { $ref: 'schemas/Pet.yaml' } });
    expect(Object.keys(doc.components.schemas)).toEqual(['Pet', 'Animal', 'Owner']);
    expect(doc.components.schemas.Pet.properties).toEqual({ owner: { $ref: '#/components/schemas/Owner' }, self: { $ref: '#/components/schemas/Pet' } });
    // The first name claims the file; a second is an alias of it, as written.
    expect(doc.components.schemas.Animal).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(doc.paths['/a'].get.responses['200'].content['application/json'].schema.items).toEqual({ $ref: '#/components/schemas/Pet' });
  });

  it('does the same for Swagger 2.0 definitions, and leaves a ref with other keywords beside it to be brought in apart', async () => {
    expect(Object.keys((await load({ Pet: { $ref: 'schemas/Pet.yaml' } }, true)).definitions)).toEqual(['Pet', 'Owner']);
    const doc = await load({ Pet: { $ref: 'schemas/Pet.yaml', description: 'documented here' } });
    expect(doc.components.schemas.Pet).toEqual({ $ref: '#/components/schemas/Pet2' });
    expect(Object.keys(doc.components.schemas)).toEqual(['Pet', 'Pet2', 'Owner']);
  });
});

describe('a file the spec refers to is parsed as the spec is, and refused in that file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'specwright-parse-'));
    writeFileSync(
      join(dir, 'spec.yaml'),
      "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: 'other#/Pet' }\n",
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file that is neither JSON nor YAML (a Markdown description) as text', async () => {
    writeFileSync(join(dir, 'intro.md'), '# Pets\n\nSome *markdown*: with a colon.\n');
    writeFileSync(join(dir, 'other'), 'Pet: { type: object }\n');
    writeFileSync(join(dir, 'spec.yaml'), readFileSync(join(dir, 'spec.yaml'), 'utf8').replace("info: { title: t, version: '1' }", "info: { title: t, version: '1', description: { $ref: 'intro.md' } }"));
    const loaded = await loadSpec(join(dir, 'spec.yaml'));
    expect((loaded.document as { info: { description: unknown } }).info.description).toBe('# Pets\n\nSome *markdown*: with a colon.\n');
  });

  it.each([
    ['YAML that does not parse', 'Pet:\n  type: object\n    bad: 1\n', { code: 'PARSE_ERROR', line: 2, column: 9 }],
    ['JSON with a key twice', '{"Pet": {"type": "object", "type": "string"}}', { code: 'PARSE_ERROR', line: 1, column: 28 }],
    ['a YAML tag that builds code', 'Pet: !!js/function "function () {}"\n', { code: 'PARSE_ERROR', line: 1, column: 20 }],
    ['a $ref that is not a reference', 'Pet:\n  $ref: 42\n', { code: 'REF_MALFORMED', pointer: '#/Pet/$ref', line: 2, column: 9 }],
  ])('%s', async (_, text, expected) => {
    writeFileSync(join(dir, 'other'), text);
    const error = await loadSpec(join(dir, 'spec.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedInputError);
    expect((error as RefusedInputError).diagnostics).toEqual([expect.objectContaining({ ...expected, file: join(dir, 'other') })]);
  });
});

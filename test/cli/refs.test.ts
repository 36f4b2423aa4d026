// What $refs may reach: the spec's folder always, other folders and http(s) only when allowed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { utf16WithMark, utf32, utf8WithMark } from '../helpers/encodings';
import { runCli } from '../helpers/runCli';

const FIXTURES = resolve(__dirname, '../fixtures');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-refs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('reads a folder outside the spec only when --allow-ref-dir names it', async () => {
  const args = ['generate', '--input', join(FIXTURES, 'outside/spec.yaml'), '--output', join(dir, 'out'), '--quiet'];
  const refused = await runCli(args);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain("the file is outside the spec's folder");
  const allowed = await runCli([...args, '--allow-ref-dir', join(FIXTURES, 'external')]);
  expect(allowed.code).toBe(0);
  expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toContain('export interface _Error {');
});

describe('remote refs', () => {
  let server: Server;
  let base: string;
  const served: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      served.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/yaml' }).end('Pet:\n  type: object\n  properties:\n    name: { type: string }\n');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it('are refused without --allow-remote-refs, and never fetched', async () => {
    writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: '${base}/schemas.yaml#/Pet'\n`);
    const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out', '--quiet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('#/components/schemas/Pet/$ref: cannot resolve $ref');
    expect(run.stderr).toContain('remote references are not fetched');
    expect(served).toEqual([]);
  });

  it('still refuse loopback and private addresses with --allow-remote-refs (no SSRF)', async () => {
    writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: '${base}/schemas.yaml#/Pet'\n`);
    const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out', '--quiet', '--allow-remote-refs'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('REF_UNRESOLVED');
    expect(served).toEqual([]);
  });

  it('are fetched with --allow-remote-refs', async () => {
    // This machine has no network: the public host is answered by a stubbed fetch.
    const realFetch = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = (async (url: string | URL) => {
      asked.push(String(url));
      return new Response('Pet:\n  type: object\n  properties:\n    name: { type: string }\n', { headers: { 'content-type': 'application/yaml' } });
    }) as typeof fetch;
    try {
      writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Owner:\n      type: object\n      properties:\n        pet:\n          $ref: 'https://schemas.example.com/pets.yaml#/Pet'\n`);
      const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out', '--quiet', '--allow-remote-refs'], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toMatch(/export interface Owner \{\n {2}pet\?: Pet;\n\}/);
      expect(asked).toEqual(['https://schemas.example.com/pets.yaml']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

it.each([
  ['a number', '42', '$ref is number, not a string'],
  ['a fragment that is not a pointer', "'#definitions/Pet'", '$ref has the fragment "#definitions/Pet", which is not a JSON pointer'],
  ['a broken escape', "'#/definitions/%ZZ'", '$ref has a broken percent-escape'],
  ['a bad tilde', "'#/definitions/a~2b'", '$ref uses `~` other than as ~0 or ~1'],
])('refuses a malformed $ref (%s) at its pointer', async (_, ref, message) => {
  writeFileSync(join(dir, 'spec.yaml'), `swagger: '2.0'\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          schema:\n            $ref: ${ref}\n`);
  const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr.split('\n')[0]).toBe(`spec.yaml:10:19: error: #/paths/~1a/get/responses/200/schema/$ref: ${message} (REF_MALFORMED)`);
});

it.each([
  ['a file that is not there', "'missing.yaml#/Pet'", 'missing.yaml#/Pet: cannot read the file (ENOENT)'],
  ['a folder', "'sub#/Pet'", 'sub#/Pet: is not a file'],
])('refuses a $ref to %s at its pointer, writing nothing', async (_, ref, message) => {
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'spec.yaml'), `swagger: '2.0'\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          schema:\n            $ref: ${ref}\n`);
  const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr.split('\n')[0]).toBe(`spec.yaml:10:19: error: #/paths/~1a/get/responses/200/schema/$ref: cannot resolve $ref: ${message} (REF_UNRESOLVED)`);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it.each(['__proto__', 'constructor/prototype', 'Other/toString'])("types a $ref into another file at %s, which the file does not hold (only every object's built-ins), as a ref to nothing", async (pointer) => {
  writeFileSync(join(dir, 'other.yaml'), 'Other: { type: string }\n');
  writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    P: { $ref: 'other.yaml#/${pointer}' }\n`);
  const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(`spec.yaml:6:16: warning: #/components/schemas/P/$ref: $ref \`other.yaml#/${pointer}\` points at nothing; typed as unknown (REF_MISSING)`);
  expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toContain('export type P = unknown;');
});

it('refuses a $ref to an empty file at that $ref, rather than with the resolver\'s words at the top of the spec', async () => {
  writeFileSync(join(dir, 'empty.yaml'), '# to do\n');
  writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    P: { $ref: 'empty.yaml' }\n`);
  const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr.split('\n')[0]).toBe('spec.yaml:6:16: error: #/components/schemas/P/$ref: cannot resolve $ref: empty.yaml: the file holds nothing (it is empty, or only comments) (REF_UNRESOLVED)');
});

it('refuses a named pipe that a referred file refers to, rather than waiting on it forever', async () => {
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  writeFileSync(join(dir, 'part.yaml'), "A: { $ref: 'pipe.yaml#/X' }\n");
  writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    P: { $ref: 'part.yaml#/A' }\n`);
  const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('cannot resolve $ref: pipe.yaml#/X: pipe.yaml is not a file (REF_UNRESOLVED)');
});

it('keeps a property named __proto__ in a spec whose parts come from other files too', async () => {
  writeFileSync(join(dir, 'other.yaml'), 'Other: { type: object, required: [__proto__], properties: { __proto__: { type: string } } }\n');
  writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Other: { $ref: 'other.yaml#/Other' }\n    Thing: { type: object, required: [__proto__], properties: { __proto__: { type: string } } }\n`);
  expect((await runCli(['generate', '--input', 'spec.yaml', '--output', 'out', '--quiet'], dir)).code).toBe(0);
  const types = readFileSync(join(dir, 'out/types.ts'), 'utf8');
  expect(types).toMatch(/export interface Other \{\n {2}__proto__: string;\n\}/);
  expect(types).toMatch(/export interface Thing \{\n {2}__proto__: string;\n\}/);
});

describe('symbolic links', () => {
  const spec = (ref: string) => `swagger: '2.0'\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          schema:\n            $ref: '${ref}'\n`;
  let outside: string;
  beforeEach(() => {
    outside = mkdtempSync(join(tmpdir(), 'specwright-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'Secret:\n  type: object\n  description: SECRET-OUTSIDE-CONTENT\n');
    mkdirSync(join(dir, 'inside'));
    writeFileSync(join(dir, 'inside/pet.yaml'), 'Pet:\n  type: object\n  description: inside\n');
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
    symlinkSync(outside, join(dir, 'linked-dir'));
    symlinkSync(join(dir, 'inside/pet.yaml'), join(dir, 'pet-link.yaml'));
    writeFileSync(join(dir, 'inside/hop.yaml'), 'Hop:\n  $ref: "../link.yaml#/Secret"\n');
  });
  afterEach(() => rmSync(outside, { recursive: true, force: true }));

  it.each([
    ['a linked file', 'link.yaml#/Secret', true],
    ['a file in a linked folder', 'linked-dir/secret.yaml#/Secret', true],
    ['a linked file, reached from a file inside', 'inside/hop.yaml#/Hop', false],
  ])('do not lead out of the spec folder: %s', async (_, ref, placed) => {
    writeFileSync(join(dir, 'spec.yaml'), spec(ref));
    const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("is outside the spec's folder");
    if (placed) expect(run.stderr.split('\n')[0]).toContain('spec.yaml:10:19: error: #/paths/~1a/get/responses/200/schema/$ref:');
    expect(run.stderr).not.toContain('SECRET');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('may point at a file inside the folder', async () => {
    writeFileSync(join(dir, 'spec.yaml'), spec('pet-link.yaml#/Pet'));
    const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out', '--quiet'], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toContain('export interface Pet {');
  });
});

it('leaves `$ref` alone where it is data: a property named $ref, an example', async () => {
  writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Link:\n      type: object\n      properties:\n        $ref: { type: string }\n      example: { $ref: 42 }\n`);
  const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out', '--quiet'], dir);
  expect(run.code).toBe(0);
  expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toContain('$ref?: string;');
});

it('names a file the spec refers to as the spec is named, at the line and column of the ref that fails in it', async () => {
  mkdirSync(join(dir, 'spec/sub'), { recursive: true });
  writeFileSync(join(dir, 'spec/sub/a.yaml'), "Pet:\n  type: object\n  properties:\n    owner: { $ref: 'gone.yaml#/Owner' }\n");
  writeFileSync(join(dir, 'spec/root.yaml'), `swagger: '2.0'\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          schema:\n            $ref: 'sub/a.yaml#/Pet'\n`);
  const run = await runCli(['generate', '--input', 'spec/root.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr.split('\n')[0]).toBe('spec/sub/a.yaml:4:20: error: #/Pet/properties/owner/$ref: cannot resolve $ref: gone.yaml#/Owner: cannot read sub/gone.yaml: ENOENT (REF_UNRESOLVED)');
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it('places a warning in a part brought in from another file in that file, at its own pointer, line and column', async () => {
  mkdirSync(join(dir, 'spec'));
  writeFileSync(join(dir, 'spec/params.yaml'), 'Limit:\n  name: limit\n  in: query\n');
  writeFileSync(join(dir, 'spec/schemas.yaml'), "Pet:\n  type: object\n  properties:\n    tag: { $ref: '#/Tag' }\nTag:\n  type: object\n  properties:\n    n: { not: { type: string } }\n");
  writeFileSync(
    join(dir, 'spec/root.yaml'),
    `swagger: '2.0'\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: 'params.yaml#/Limit'\n        - { name: q, in: query }\n      responses:\n        '200':\n          description: ok\n          schema: { $ref: 'schemas.yaml#/Pet' }\n`,
  );
  const run = await runCli(['generate', '--input', 'spec/root.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(0);
  expect(run.stderr.split('\n').filter((line) => line.includes(': warning: '))).toEqual([
    'spec/params.yaml:2:3: warning: #/Limit: parameter has no type; typed as string (PARAMETER_UNTYPED)',
    'spec/root.yaml:8:11: warning: #/paths/~1a/get/parameters/1: parameter has no type; typed as string (PARAMETER_UNTYPED)',
    'spec/schemas.yaml:8:15: warning: #/Tag/properties/n/not: schema uses `not`, which a type cannot express; typed as unknown (SCHEMA_UNSUPPORTED)',
  ]);
});

describe('a file the spec refers to is decoded as the spec is', () => {
  const root = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { $ref: 'pet.json' }\n";
  const pet = '{"type": "object", "description": "Façade", "properties": {"name": {"type": "string"}}}';
  const generate = async (bytes: Buffer) => {
    writeFileSync(join(dir, 'root.yaml'), root);
    writeFileSync(join(dir, 'pet.json'), bytes);
    return runCli(['generate', '--input', 'root.yaml', '--output', 'out'], dir);
  };

  it.each([
    ['with a byte-order mark', utf8WithMark(pet)],
    ['in UTF-16', utf16WithMark(pet)],
  ])('reads one %s', async (_, bytes) => {
    const run = await generate(bytes);
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toContain('/** Façade */\nexport interface Pet {');
  });

  it('warns in that file where it stops being UTF-8', async () => {
    const run = await generate(Buffer.from(pet, 'latin1'));
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(
      'pet.json:1:38: warning: the file is not valid UTF-8 from here: each byte that is not was read as U+FFFD, the replacement character (TEXT_NOT_UTF8)',
    );
  });

  it('refuses one in UTF-32 at the $ref to it', async () => {
    const run = await generate(utf32(pet));
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(
      'root.yaml:11:31: error: #/paths/~1a/get/responses/200/content/application~1json/schema/$ref: cannot resolve $ref: pet.json: pet.json is UTF-32LE, which is not read: save it as UTF-8 (REF_UNRESOLVED)',
    );
  });
});

describe("OpenAPI 3.1's named anchors ($ref: '#pet')", () => {
  const spec = (version: string, ref: string) =>
    `openapi: ${version}\ninfo: { title: t, version: '1' }\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { type: array, items: { $ref: '${ref}' } }\ncomponents:\n  schemas:\n    Pet:\n      $anchor: pet\n      type: object\n      properties:\n        parent: { $ref: '#pet' }\n`;

  it('are followed to the schema that declares the anchor', async () => {
    writeFileSync(join(dir, 'spec.yaml'), spec('3.1.0', '#pet'));
    const run = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
    expect(run).toMatchObject({ code: 0, stderr: expect.not.stringContaining('warning') });
    const types = readFileSync(join(dir, 'out/types.ts'), 'utf8');
    expect(types).toContain('export type GetPetsResponse = Pet[];');
    expect(types).toMatch(/export interface Pet \{\n {2}parent\?: Pet;\n\}/);
  });

  it('are refused where no schema declares the anchor, and in OpenAPI 3.0, which has none', async () => {
    writeFileSync(join(dir, 'spec.yaml'), spec('3.1.0', '#dog'));
    const missing = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n')[0]).toBe('spec.yaml:11:53: error: #/paths/~1pets/get/responses/200/content/application~1json/schema/items/$ref: $ref names the anchor "dog", which no schema\'s `$anchor` declares (once) (REF_MALFORMED)');
    writeFileSync(join(dir, 'spec.yaml'), spec('3.0.3', '#pet'));
    const v30 = await runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
    expect(v30.code).toBe(1);
    expect(v30.stderr).toContain('has the fragment "#pet", which is not a JSON pointer (REF_MALFORMED)');
  });
});

// The CLI as a user runs it: help, exit codes, one clear line for bad input, --strict, --quiet.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { utf16WithMark, utf32, utf8WithMark } from '../helpers/encodings';
import { runCli } from '../helpers/runCli';

const SEED = resolve(__dirname, '../../spec/ringcentral.yaml');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

it('--help lists the options and the exit codes', async () => {
  const run = await runCli(['--help']);
  expect(run.code).toBe(0);
  for (const flag of ['--input', '--output', '--strict', '--check', '--quiet', '--config', 'Exit codes']) expect(run.stdout + run.stderr).toContain(flag);
});

it.each([
  [['generate', '--input', 'x.yaml'], '--input and --output go together'],
  [['generate', '--bogus'], 'Unknown argument'],
  [[], 'name a command'],
  [['generate', '--input', 'x.yaml', '--output', ''], 'an empty one names no file'],
  [['check', '--dry-run'], '--dry-run lists what a generation would write'],
  [['generate', '--check', '--dry-run'], 'use one of them'],
])('exits 2 on a usage error: %j', async (args, message) => {
  const run = await runCli(args, dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
});

it('generates any spec with --input/--output and reports its warnings with pointers', async () => {
  const run = await runCli(['generate', '--input', SEED, '--output', 'out'], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(
    "#/paths/~1restapi~1v1.0~1account~1{accountId}~1extension~1{extensionId}~1active-calls/get/parameters/1: parameter has no type; typed as string (PARAMETER_UNTYPED)",
  );
  expect(run.stderr).toMatch(/ringcentral\.yaml:55:11: warning: #\/paths\/.*\/responses\/2: response key `2`/);
  expect(run.stderr).toContain('10 warnings, 0 errors');
  expect(readdirSync(join(dir, 'out')).sort()).toEqual(['.gitattributes', 'README.md', 'api.ts', 'errors.ts', 'index.ts', 'operations.ts', 'runtime.ts', 'specwright.manifest.json', 'types.ts']);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain('Regenerate with: npx specwright generate --input ');
});

it('gives in the banner a regenerate command with the flags that shape the output', async () => {
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--quiet', '--int64', 'string', '--package-name', 'rc-client'], dir);
  expect(run.code).toBe(0);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toMatch(/\n\/\/ Regenerate with: npx specwright generate --input \S+ringcentral\.yaml --output out --int64 string --package-name rc-client\n/);
});

it('keeps in the banner the shaping flags given over a config', async () => {
  writeFileSync(join(dir, 'spec.yaml'), readFileSync(SEED));
  write('specwright.config.json', JSON.stringify({ specs: [{ input: 'spec.yaml', output: 'client' }] }));
  const run = await runCli(['generate', '--quiet', '--int64', 'string'], dir);
  expect(run.code).toBe(0);
  expect(readFileSync(join(dir, 'client/operations.ts'), 'utf8')).toContain('\n// Regenerate with: npx specwright generate --int64 string\n');
});

it("gives the config's command as run from its folder, so check finds the same bytes from anywhere and under any spelling", async () => {
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'spec.yaml'), readFileSync(SEED));
  write('specwright.config.json', JSON.stringify({ specs: [{ input: 'spec.yaml', output: 'client' }] }));
  expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
  for (const [config, cwd] of [['specwright.config.json', dir], ['./specwright.config.json', dir], [join(dir, 'specwright.config.json'), join(dir, 'sub')], ['../specwright.config.json', join(dir, 'sub')]] as const) {
    expect((await runCli(['check', '--quiet', '--config', config], cwd)).code).toBe(0);
  }
  write('other.config.json', JSON.stringify({ specs: [{ input: 'spec.yaml', output: 'client2' }] }));
  expect((await runCli(['generate', '--quiet', '--config', 'other.config.json'], dir)).code).toBe(0);
  expect(readFileSync(join(dir, 'client2/index.ts'), 'utf8')).toContain('\n// Regenerate with: npx specwright generate --config other.config.json\n');
  expect((await runCli(['check', '--quiet', '--config', '../other.config.json'], join(dir, 'sub'))).code).toBe(0);
});

describe('--import-extension ts', () => {
  it('writes imports that end in .ts, says so in the banner, and checks up to date only with the same flag', async () => {
    const args = ['--input', SEED, '--output', 'out', '--quiet'];
    expect((await runCli(['generate', ...args, '--import-extension', 'ts'], dir)).code).toBe(0);
    const operations = readFileSync(join(dir, 'out/operations.ts'), 'utf8');
    expect(operations).toMatch(/\n\/\/ Regenerate with: npx specwright generate --input \S+ringcentral\.yaml --output out --import-extension ts\n/);
    expect(operations).toContain("} from './runtime.ts';");
    expect(readFileSync(join(dir, 'out/index.ts'), 'utf8')).toContain("export * from './api.ts';");
    expect((await runCli(['check', ...args, '--import-extension', 'ts'], dir)).code).toBe(0);
    expect((await runCli(['check', ...args], dir)).code).toBe(4);
  });

  it('is refused with --js, on the command line and in a config entry, at the entry', async () => {
    const flags = await runCli(['generate', '--input', SEED, '--output', 'out', '--js', '--import-extension', 'ts'], dir);
    expect(flags.code).toBe(2);
    expect(flags.stderr).toContain('--import-extension ts is for TypeScript output');
    write('specwright.config.json', JSON.stringify({ specs: [{ input: SEED, output: 'a' }, { input: SEED, output: 'b', js: true, importExtension: 'ts' }] }));
    const config = await runCli(['generate'], dir);
    expect(config.code).toBe(1);
    expect(config.stderr).toContain('specwright.config.json: error: #/specs/1/importExtension: invalid config: importExtension `ts` is for TypeScript output');
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });
});

it('--quiet prints nothing when there are only warnings', async () => {
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--quiet'], dir);
  expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
});

it('--strict turns warnings into a refusal: exit 1, nothing written', async () => {
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--strict'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('nothing written (--strict refuses on warnings)');
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it('--strict --quiet still prints the warnings it refuses on', async () => {
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--strict', '--quiet'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('(PARAMETER_UNTYPED)');
  expect(run.stderr).toContain('nothing written (--strict refuses on warnings)');
});

it('--format json prints every document as one JSON line, usage errors and config errors too', async () => {
  const usage = await runCli(['generate', '--format', 'json', '--input', 'x.yaml'], dir);
  expect(usage.code).toBe(2);
  expect(JSON.parse(usage.stderr)).toEqual({ usageError: '--input and --output go together', exitCode: 2 });
  write('specwright.config.json', '{');
  const config = await runCli(['generate', '--format', 'json'], dir);
  expect(config.code).toBe(1);
  expect(config.stderr.split('\n')).toHaveLength(1);
  expect(JSON.parse(config.stderr)).toMatchObject({ diagnostics: [{ code: 'CONFIG_INVALID', file: expect.stringContaining('specwright.config.json') }] });
});

it('--format json prints machine-readable diagnostics', async () => {
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--format', 'json'], dir);
  const parsed = JSON.parse(run.stderr) as { diagnostics: { code: string; pointer: string; line: number }[]; summary: string };
  expect(parsed.summary).toBe('10 warnings, 0 errors');
  expect(parsed.diagnostics[0]).toMatchObject({ code: 'INFO_DESCRIPTION_SLUG', pointer: '#/info/description', line: 7 });
});

describe('bad input: one clear line naming the file, exit 1, nothing written', () => {
  it.each([
    ['a missing file', null, 'missing.yaml: error: file not found (FILE_NOT_FOUND)'],
    ['unreadable YAML', 'swagger: "2.0"\npaths:\n  /a: [\n', 'bad.yaml:4:1: error: not valid YAML'],
    ['unreadable JSON', '{"swagger": "2.0",\n  "paths": }\n', 'bad.json:2:12: error: not valid JSON'],
    ['JSON with a trailing comma, at the comma', '{"swagger": "2.0",\n  "paths": {},\n}\n', 'bad.json:2:14: error: not valid JSON: a comma after the last member, which JSON does not allow before `}`'],
    ['JSON with a comment, at the comment', '{"swagger": "2.0", // v2\n  "paths": {}\n}\n', 'bad.json:1:20: error: not valid JSON: a comment, which JSON does not have'],
    ['duplicate keys', 'swagger: "2.0"\nswagger: "2.0"\n', 'bad.yaml:2:1: error: not valid YAML: Map keys must be unique'],
    ['an empty file', '\n\n', 'bad.yaml: error: the file is empty (EMPTY_DOCUMENT)'],
    ['a list', '- 1\n- 2\n', 'bad.yaml:1:1: error: the document is a list, not an object (NOT_AN_OBJECT)'],
    ['a file that is not a spec', 'name: my-package\nversion: 1.0.0\n', 'bad.yaml:1:1: error: the document has no `swagger` or `openapi` field (NOT_A_SPEC)'],
    ['Swagger 1.2', '{"swaggerVersion": "1.2", "apis": []}', 'bad.json:1:2: error: #/swaggerVersion: unsupported spec version "1.2" (UNSUPPORTED_VERSION)'],
    ['OpenAPI 4', 'openapi: 4.0.0\n', 'bad.yaml:1:10: error: #/openapi: unsupported spec version "4.0.0" (UNSUPPORTED_VERSION)'],
    ['two documents', 'swagger: "2.0"\n---\nswagger: "2.0"\n', 'bad.yaml:3:1: error: the YAML stream holds 2 documents'],
  ])('%s', async (_, text, expected) => {
    const name = text === null ? 'missing.yaml' : write(expected.startsWith('bad.json') ? 'bad.json' : 'bad.yaml', text);
    const run = await runCli(['generate', '--input', name, '--output', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('what a spec reads past, said where it is', () => {
  it.each([
    ['Swagger 2.0 written as "2" (nothing to say)', 'swagger: "2"\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    get:\n      responses: { "204": { description: ok } }\n', ''],
    ['a version YAML reads as a number', 'openapi: 3.0\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    get:\n      responses: { "204": { description: ok } }\n', 'bad.yaml:1:10: warning: #/openapi: `openapi` is a number, not text; read as 3.0 (VERSION_NOT_TEXT)'],
    ['OpenAPI 3.2', 'openapi: 3.2.0\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    get:\n      responses: { "204": { description: ok } }\n', 'bad.yaml:1:10: warning: #/openapi: OpenAPI 3.2.0 is read as 3.1'],
    ['additionalOperations (3.2)', 'openapi: 3.2.0\ninfo: { title: T, version: "1" }\npaths:\n  /a:\n    get:\n      responses: { "204": { description: ok } }\n    additionalOperations:\n      LINK: { responses: { "204": { description: ok } } }\n', 'bad.yaml:8:7: warning: #/paths/~1a/additionalOperations: the path item has a field `additionalOperations`'],
    ['a spec cut short', 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\n', 'bad.yaml:1:1: warning: the spec declares no operations; the client has none (NO_OPERATIONS)'],
  ])('%s', async (_, text, expected) => {
    const run = await runCli(['generate', '--input', write('bad.yaml', text), '--output', 'out'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')).toContainEqual(expect.stringContaining(expected));
  });
});

describe('how a spec file is encoded', () => {
  const spec = "swagger: '2.0'\ninfo: { title: Café, version: '1' }\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses: { '200': { description: ok } }\n";
  const generate = async (bytes: Buffer) => {
    writeFileSync(join(dir, 'spec.yaml'), bytes);
    return runCli(['generate', '--input', 'spec.yaml', '--output', 'out'], dir);
  };

  it.each([
    ['UTF-8 with a byte-order mark (Notepad)', utf8WithMark(spec)],
    ["UTF-16LE with a byte-order mark (Windows PowerShell's >)", utf16WithMark(spec)],
  ])('reads %s as the same spec', async (_, bytes) => {
    const run = await generate(bytes);
    expect(run.stderr).toBe('');
    expect(readFileSync(join(dir, 'out/README.md'), 'utf8')).toContain('# Café');
  });

  it('reads a file that is not UTF-8, and warns where it stops being so', async () => {
    const run = await generate(Buffer.from(spec, 'latin1'));
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n')[0]).toBe(
      'spec.yaml:2:19: warning: the file is not valid UTF-8 from here: each byte that is not was read as U+FFFD, the replacement character (TEXT_NOT_UTF8)',
    );
  });

  it('refuses UTF-32 by name, writing nothing', async () => {
    const run = await generate(utf32(spec));
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('spec.yaml: error: the file is UTF-32LE, which is not read (ENCODING_UNSUPPORTED)');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

it('a regeneration that changes nothing leaves the folder and its files as they were, for watchers and mtime-based builds', async () => {
  const first = await runCli(['generate', '--input', SEED, '--output', 'out'], dir);
  expect(first.code).toBe(0);
  const seen = () => ['', ...readdirSync(join(dir, 'out'))].map((f) => ({ f, ...statSync(join(dir, 'out', f), { bigint: true }) })).map(({ f, ino, mtimeNs }) => `${f} ${ino} ${mtimeNs}`);
  const before = seen();
  const again = await runCli(['generate', '--input', SEED, '--output', 'out'], dir);
  expect(again.stdout).toBe('out: 0 written, 9 unchanged, 0 removed');
  expect(seen()).toEqual(before);
});

it('writes an output folder that cannot be renamed (a mount point) in place, and says so only in progress output', async () => {
  const petstore = resolve(__dirname, '../../spec/petstore-v3.yaml');
  expect((await runCli(['generate', '--input', petstore, '--output', 'out'], dir)).code).toBe(0);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fsPromises = require('node:fs/promises') as typeof import('node:fs/promises');
  const realRename = fsPromises.rename;
  const busy = Object.assign(new Error("EBUSY: resource busy or locked, rename 'out'"), { code: 'EBUSY' });
  const rename = jest.spyOn(fsPromises, 'rename').mockImplementation((from, to) => (String(from).endsWith('/out') ? Promise.reject(busy) : realRename(from, to)));
  try {
    const plain = await runCli(['generate', '--input', petstore, '--output', 'out', '--int64', 'string'], dir);
    expect(plain).toEqual({ code: 0, stdout: 'out: 10 written, 0 unchanged, 0 removed', stderr: '' });
    const progress = await runCli(['generate', '--input', petstore, '--output', 'out', '--progress'], dir);
    expect(progress.code).toBe(0);
    expect(progress.stderr).toMatch(/write 9 written, 0 unchanged, in place: the folder cannot be renamed \(EBUSY\) \(/);
  } finally {
    rename.mockRestore();
  }
  expect(readdirSync(dir)).toEqual(['out']);
  expect(existsSync(join(dir, 'out/codecs.ts'))).toBe(false);
});

it('refusing a broken spec leaves the previous output untouched', async () => {
  expect((await runCli(['generate', '--input', SEED, '--output', 'out', '--quiet'], dir)).code).toBe(0);
  const before = readFileSync(join(dir, 'out/operations.ts'), 'utf8');
  write('broken.yaml', 'swagger: "2.0"\npaths: {\n');
  expect((await runCli(['generate', '--input', 'broken.yaml', '--output', 'out'], dir)).code).toBe(1);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toBe(before);
});

it.each([
  ['a missing member', JSON.stringify({ specs: [{ input: 'a.yaml' }] }), "specwright.config.json: error: #/specs/0: invalid config: /specs/0 must have required property 'output'"],
  ['an unknown key, named', JSON.stringify({ specs: [{ inptu: 'a.yaml', output: 'o' }] }), 'specwright.config.json: error: #/specs/0/inptu: invalid config: /specs/0 has the unknown key `inptu`'],
  ['a trailing comma, where it is', '{ "specs": [\n  { "input": "a.yaml", "output": "o" },\n] }', 'specwright.config.json:2:39: error: invalid config: not valid JSON: a comma after the last member'],
  ['a pagination path that names no property', JSON.stringify({ specs: [{ input: 'a.yaml', output: 'o', pagination: { style: 'page', param: 'page', items: '.', next: 'next' } }] }), 'specwright.config.json: error: #/specs/0/pagination/items: invalid config: /specs/0/pagination/items must match pattern'],
  ['a page rule with nothing that says there is a next page', JSON.stringify({ specs: [{ input: 'a.yaml', output: 'o', pagination: { style: 'page', param: 'page', items: 'records' } }] }), "specwright.config.json: error: #/specs/0/pagination: invalid config: /specs/0/pagination must have required property 'next'"],
  ['two specs writing one folder', JSON.stringify({ specs: [{ input: 'a.yaml', output: 'o' }, { input: 'b.yaml', output: './o/' }] }), 'specwright.config.json: error: #/specs/1/output: invalid config: specs 0 and 1 write to the same folder `./o/`'],
])('reports an invalid config with its pointer: %s', async (_, text, message) => {
  write('specwright.config.json', text);
  const run = await runCli(['generate'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(message);
});

it('reports what the file system refused as such, not as a bug: a manifest that is a folder', async () => {
  mkdirSync(join(dir, 'out/specwright.manifest.json'), { recursive: true });
  const run = await runCli(['generate', '--input', SEED, '--output', 'out'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/error: could not finish reading the output folder: EISDIR: illegal operation on a directory, read \(FILE_SYSTEM_ERROR\)/);
  expect(run.stderr).not.toContain('INTERNAL_ERROR');
});

it('reads the config: defaults, output folder, and a warning for a default no operation uses', async () => {
  write('spec.yaml', readFileSync(SEED, 'utf8'));
  write('specwright.config.json', JSON.stringify({ specs: [{ input: 'spec.yaml', output: 'client', parameterDefaults: { path: { accountId: '~', nope: 1 } } }] }));
  const run = await runCli(['generate'], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('the config gives a default for path parameter `nope`, but no operation has one');
  expect(readFileSync(join(dir, 'client/types.ts'), 'utf8')).toContain('accountId?: string | undefined;');
  expect(readFileSync(join(dir, 'client/types.ts'), 'utf8')).toContain('extensionId: string;');
});

describe('input that is not plain data is refused', () => {
  it.each([
    ['a !!binary tag', 'swagger: "2.0"\ninfo: !!binary aGVsbG8=\n', 'bad.yaml:2:16: error: not valid YAML: the tag !!binary would build a value that is not plain data'],
    ['a !!js/function tag', 'swagger: "2.0"\nx: !!js/function "function () {}"\n', 'bad.yaml:2:18: error: not valid YAML: the tag !!js/function would build'],
    ['a custom tag', 'swagger: "2.0"\nx: !Ref abc\n', 'bad.yaml:2:9: error: not valid YAML: the tag !Ref would build'],
    ['duplicate keys in JSON', '{"swagger": "2.0",\n "paths": {}, "paths": {"/a": {}}}', 'bad.json:2:15: error: not valid JSON: the key "paths" appears twice in one object'],
  ])('%s', async (_, text, expected) => {
    const name = write(expected.startsWith('bad.json') ? 'bad.json' : 'bad.yaml', text);
    const run = await runCli(['generate', '--input', name, '--output', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toContain(expected);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('accepts explicit plain tags such as !!str', async () => {
    write('ok.yaml', 'swagger: !!str "2.0"\ninfo: { title: t, version: !!str 1 }\npaths: {}\n');
    expect((await runCli(['generate', '--input', 'ok.yaml', '--output', 'out', '--quiet'], dir)).code).toBe(0);
  });
});

it('refuses an output path that is an existing file, and leaves it alone', async () => {
  write('taken', 'a file\n');
  const run = await runCli(['generate', '--input', SEED, '--output', 'taken', '--quiet'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('exists and is not a folder (OUTPUT_NOT_A_FOLDER)');
  expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('a file\n');
});

it('refuses an output path under a file, and leaves the file alone', async () => {
  write('taken', 'a file\n');
  const run = await runCli(['generate', '--input', SEED, '--output', 'taken/client', '--quiet'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('lies under a file, so no folder can be made there (OUTPUT_UNDER_A_FILE)');
  expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('a file\n');
});

it('ignores manifest entries that name paths outside the output folder: nothing there is read or removed', async () => {
  write('victim.txt', 'keep me\n');
  expect((await runCli(['generate', '--input', SEED, '--output', 'out', '--quiet'], dir)).code).toBe(0);
  const manifestPath = join(dir, 'out/specwright.manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string> };
  for (const path of ['../victim.txt', '/etc/hostname', 'a\0b', 'sub/../../victim.txt', 'C:x']) manifest.files[path] = 'sha256-00';
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--quiet'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('keep me\n');
  expect(readdirSync(dir).filter((name) => name.includes('.specwright-'))).toEqual([]);
});

it('--format json prints exactly one JSON document per spec, refused or not, and nothing else', async () => {
  write('bad.yaml', '- not a spec\n');
  const refused = await runCli(['generate', '--input', 'bad.yaml', '--output', 'out', '--format', 'json'], dir);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toBe('');
  expect(JSON.parse(refused.stderr)).toMatchObject({ spec: 'bad.yaml', refused: true, summary: '0 warnings, 1 error', diagnostics: [{ code: 'NOT_AN_OBJECT' }] });
  const ok = await runCli(['generate', '--input', SEED, '--output', 'out', '--format', 'json', '--check'], dir);
  expect(ok.code).toBe(6);
  expect(ok.stdout).toBe('');
  const parsed = JSON.parse(ok.stderr) as { check: { status: string; exitCode: number; missing: string[] } };
  expect(parsed.check).toMatchObject({ status: 'files', exitCode: 6 });
  expect(parsed.check.missing).toContain('types.ts');
});

it('generates a client that compiles from numbers JSON cannot hold, warning where each is', async () => {
  const yaml = ['openapi: 3.1.0', 'info: {title: t, version: "1"}', 'paths: {}', 'components:', '  schemas:', '    N: {type: number, enum: [.inf, 2], default: .nan}', '    C: {const: -.inf}', ''];
  write('inf.yaml', yaml.join('\n'));
  const run = await runCli(['generate', '--input', 'inf.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain('inf.yaml:6:30: warning: #/components/schemas/N/enum/0: the number Infinity cannot be sent or received as JSON');
  expect(run.stderr).toContain('inf.yaml:6:49: warning: #/components/schemas/N/default: the number NaN');
  expect(run.stderr).toContain('inf.yaml:7:16: warning: #/components/schemas/C/const: the number -Infinity');
  const types = readFileSync(join(dir, 'out/types.ts'), 'utf8');
  expect(types).toContain('/** @default NaN */\nexport type N = 2;');
  expect(types).toContain('export type C = unknown;');
});

it('places warnings in a JSON spec at their line and column', async () => {
  const spec = { swagger: '2.0', info: { title: 't', version: '1' }, paths: { '/a': { get: { parameters: [{ name: 'q', in: 'query' }], responses: {} } } } };
  write('spec.json', JSON.stringify(spec, null, 2));
  const run = await runCli(['generate', '--input', 'spec.json', '--output', 'out'], dir);
  expect(run.stderr.split('\n')[0]).toBe('spec.json:11:11: warning: #/paths/~1a/get/parameters/0: parameter has no type; typed as string (PARAMETER_UNTYPED)');
});

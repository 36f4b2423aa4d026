// `specwright check`: one exit code and message per cause, the API diff when the spec changed,
// the same facts as JSON, and `--dry-run`. Runs the CLI in a temporary folder the way CI would.

import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/runCli';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../../package.json') as { version: string }).version;
const PETSTORE = resolve(__dirname, '../../spec/petstore-v3.yaml');
const GENERATE = ['generate', '--input', 'spec.yaml', '--output', 'out', '--quiet'];
const CHECK = ['check', '--input', 'spec.yaml', '--output', 'out'];

let dir: string;
const at = (path: string) => join(dir, path);
const edit = (path: string, change: (text: string) => string) => writeFileSync(at(path), change(readFileSync(at(path), 'utf8')));
const sha256 = (text: string | Buffer) => `sha256-${createHash('sha256').update(text).digest('hex')}`;
/** A manifest as specwright writes it, holding the hash of its text without that line: as another specwright wrote it, not edited by hand. */
const sealed = (text: string) => {
  const body = text.replace(/\n {2}"self": "[^"]*",\n/, '\n');
  return body.replace(/^(\{\n {2}"generator": "specwright",\n)/, `$1  "self": "${sha256(body)}",\n`);
};
const snapshotOf = () => readdirSync(at('out')).sort().map((f) => [f, readFileSync(at(`out/${f}`), 'utf8')]);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-check-'));
  cpSync(PETSTORE, at('spec.yaml'));
  expect((await runCli(GENERATE, dir)).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('exits 0 when the output matches, for `check` and `generate --check` alike', async () => {
  const check = await runCli(CHECK, dir);
  expect(check).toEqual({ code: 0, stdout: 'out: up to date', stderr: '' });
  expect(await runCli(['generate', '--check', '--input', 'spec.yaml', '--output', 'out'], dir)).toEqual(check);
});

it("records the spec's SHA-256 as sha256sum prints it, and the version", () => {
  const manifest = JSON.parse(readFileSync(at('out/specwright.manifest.json'), 'utf8')) as { version: string; spec: { source: string; sha256: string } };
  expect(manifest.spec).toEqual({ source: 'spec.yaml', sha256: createHash('sha256').update(readFileSync(PETSTORE)).digest('hex') });
  expect(manifest.version).toBe(VERSION);
});

it.each([
  ['CRLF line endings (a Windows checkout)', (s: string) => s.replace(/\n/g, '\r\n')],
  ['a byte-order mark', (s: string) => `\uFEFF${s}`],
])('takes the spec with %s as the same spec: up to date', async (_, change) => {
  edit('spec.yaml', change);
  expect(await runCli(CHECK, dir)).toEqual({ code: 0, stdout: 'out: up to date', stderr: '' });
});

it('exits 3 when the spec changed, with what changed for callers', async () => {
  edit('spec.yaml', (s) => s.replace('            - pending\n            - sold\n', '            - pending\n            - sold\n            - lost\n'));
  edit('spec.yaml', (s) => s.replace('operationId: findPetsByTags\n      parameters:\n', 'operationId: findPetsByTags\n      parameters:\n        - name: owner\n          in: query\n          required: true\n          schema:\n            type: string\n'));
  const before = snapshotOf();
  const run = await runCli(CHECK, dir);
  expect(run.code).toBe(3);
  expect(run.stdout).toMatchSnapshot();
  expect(snapshotOf()).toEqual(before);
});

it('exits 4 when the generator version or the options changed', async () => {
  edit('out/specwright.manifest.json', (s) => sealed(s.replace(`"version": "${VERSION}"`, '"version": "0.0.0-old"')));
  const version = await runCli(CHECK, dir);
  expect(version.code).toBe(4);
  expect(version.stdout).toContain(`  the generator changed: it was made by specwright 0.0.0-old; this is specwright ${VERSION}.`);
  expect((await runCli([...GENERATE, '--int64', 'string'], dir)).code).toBe(0);
  const options = await runCli(CHECK, dir);
  expect(options.code).toBe(4);
  expect(options.stdout).toContain('  the options differ from those it was generated with:\n    --int64: string when generated, number (the default) now\n');
  expect(options.stdout).toContain('  no longer generated but still there: codecs.ts.');
});

describe('how it was generated, as the manifest records it', () => {
  // (--js converts through an ES module, which this process does not load: --int64 stands for it here.)
  const RECORDED = 'npx specwright generate --input spec.yaml --output out --int64 string --package-name @acme/pets';

  it('names each option given otherwise, and suggests the command it was generated with', async () => {
    expect((await runCli([...GENERATE, '--int64', 'string', '--package-name', '@acme/pets'], dir)).code).toBe(0);
    const run = await runCli(CHECK, dir);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('\n  the options differ from those it was generated with:\n    --int64: string when generated, number (the default) now\n    --package-name: "@acme/pets" when generated, not given now\n');
    expect(run.stdout).toMatch(new RegExp(`\\nIt was generated with \`${RECORDED}\`: check it with the same options \\(\`npx specwright check --input spec.yaml --output out --int64 string --package-name @acme/pets\`\\), or run \`npx specwright generate --input spec.yaml --output out\` to regenerate it with the options given now\\.$`));
    const { check } = JSON.parse((await runCli([...CHECK, '--format', 'json'], dir)).stderr) as { check: Record<string, unknown> };
    expect(check['options']).toEqual([{ option: 'int64', was: 'string', is: null }, { option: 'package', was: { name: '@acme/pets' }, is: null }]);
    expect((await runCli([...CHECK, '--int64', 'string', '--package-name', '@acme/pets'], dir)).code).toBe(0);
    // The spec changed too: updating it keeps the options it was generated with.
    edit('spec.yaml', (s) => s.replace('operationId: getPetById\n', 'operationId: fetchPet\n'));
    const changed = await runCli(CHECK, dir);
    expect(changed.code).toBe(3);
    expect(changed.stdout).toMatch(new RegExp(`\\nRun \`${RECORDED}\` to update it with the options it was generated with\\.$`));
  });

  it('takes the same spec named from another folder as no change, and says where to regenerate', async () => {
    mkdirSync(at('src'));
    const fromSrc = ['check', '--input', '../spec.yaml', '--output', '../out'];
    expect(await runCli(fromSrc, at('src'))).toEqual({ code: 0, stdout: '../out: up to date', stderr: '' });
    edit('spec.yaml', (s) => s.replace('operationId: getPetById\n', 'operationId: fetchPet\n'));
    const run = await runCli(fromSrc, at('src'));
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/\nRun `npx specwright generate --input spec\.yaml --output out` in \.\. to update it\.$/);
  });

  it('names the spec when it moved, whether its content changed or not', async () => {
    mkdirSync(at('specs'));
    cpSync(at('spec.yaml'), at('specs/pets.yaml'));
    const moved = ['check', '--input', 'specs/pets.yaml', '--output', 'out'];
    const run = await runCli(moved, dir);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/^out: out of date\n {2}the spec is specs\/pets\.yaml now; it was generated from spec\.yaml \(the same content\)\.\n {2}changed: /);
    edit('specs/pets.yaml', (s) => s.replace('title: Swagger Petstore', 'title: Swagger Petstore 2'));
    expect((await runCli(moved, dir)).stdout).toContain('\n  the spec is specs/pets.yaml now; it was generated from spec.yaml.\n');
  });

  it('names a config option by its key, and the command the config gives', async () => {
    const config = (extra: object) => writeFileSync(at('specwright.config.json'), JSON.stringify({ specs: [{ input: 'spec.yaml', output: 'out', ...extra }] }));
    config({ int64: 'string', errorFields: 'problem' });
    expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
    config({ errorFields: 'problem' });
    const run = await runCli(['check'], dir);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('\n  the options differ from those it was generated with:\n    "int64" (config): "string" when generated, number (the default) now\n');
    expect(run.stdout).toMatch(/\nRun `npx specwright generate` to update it with the options it was generated with\.$/);
  });
});

describe('another build of the same version (the version stays the same across commits)', () => {
  const OTHER_BUILD = `sha256-${'0'.repeat(64)}`;
  /** The manifest as `build` wrote it (null: a specwright from before manifests held their build and hash). */
  const writtenBy = (build: string | null) => (s: string) =>
    build === null ? s.replace(/\n {2}"(self|build)": "[^"]*",/g, '') : sealed(s.replace(/"build": "[^"]*"/, `"build": "${build}"`));
  /** The output as another build would have made it: runtime.ts otherwise, recorded as written. */
  const madeByAnotherBuild = (build: string | null) => {
    edit('out/runtime.ts', (s) => `${s}// a line another build wrote\n`);
    const hash = sha256(readFileSync(at('out/runtime.ts')));
    edit('out/specwright.manifest.json', (s) => writtenBy(build)(s.replace(/("runtime\.ts": )"sha256-[0-9a-f]+"/, `$1"${hash}"`)));
  };

  it('exits 4 saying the generator changed, not the spec or what it refers to', async () => {
    madeByAnotherBuild(OTHER_BUILD);
    const run = await runCli(CHECK, dir);
    expect(run.code).toBe(4);
    expect(run.stdout).toMatch(/^out: out of date\n {2}the generator changed: it was made by another build of specwright \(build 000000000000… → [0-9a-f]{12}…\)\.\n {2}changed: runtime\.ts, specwright\.manifest\.json\.\n/);
    expect(run.stdout).not.toContain('refers to');
    // A change of behaviour in the runtime is no change of the API: the cause is still the generator.
    expect(run.stdout).toContain('API changes for callers: none (documentation or internals only)');
    const json = JSON.parse((await runCli([...CHECK, '--format', 'json'], dir)).stderr) as { check: Record<string, unknown> };
    expect(json.check).toMatchObject({ status: 'generator-changed', exitCode: 4, spec: null, referencesChanged: false, references: [], version: null, build: { from: OTHER_BUILD } });
  });

  it('exits 4 for a manifest from before builds were recorded', async () => {
    madeByAnotherBuild(null);
    const run = await runCli(CHECK, dir);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('  the generator changed: it was made by a specwright from before the manifest recorded the build (this is build ');
  });

  it('a build that makes the same output leaves the folder as it was: up to date, and the build recorded stays', async () => {
    edit('out/specwright.manifest.json', writtenBy(OTHER_BUILD));
    const before = snapshotOf();
    expect(readFileSync(at('out/specwright.manifest.json'), 'utf8')).toContain(`\n  "build": "${OTHER_BUILD}",\n`);
    expect(await runCli(CHECK, dir)).toEqual({ code: 0, stdout: 'out: up to date', stderr: '' });
    expect(await runCli(GENERATE, dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(snapshotOf()).toEqual(before);
  });

  it('a manifest another build wrote, then edited by hand, is named as edited; the build that makes the same files is no cause', async () => {
    edit('out/specwright.manifest.json', writtenBy(OTHER_BUILD));
    edit('out/specwright.manifest.json', (s) => s.replace('"files": {\n', '"files": {\n    "old.ts": "sha256-00",\n'));
    const run = await runCli(CHECK, dir);
    expect(run.code).toBe(5);
    expect(run.stdout).toContain('\n  specwright.manifest.json was edited by hand');
    expect(run.stdout).not.toContain('the generator changed');
  });
});

it('exits 3 naming the file the spec refers to that changed', async () => {
  mkdirSync(at('schemas'));
  writeFileSync(at('schemas/tag.yaml'), 'type: object\nproperties:\n  name:\n    type: string\n');
  edit('spec.yaml', (s) => s.replace(/\n {4}Tag:\n(?: {6}.*\n)+/, '\n    Tag:\n      $ref: schemas/tag.yaml\n'));
  expect((await runCli(GENERATE, dir)).code).toBe(0);
  expect(await runCli(CHECK, dir)).toEqual({ code: 0, stdout: 'out: up to date', stderr: '' });
  edit('schemas/tag.yaml', (s) => `${s}  colour:\n    type: string\n`);
  const run = await runCli(CHECK, dir);
  expect(run.code).toBe(3);
  expect(run.stdout).toContain('\n  schemas/tag.yaml, which spec.yaml refers to, changed since the last generation.\n');
  expect(run.stdout).not.toContain('generator changed');
  expect(run.stdout).toContain('  compatible  Tag  property "colour" added');
});

it('lists every export that came or went, not only those the manifest names (an operation\'s response headers\' type)', async () => {
  edit('spec.yaml', (s) => s.replace(/(operationId: getPetById\n(?:.*\n)*? {8}"200":\n {10}description: successful operation\n)/, '$1          headers:\n            ETag:\n              schema:\n                type: string\n'));
  const run = await runCli(CHECK, dir);
  expect(run.code).toBe(3);
  expect(run.stdout).toContain('\n  compatible  GetPetByIdResponseHeaders  type added\n');
  // A new operation says its own names: its types and tables are not listed one by one.
  edit('spec.yaml', (s) => s.replace('operationId: getPetById\n', 'operationId: getPetById\n').replace('  /pet/findByStatus:\n', '  /pet/count:\n    get:\n      operationId: countPets\n      responses:\n        "200":\n          description: ok\n          headers:\n            X-Total:\n              schema:\n                type: integer\n  /pet/findByStatus:\n'));
  const both = await runCli(CHECK, dir);
  expect(both.stdout).toContain('\n  compatible  countPets                  GET /pet/count added\n');
  expect(both.stdout).not.toMatch(/CountPets|countPetsOperation|countPetsErrors/);
});

describe('the config, found from a subfolder as tsc and eslint find theirs', () => {
  const config = (folder: string) => writeFileSync(at(`${folder}specwright.config.json`), JSON.stringify({ specs: [{ input: 'spec.yaml', output: 'client' }] }));

  it('generate and check from src/ read the config of the folder above, and find the same bytes', async () => {
    config('');
    mkdirSync(at('.git'));
    mkdirSync(at('src'));
    expect(await runCli(['generate', '--quiet'], at('src'))).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(at('client/types.ts'), 'utf8')).toContain('// Regenerate with: npx specwright generate\n');
    expect(await runCli(['check'], at('src'))).toEqual({ code: 0, stdout: 'client: up to date', stderr: '' });
    expect(await runCli(['check'], dir)).toEqual({ code: 0, stdout: 'client: up to date', stderr: '' });
  });

  it('looks no higher than the repository (the folder holding .git)', async () => {
    config('');
    mkdirSync(at('repo/.git'), { recursive: true });
    mkdirSync(at('repo/src'));
    const run = await runCli(['check'], at('repo/src'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("specwright.config.json: error: no specwright.config.json in this folder or one above it, up to .. (the repository's root) (CONFIG_NOT_FOUND)");
  });
});

it('exits 5 naming a file edited by hand, with its diff, and outranks a spec change', async () => {
  edit('out/types.ts', (s) => s.replace('export interface Pet {', '// mine\nexport interface Pet {'));
  edit('spec.yaml', (s) => s.replace('title: Swagger Petstore', 'title: Swagger Petstore 2'));
  const run = await runCli(CHECK, dir);
  expect(run.code).toBe(5);
  expect(run.stdout).toContain('  types.ts was edited by hand: it no longer has the hash specwright recorded when it wrote it;');
  expect(run.stdout).toContain('  spec.yaml changed since the last generation');
  expect(run.stdout).toContain('--- a/types.ts\ton disk\n+++ b/types.ts\tgenerated');
  expect(run.stdout).toContain('-// mine\n');
  expect(run.stdout).toMatch(/Run `npx specwright generate --input spec.yaml --output out` to update it \(after moving your edits elsewhere\)\.$/);
});

it('exits 6 when generated files are missing', async () => {
  rmSync(at('out/errors.ts'));
  const run = await runCli(CHECK, dir);
  expect(run.code).toBe(6);
  expect(run.stdout).toBe('out: out of date\n  missing: errors.ts.\nRun `npx specwright generate --input spec.yaml --output out` to update it.');
});

it('gives the same facts as JSON', async () => {
  edit('spec.yaml', (s) => s.replace('operationId: getPetById\n', 'operationId: fetchPet\n'));
  const run = await runCli([...CHECK, '--format', 'json'], dir);
  expect(run.code).toBe(3);
  expect(run.stdout).toBe('');
  const { check } = JSON.parse(run.stderr) as { check: Record<string, unknown> };
  expect(check).toMatchObject({ status: 'spec-changed', exitCode: 3, edited: [], missing: [], extra: [], version: null, optionsChanged: false });
  expect(check['api']).toEqual({
    breaking: 1,
    changes: [{ kind: 'operation-renamed', breaking: true, subject: 'fetchPet', detail: 'GET /pet/{petId}: renamed from getPetById' }],
  });
});

it('--dry-run lists what a generation would do and writes nothing', async () => {
  rmSync(at('out/errors.ts'));
  edit('spec.yaml', (s) => s.replace('title: Swagger Petstore', 'title: Swagger Petstore 2'));
  const before = snapshotOf();
  const run = await runCli(['generate', '--dry-run', '--input', 'spec.yaml', '--output', 'out'], dir);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^out: would update (\S+, )*specwright\.manifest\.json; would add errors\.ts \(\d+ unchanged\)$/);
  expect(snapshotOf()).toEqual(before);
});

it('--dry-run names a file edited by hand, whose edits a generation would overwrite', async () => {
  edit('out/types.ts', (s) => `// mine\n${s}`);
  const run = await runCli(['generate', '--dry-run', '--input', 'spec.yaml', '--output', 'out'], dir);
  expect(run.stdout).toMatch(/^out: would update types\.ts \(\d+ unchanged\); types\.ts edited by hand, whose edits a generation would overwrite$/);
});

it('generate warns, naming the file, when it overwrites an edit made by hand', async () => {
  edit('out/types.ts', (s) => s.replace('export interface Pet {', '// mine\nexport interface Pet {'));
  const run = await runCli(GENERATE, dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('out: warning: types.ts had been edited by hand since specwright wrote it; the edits are overwritten (`specwright check` catches this before it happens)');
  expect(readFileSync(at('out/types.ts'), 'utf8')).not.toContain('// mine');
  expect((await runCli(GENERATE, dir)).stderr).toBe('');
});

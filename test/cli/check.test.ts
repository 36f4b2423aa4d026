// `specwright check`: one exit code and message per cause, the API diff when the spec changed,
// the same facts as JSON, and `--dry-run`. Runs the CLI in a temporary folder the way CI would.

import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  edit('out/specwright.manifest.json', (s) => s.replace(`"version": "${VERSION}"`, '"version": "0.0.0-old"'));
  const version = await runCli(CHECK, dir);
  expect(version.code).toBe(4);
  expect(version.stdout).toContain(`  it was made by specwright 0.0.0-old; this is specwright ${VERSION}.`);
  expect((await runCli([...GENERATE, '--int64', 'string'], dir)).code).toBe(0);
  const options = await runCli(CHECK, dir);
  expect(options.code).toBe(4);
  expect(options.stdout).toContain('  the options changed since the last generation (flags, config entry or templates).');
  expect(options.stdout).toContain('  no longer generated but still there: codecs.ts.');
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

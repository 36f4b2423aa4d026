// --emit-model, --progress and --watch as a user runs them (issue 7).

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { main } from '../../generator/cli';
import { MODEL_FORMAT_VERSION } from '../../generator/model/modelDocument';
import { runCli } from '../helpers/runCli';

const ROOT = resolve(__dirname, '../..');
const PETSTORE = join(ROOT, 'spec/petstore-v3.yaml');
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'specwright-ergo-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('--emit-model', () => {
  it('writes the model beside the client, valid against the committed schema, the same bytes every run', async () => {
    const first = await runCli(['generate', '--input', PETSTORE, '--output', 'out', '--emit-model', 'model/petstore.json', '--quiet'], dir);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const bytes = readFileSync(join(dir, 'model/petstore.json'));
    const document = JSON.parse(bytes.toString('utf8')) as { $schema: string; formatVersion: number; source: string; model: { operations: { names: { fn: string } }[] } };
    const schema = JSON.parse(readFileSync(join(ROOT, 'specwright.model.schema.json'), 'utf8')) as { $id: string };
    expect(document).toMatchObject({ $schema: schema.$id, formatVersion: MODEL_FORMAT_VERSION });
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    expect(validate(document) ? [] : validate.errors).toStrictEqual([]);
    // The model's names are the client's.
    const operations = readFileSync(join(dir, 'out/operations.ts'), 'utf8');
    for (const op of document.model.operations) expect(operations).toContain(`export const ${op.names.fn} = (`);
    expect(bytes.toString('utf8').endsWith('}\n')).toBe(true);
    await runCli(['generate', '--input', PETSTORE, '--output', 'out', '--emit-model', 'model/petstore.json', '--quiet'], dir);
    expect(readFileSync(join(dir, 'model/petstore.json'))).toStrictEqual(bytes);
  });

  it('writes nothing with --check', async () => {
    await runCli(['generate', '--input', PETSTORE, '--output', 'out', '--quiet'], dir);
    const run = await runCli(['generate', '--input', PETSTORE, '--output', 'out', '--check', '--emit-model', 'model.json'], dir);
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'model.json'))).toBe(false);
  });

  it('is a usage error for a config of several specs, or for a folder', async () => {
    writeFileSync(join(dir, 'specwright.config.json'), JSON.stringify({ specs: [{ input: PETSTORE, output: 'a' }, { input: PETSTORE, output: 'b' }] }));
    const several = await runCli(['generate', '--emit-model', 'model.json'], dir);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('--emit-model writes the model of one spec, and the config lists 2');
    mkdirSync(join(dir, 'taken'));
    const folder = await runCli(['generate', '--input', PETSTORE, '--output', 'out', '--emit-model', 'taken'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('--emit-model taken is a folder');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('progress', () => {
  it('prints nothing by default when stderr is not a terminal, and a line per stage with --progress', async () => {
    const quiet = await runCli(['generate', '--input', PETSTORE, '--output', 'out'], dir);
    expect(quiet.stderr).toBe('');
    const run = await runCli(['generate', '--input', PETSTORE, '--output', 'out', '--progress'], dir);
    const lines = run.stderr.split('\n');
    expect(lines.map((l) => l.replace(/\(\d+\.\d s\)|\d+\.\d s|\d+\.\d kB/g, 'T'))).toStrictEqual([
      expect.stringMatching(/^specwright: .*petstore-v3\.yaml: load T$/),
      expect.stringMatching(/: normalise \d+ operations, \d+ schemas T$/),
      expect.stringMatching(/: model \d+ operations, \d+ schemas T$/),
      expect.stringMatching(/: emit \d+ files, T T$/),
      expect.stringMatching(/: write 0 written, \d+ unchanged T$/),
      expect.stringMatching(/: done in T$/),
    ]);
    expect(run.stdout).toMatch(/^out: 0 written/);
  });

  it('draws one self-updating line on a terminal, ended by a newline before the result', async () => {
    const written: string[] = [];
    const io = { out: (t: string) => written.push(`out:${t}\n`), err: (t: string) => written.push(`err:${t}\n`), progress: { isTTY: true, columns: 200, write: (t: string) => written.push(t) } };
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await main(['generate', '--input', PETSTORE, '--output', 'out', '--progress'], io)).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const text = written.join('');
    expect(text.split('\r\x1b[2K')).toHaveLength(7);
    expect(text).toMatch(/\r\x1b\[2Kspecwright: \S+petstore-v3\.yaml: \d+ operations, \d+ schemas, \d+ files, [\d.]+ kB in \d+\.\d s \(load .*, write \d+\.\d s\)\nout:out: \d+ written/);
  });

  it('says nothing with --quiet or --format json, even when asked', async () => {
    for (const flag of ['--quiet', '--format=json']) {
      const run = await runCli(['generate', '--input', PETSTORE, '--output', 'out', '--progress', flag], dir);
      expect(run.stderr).not.toContain('specwright: ');
    }
  });
});

describe('--watch', () => {
  it('is a usage error with --check or the check command', async () => {
    for (const args of [['generate', '--check'], ['check'], ['generate', '--dry-run']]) {
      const run = await runCli([...args, '--input', PETSTORE, '--output', 'out', '--watch'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--watch writes on every change');
    }
  });

  // The first start may bundle the sources (bin/loadCli.js), which takes a while on a busy machine.
  it('regenerates on an edit as a process, and exits 0 on Ctrl-C', async () => {
    cpSync(PETSTORE, join(dir, 'pets.yaml'));
    const child = spawn(process.execPath, [join(ROOT, 'bin/specwright.js'), 'generate', '--input', 'pets.yaml', '--output', 'out', '--watch'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const until = async (pattern: RegExp) => {
      const deadline = Date.now() + 60_000;
      while (!pattern.test(stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(stdout).toMatch(pattern);
    };
    try {
      await until(/watching pets\.yaml/);
      expect(stdout).toMatch(/^\[\d\d:\d\d:\d\d\] pets\.yaml → out: \d+ written, 0 unchanged \(\d+\.\d s\)\n/);
      writeFileSync(join(dir, 'pets.yaml'), readFileSync(PETSTORE, 'utf8').replace('summary: Add a new pet to the store', 'summary: Add one pet'));
      await until(/\n\[[\d:]+\] pets\.yaml → out: [1-9]\d* written, \d+ unchanged/);
      expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain('Add one pet');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);
});

// The committed generated/ folder is exactly what the generator makes from spec/ and the config,
// and `generate --check` says so, or exits 3 with a readable diff when it is not.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/runCli';

const ROOT = resolve(__dirname, '../..');

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

describe('drift', () => {
  let work: string;
  beforeEach(() => {
    // A copy of the repo's inputs and committed outputs, so the tests never touch the real tree.
    work = mkdtempSync(join(tmpdir(), 'specwright-drift-'));
    for (const entry of ['spec', 'generated', 'specwright.config.json']) cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('generating spec/ into a fresh folder gives the committed generated/ byte for byte', async () => {
    const fresh = join(work, 'fresh');
    const config = JSON.parse(readFileSync(join(work, 'specwright.config.json'), 'utf8')) as { specs: { output: string }[] };
    config.specs = config.specs.map((s) => ({ ...s, output: s.output.replace(/^generated/, 'fresh') }));
    writeFileSync(join(work, 'specwright.config.json'), JSON.stringify(config));
    const run = await runCli(['generate', '--quiet'], work);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    // But for the build each manifest records (and so its hash of itself): the one that first made its
    // output, which later builds that make the same output keep (the --check test below holds
    // generated/ to that).
    const build = (bytes: Buffer) => bytes.toString('utf8').replace(/\n {2}"(self|build)": "[^"]*",/g, '\n  "$1": "…",');
    for (const s of config.specs) {
      const committed = join(ROOT, s.output.replace(/^fresh/, 'generated'));
      const made = join(work, s.output);
      expect(listFiles(made)).toEqual(listFiles(committed));
      for (const f of listFiles(made)) {
        const [ours, theirs] = [readFileSync(join(made, f)), readFileSync(join(committed, f))];
        if (f === 'specwright.manifest.json') expect(build(ours)).toEqual(build(theirs));
        else expect(ours).toEqual(theirs);
      }
    }
    expect(existsSync(fresh)).toBe(true);
  });

  it('--check passes on the committed output and writes nothing', async () => {
    const before = listFiles(join(work, 'generated')).map((f) => readFileSync(join(work, 'generated', f), 'utf8'));
    const run = await runCli(['generate', '--check'], work);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('generated/ringcentral: up to date');
    expect(listFiles(join(work, 'generated')).map((f) => readFileSync(join(work, 'generated', f), 'utf8'))).toEqual(before);
  });

  it('--check exits 5 with a unified diff when a generated file was edited by hand', async () => {
    const file = join(work, 'generated/ringcentral/operations.ts');
    const edited = readFileSync(file, 'utf8').replace("method: 'GET'", "method: 'POST'");
    writeFileSync(file, edited);
    const run = await runCli(['generate', '--check'], work);
    expect(run.code).toBe(5);
    expect(run.stdout).toContain('generated/ringcentral: out of date\n  operations.ts was edited by hand');
    expect(run.stdout).toContain('--- a/operations.ts');
    expect(run.stdout).toContain("-  method: 'POST',");
    expect(run.stdout).toContain("+  method: 'GET',");
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('--check reports a missing file and a spec change, and --diff shows every diff', async () => {
    rmSync(join(work, 'generated/ringcentral/errors.ts'));
    const spec = join(work, 'spec/ringcentral.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('summary: Get User Active Calls', 'summary: Get Active Calls'));
    const run = await runCli(['generate', '--check', '--diff'], work);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('  spec/ringcentral.yaml changed since the last generation');
    expect(run.stdout).toContain('  missing: errors.ts.');
    expect(run.stdout).toContain('API changes for callers: none');
    expect(run.stdout).toContain('+ * Get Active Calls');
  });

  it('regenerating removes files it no longer makes, and never files it does not own', async () => {
    const out = join(work, 'generated/ringcentral');
    const manifest = JSON.parse(readFileSync(join(out, 'specwright.manifest.json'), 'utf8')) as { files: Record<string, string> };
    manifest.files['old.ts'] = `sha256-${createHash('sha256').update('export {};\n').digest('hex')}`;
    writeFileSync(join(out, 'specwright.manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(out, 'old.ts'), 'export {};\n');
    writeFileSync(join(out, 'NOTES.md'), 'mine\n');
    const check = await runCli(['generate', '--check'], work);
    // The manifest itself was edited to list old.ts: that outranks the extra file.
    expect(check.code).toBe(5);
    expect(check.stdout).toContain('specwright.manifest.json was edited by hand');
    expect(check.stdout).toContain('no longer generated but still there: old.ts.');
    const run = await runCli(['generate', '--quiet'], work);
    expect(run.code).toBe(0);
    expect(existsSync(join(out, 'old.ts'))).toBe(false);
    expect(readFileSync(join(out, 'NOTES.md'), 'utf8')).toBe('mine\n');
    expect((await runCli(['generate', '--check'], work)).code).toBe(0);
  });
});

// bin/specwright.js as users run it: a child process, from the bundle loadCli builds or through tsx.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/specwright.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundledCli } = require('../../bin/loadCli') as { bundledCli(cacheDir?: string): string | null };

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'specwright-bin-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function generate(out: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, 'generate', '--input', join(ROOT, 'spec/petstore-v3.yaml'), '--output', out, '--quiet'], {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const files = existsSync(join(dir, out)) ? readdirSync(join(dir, out)).sort() : [];
  return { status: run.status, stderr: run.stderr, files: Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, out, f), 'utf8')])) };
}

it('generates the same client from the bundle as from the sources through tsx', () => {
  const bundled = generate('out');
  const sources = generate('out', { SPECWRIGHT_NO_BUNDLE: '1' });
  expect(bundled.stderr).toBe('');
  expect(bundled.status).toBe(0);
  expect(sources.status).toBe(0);
  expect(Object.keys(bundled.files)).toContain('operations.ts');
  expect(bundled.files).toStrictEqual(sources.files);
});

it('builds the bundle once per state of the sources, where the templates are still found', async () => {
  // Under node_modules, as the real cache is, so that the bundle's imports resolve.
  const cache = join(ROOT, 'node_modules/.cache', `specwright-bin-test-${process.pid}`);
  try {
    const first = bundledCli(cache);
    expect(first).not.toBeNull();
    expect(bundledCli(cache)).toBe(first);
    expect(readdirSync(cache)).toStrictEqual([first!.slice(cache.length + 1)]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { main } = require(first!) as { main(args: string[], io: object): Promise<number> };
    await expect(main(['generate', '--input', join(ROOT, 'spec/petstore-v3.yaml'), '--output', join(dir, 'x'), '--quiet'], { out: () => {}, err: () => {} })).resolves.toBe(0);
    expect(readFileSync(join(dir, 'x/runtime.ts'), 'utf8')).toContain('export class ApiError');
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

// Bundles worker.ts and the generator into one CommonJS file, so each per-spec process starts in
// about half the time tsx needs to compile the sources again (0.8 s instead of 1.6 s).

import { buildSync } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

export function buildWorker(): string {
  // Under node_modules so that the bundle's bare imports (ts-morph, yaml…) resolve to the project's.
  const dir = join(ROOT, 'node_modules', '.cache', 'specwright-corpus');
  mkdirSync(dir, { recursive: true });
  // One bundle per run, so a test and a script running at once never swap each other's worker.
  const outfile = join(dir, `worker-${process.pid}.cjs`);
  process.once('exit', () => rmSync(outfile, { force: true }));
  buildSync({
    entryPoints: [join(__dirname, 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    // The generator finds its templates and config schema from its own folder (generator/<stage>/),
    // which a bundle no longer has: give it a folder at that depth.
    define: { __dirname: JSON.stringify(join(ROOT, 'generator', 'bundle')) },
  });
  return outfile;
}

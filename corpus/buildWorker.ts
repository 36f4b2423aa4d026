// Bundles worker.ts and the generator into one CommonJS file, so each per-spec process starts in
// about half the time tsx needs to compile the sources again (0.8 s instead of 1.6 s).

import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundleSources } = require('../bin/loadCli') as { bundleSources(entry: string, outfile: string): void };

export function buildWorker(): string {
  // Under node_modules so that the bundle's bare imports (yaml, handlebars…) resolve to the project's.
  const dir = join(ROOT, 'node_modules', '.cache', 'specwright-corpus');
  mkdirSync(dir, { recursive: true });
  // One bundle per run, so a test and a script running at once never swap each other's worker.
  const outfile = join(dir, `worker-${process.pid}.cjs`);
  process.once('exit', () => rmSync(outfile, { force: true }));
  bundleSources(join(__dirname, 'worker.ts'), outfile);
  return outfile;
}

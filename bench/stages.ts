// `npm run bench:stages`: times each pipeline stage in-process on synthetic specs and reports memory.
// Targets live here, never in tests: shared machines are noisy.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiagnosticSink } from '../generator/diagnostics';
import { emitFiles } from '../generator/emit/emitFiles';
import { loadSpec } from '../generator/load/loadSpec';
import { buildModel } from '../generator/model/buildModel';
import { normaliseSpec } from '../generator/normalise/normaliseSpec';
import { writeFiles } from '../generator/write/writeFiles';
import { syntheticSpec } from './syntheticSpec';

/** Seconds the whole pipeline may take per 1,000 operations before the bench fails. */
const BUDGET_SECONDS_PER_1000_OPS = 5;

async function time<T>(label: string, times: Record<string, number>, work: () => T | Promise<T>): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await work();
  times[label] = Number(process.hrtime.bigint() - start) / 1e9;
  return result;
}

async function run(operations: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-bench-'));
  try {
    const file = join(dir, 'spec.json');
    writeFileSync(file, JSON.stringify(syntheticSpec(operations)));
    const times: Record<string, number> = {};
    const sink = createDiagnosticSink();
    const loaded = await time('load', times, () => loadSpec(file));
    const spec = await time('normalise', times, () => normaliseSpec(loaded, sink));
    const model = await time('model', times, () => buildModel(spec, { parameterDefaults: { path: { accountId: '~' } } }, sink));
    const files = await time('emit', times, () => emitFiles(model, { generatorVersion: 'bench', source: 'spec.json', command: 'bench' }));
    await time('write', times, () => writeFiles(files, join(dir, 'out')));
    const total = Object.values(times).reduce((a, b) => a + b, 0);
    const bytes = files.reduce((n, f) => n + f.content.length, 0);
    const budget = (operations / 1000) * BUDGET_SECONDS_PER_1000_OPS;
    const stages = Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(2)}s`).join(', ');
    console.log(
      `${operations} operations: ${total.toFixed(2)}s (${stages}); ${(bytes / 1e6).toFixed(1)} MB out; ` +
        `heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB; budget ${budget}s`,
    );
    return total <= budget;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  let ok = true;
  for (const size of sizes.length > 0 ? sizes : [500, 2000]) ok = (await run(size)) && ok;
  if (!ok) {
    console.error('bench: over budget');
    process.exitCode = 1;
  }
}

void main();

// The corpus runner survives specs that hang, eat memory or kill their process: each is recorded
// as what it is, and the run goes on. Fake workers stand in for a generator with those bugs.

import { join, resolve } from 'node:path';
import { runCorpus } from '../../corpus/runCorpus';
import { runSpec, type Limits } from '../../corpus/runSpec';
import type { CorpusSpec } from '../../corpus/sources';

const WORKERS = resolve(__dirname, '../fixtures/corpus-workers');
const spec: CorpusSpec = { id: 'fake:spec', file: '/nonexistent.json', gzipped: false, bytes: 10 };

function limits(worker: string, overrides: Partial<Limits> = {}): Limits {
  return { worker: join(WORKERS, worker), tsconfig: '', generateTimeoutMs: 1500, compileTimeoutMs: 1500, memoryMb: 64, js: false, ...overrides };
}

it('records a spec that never finishes generating as a timeout', async () => {
  const result = await runSpec(spec, limits('hang.js'));
  expect(result).toMatchObject({ id: 'fake:spec', outcome: 'timeout', reason: 'no result after 1.5 s', compile: null });
});

it('records a spec that exhausts the heap as out of memory', async () => {
  const result = await runSpec(spec, limits('eatMemory.js', { generateTimeoutMs: 30000 }));
  expect(result.outcome).toBe('oom');
});

it('records a process that dies with an exception as a crash, with its stack', async () => {
  const result = await runSpec(spec, limits('throw.js'));
  expect(result.outcome).toBe('crashed');
  expect(result.reason).toContain('boom in the worker');
});

it('keeps the generate result when the compile step hangs, and marks the compile timed out', async () => {
  const result = await runSpec(spec, limits('compileHangs.js'));
  expect(result).toMatchObject({ outcome: 'warnings', operations: 3, codes: { SCHEMA_UNKNOWN: 1 } });
  expect(result.compile).toMatchObject({ timedOut: true, errors: 1, messages: ['tsc timed out'] });
});

it('goes on after a bad spec and returns every result, sorted by id', async () => {
  const specs = ['c', 'a', 'b'].map((id) => ({ ...spec, id: `fake:${id}` }));
  const seen: number[] = [];
  const results = await runCorpus(specs, limits('throw.js'), 2, (_r, done) => seen.push(done));
  expect(results.map((r) => [r.id, r.outcome])).toEqual([
    ['fake:a', 'crashed'],
    ['fake:b', 'crashed'],
    ['fake:c', 'crashed'],
  ]);
  expect(seen).toEqual([1, 2, 3]);
});

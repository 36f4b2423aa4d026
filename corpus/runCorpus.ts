// Runs specs through runSpec, a few at a time, and hands each result over as it comes.

import { runSpec, type Limits, type SpecResult } from './runSpec';
import type { CorpusSpec } from './sources';

export type Order = 'largest' | 'smallest';

export async function runCorpus(
  specs: readonly CorpusSpec[],
  limits: Limits,
  jobs: number,
  onResult: (result: SpecResult, done: number) => void = () => {},
  order: Order = 'largest',
): Promise<SpecResult[]> {
  // Largest first by default, so a big spec does not start last and leave the other workers idle;
  // smallest first covers the most specs soonest when a run may be cut short and resumed.
  const queue = [...specs].sort((a, b) => (order === 'largest' ? b.bytes - a.bytes : a.bytes - b.bytes));
  const results: SpecResult[] = [];
  const worker = async (): Promise<void> => {
    for (let spec = queue.shift(); spec !== undefined; spec = queue.shift()) {
      const result = await runSpec(spec, limits);
      results.push(result);
      onResult(result, results.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, specs.length)) }, worker));
  return results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

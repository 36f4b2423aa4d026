// Runs specs through runSpec, a few at a time, and hands each result over as it comes.

import { runSpec, type Limits, type SpecResult } from './runSpec';
import type { CorpusSpec } from './sources';

export async function runCorpus(
  specs: readonly CorpusSpec[],
  limits: Limits,
  jobs: number,
  onResult: (result: SpecResult, done: number) => void = () => {},
): Promise<SpecResult[]> {
  // Largest first, so a big spec does not start last and leave the other workers idle.
  const queue = [...specs].sort((a, b) => b.bytes - a.bytes);
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

// A fixed, seeded sample of the real-world corpus (corpus/ci-sample.json) goes through the real
// CLI and a strict compile, a process per spec, as `npm run corpus` runs the whole of it.
// A crash, a hang, or output that does not compile fails CI. Every fifth spec goes through --js
// too, its declarations checked with library checks on.

import { availableParallelism } from 'node:os';
import { buildWorker } from '../../corpus/buildWorker';
import { ciSampleSpecs, readCiSample } from '../../corpus/ciSample';
import { runCorpus } from '../../corpus/runCorpus';
import { GENERATED_TSCONFIG, type SpecResult } from '../../corpus/runSpec';
import { corpusSources } from '../../corpus/sources';
import { isFailure, isGenerated } from '../../corpus/summary';

const sampleFile = readCiSample();

it('covers every size and both dialects', () => {
  expect(sampleFile.specs.length).toBeGreaterThanOrEqual(50);
  expect(sampleFile.specs.filter((s) => s.operations > 300).length).toBeGreaterThanOrEqual(3);
  expect(sampleFile.specs.filter((s) => s.operations <= 10).length).toBeGreaterThanOrEqual(10);
  expect(sampleFile.specs.some((s) => s.id.startsWith('kubernetes-client:'))).toBe(true);
});

describe.each([
  ['the CI sample of the corpus', false],
  ['every fifth spec of the CI sample, with --js', true],
])('%s', (_, js) => {
  let results: SpecResult[];
  let expected: number;
  beforeAll(async () => {
    const specs = ciSampleSpecs(corpusSources(), sampleFile).filter((_, i) => !js || i % 5 === 0);
    expected = specs.length;
    // Generous limits: jest runs other suites beside this one on the same cores.
    const limits = {
      worker: buildWorker(),
      tsconfig: GENERATED_TSCONFIG,
      generateTimeoutMs: 180_000,
      compileTimeoutMs: 300_000,
      memoryMb: 4096,
      js,
    };
    results = await runCorpus(specs, limits, availableParallelism());
  }, 1_800_000);

  it('neither crashes, hangs nor runs out of memory, and all that it generates compiles under strict', () => {
    const failures = results.filter(isFailure).map((r) => `${r.id}: ${r.outcome} ${r.reason ?? ''} ${r.compile?.messages.join('; ') ?? ''}`);
    expect(failures).toEqual([]);
  });

  it('generates every spec of the sample', () => {
    const refused = results.filter((r) => !isGenerated(r)).map((r) => `${r.id}: ${r.reason ?? r.outcome}`);
    expect(refused).toEqual([]);
    expect(results).toHaveLength(expected);
  });
});

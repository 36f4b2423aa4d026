// The fixed sample `npm test` runs: drawn once with a seed, committed as ci-sample.json, so CI
// runs the same specs until someone draws again (`npm run corpus -- --pick-ci-sample`).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countOperations } from './countOperations';
import { sample } from './sample';
import { specBytes, type CorpusSource, type CorpusSpec } from './sources';

export const CI_SAMPLE_FILE = join(__dirname, 'ci-sample.json');

/** Specs with more operations than this count as large. */
const LARGE = 300;

export interface CiSample {
  readonly seed: number;
  readonly corpus: readonly string[];
  readonly specs: readonly { readonly id: string; readonly operations: number }[];
}

function operationsIn(spec: CorpusSpec): number {
  return countOperations(JSON.parse(specBytes(spec).toString('utf8')));
}

/**
 * `size` specs: one large Swagger 2.0 spec, two more large ones, the rest drawn from the whole
 * corpus, so CI sees every size and both dialects.
 */
export function pickCiSample(sources: readonly CorpusSource[], size: number, seed: number): CiSample {
  const counted = sources.flatMap((s) => s.specs.map((spec) => ({ spec, operations: operationsIn(spec) })));
  const large = counted.filter((c) => c.operations > LARGE);
  const swagger2 = sample(large.filter((c) => c.spec.gzipped), 1, seed);
  const otherLarge = sample(large.filter((c) => !c.spec.gzipped), 2, seed);
  const chosen = new Set([...swagger2, ...otherLarge]);
  const rest = sample(counted.filter((c) => !chosen.has(c)), size - chosen.size, seed);
  const specs = [...chosen, ...rest].map((c) => ({ id: c.spec.id, operations: c.operations })).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { seed, corpus: sources.map((s) => `${s.name}@${s.version}`), specs };
}

export function writeCiSample(s: CiSample): void {
  writeFileSync(CI_SAMPLE_FILE, `${JSON.stringify(s, null, 2)}\n`);
}

export function readCiSample(): CiSample {
  return JSON.parse(readFileSync(CI_SAMPLE_FILE, 'utf8')) as CiSample;
}

/** The sample's specs in this checkout's corpus; throws when one is missing (the corpus moved). */
export function ciSampleSpecs(sources: readonly CorpusSource[], s: CiSample = readCiSample()): CorpusSpec[] {
  const byId = new Map(sources.flatMap((src) => src.specs).map((spec) => [spec.id, spec]));
  return s.specs.map(({ id }) => {
    const spec = byId.get(id);
    if (spec === undefined) throw new Error(`${id} is in corpus/ci-sample.json but not in the installed corpus; draw again`);
    return spec;
  });
}

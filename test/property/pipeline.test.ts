// The whole pipeline (load → normalise → model → emit → write) on random Swagger 2.0 and OpenAPI 3.0/3.1
// specs full of defects and hostile text: it never fails inside, its output is stable, compiles, and runs no spec text.

import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiNames, compileClients, YamlRoundTripError, firstDifference, generateFrom, injectionProblems, outcomeProblems, readmeProblems, runClient } from '../helpers/pipelineFuzz';
import { optionsArb, ORDER_THAT_MATTERS, ORDERED_MAPS, reorderAllKeys, reorderKeys, specArb, specText } from '../helpers/specArbitrary';

// Where the spec's key order is meaningful: ORDERED_MAPS, and `components/schemas` (a base's union
// lists its subtypes in declaration order). Names depend on none of it (checked below).
const KEEP_ORDER = new Set([...ORDERED_MAPS, ...ORDER_THAT_MATTERS]);

/** Fixed, so a failure here is a failure on every machine; change it locally to explore (`FUZZ_SEED=…`). */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_240_611);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 100);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each generated client by case, for the one program that type-checks them all. */
const clients = new Map<string, ReadonlyMap<string, string>>();
const specs = new Map<string, string>();

const rank = fc.func(fc.integer());

it('generates or refuses with diagnostics, the same bytes every time, and no spec text as code', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(specArb(), optionsArb, rank, async (spec, options, order) => {
      n += 1;
      const at = join(dir, String(n));
      const first = await generateFrom(spec.document, at, 'spec.json', options);
      expect(outcomeProblems(first.result)).toEqual([]);
      if (first.result.refused) return;

      // Deterministic, and blind to key order where the spec's order means nothing.
      const again = await generateFrom(spec.document, at, 'spec.json', options);
      expect(firstDifference(first.files, again.files)).toBeNull();
      const reordered = await generateFrom(reorderKeys(spec.document, (k, p) => order(k, p), KEEP_ORDER), at, 'spec.json', options);
      expect(firstDifference(first.files, reordered.files)).toBeNull();
      // Paths, methods and schemas keep spec order in the output, but no name depends on it, an inline schema's neither.
      const moved = await generateFrom(reorderAllKeys(spec.document, (k, p) => order(p, k)), at, 'spec.json', options);
      expect(apiNames(moved.files, { inline: true })).toBe(apiNames(first.files, { inline: true }));
      // The same document in YAML is the same spec (when the yaml package writes it faithfully).
      const yaml = await generateFrom(spec.document, at, 'spec.yaml', options, { yaml: true }).catch((error: unknown) => {
        if (error instanceof YamlRoundTripError) return null;
        throw error;
      });
      if (yaml !== null) expect(firstDifference(first.files, yaml.files)).toBeNull();

      // Written, then generated over its own output: the name lock keeps every name, `check` finds nothing.
      const out = join(at, 'out');
      expect((await generateFrom(spec.document, at, 'spec.json', options, { output: { folder: out, write: true } })).result.refused).toBe(false);
      const checked = await generateFrom(spec.document, at, 'spec.json', options, { output: { folder: out, write: false } });
      expect(checked.result.check?.status).toBe('up-to-date');
      expect(firstDifference(first.files, checked.files)).toBeNull();

      expect([...injectionProblems(first.files), ...readmeProblems(first.files)]).toEqual([]);
      expect(await runClient(first.files)).toMatchObject({ pwned: 0, loadError: null });
      clients.set(`c${n}`, first.files);
      specs.set(`c${n}`, specText(spec.document));
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: false },
  );
  expect(clients.size).toBeGreaterThan(RUNS / 2);
});

it('type-checks every generated client under generated/tsconfig.json', () => {
  const diagnostics = compileClients(join(dir, 'compile'), clients);
  // The spec beside each client's first errors, so a failure can be reproduced from the report alone.
  const failures = [...diagnostics].map(([client, list]) => ({ client, errors: list.slice(0, 3), spec: specs.get(client) }));
  expect(failures).toEqual([]);
});

// `specwright check` as CI runs it on a vendored client: with the output up to date, after a spec
// update that changes only documentation, and after one that changes a type (the case that builds
// the TypeScript checker to say what changed for callers). The spec keeps its path throughout, as a
// user's does, so only what the update changed differs.

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Measurement } from './measure';

export interface CheckScenario {
  readonly id: 'up-to-date' | 'docs-changed' | 'type-changed';
  /** The exit code check gives for it. */
  readonly exitCode: number;
  /** Edits the parsed spec; false when the spec has nothing it can edit. */
  readonly edit: (doc: Record<string, any>) => boolean;
}

/** The first schema (by name) that lists properties, from either spec version. */
function firstObjectSchema(doc: Record<string, any>): Record<string, any> | undefined {
  const schemas: Record<string, any> = doc['components']?.['schemas'] ?? doc['definitions'] ?? {};
  const name = Object.keys(schemas).sort().find((key) => typeof schemas[key]?.properties === 'object');
  return name === undefined ? undefined : schemas[name];
}

export const CHECK_SCENARIOS: readonly CheckScenario[] = [
  { id: 'up-to-date', exitCode: 0, edit: () => true },
  {
    id: 'docs-changed',
    exitCode: 3,
    edit: (doc) => {
      doc['info'] = { ...doc['info'], description: `${doc['info']?.description ?? ''} (updated)` };
      return true;
    },
  },
  {
    id: 'type-changed',
    exitCode: 3,
    edit: (doc) => {
      const schema = firstObjectSchema(doc);
      if (schema === undefined) return false;
      schema['properties'] = { ...schema['properties'], benchAdded: { type: 'string' } };
      return true;
    },
  },
];

export interface CheckResult {
  readonly scenario: CheckScenario['id'];
  readonly runs: readonly Measurement[];
}

/**
 * Generates a client from a copy of `spec` in `dir`, then measures `check` on it `runs` times per
 * scenario, the copy edited for each. `cli`: the command that runs specwright.
 */
export async function measureChecks(cli: readonly string[], spec: string, dir: string, runs: number, timeoutSeconds: number): Promise<CheckResult[]> {
  const copy = join(dir, 'spec.json');
  const out = join(dir, 'out');
  copyFileSync(spec, copy);
  const generated = await measure([...cli, 'generate', '--input', copy, '--output', out, '--quiet'], { cwd: dir, timeoutSeconds });
  if (!generated.ok) return [];
  const original = readFileSync(copy, 'utf8');
  const results: CheckResult[] = [];
  for (const scenario of CHECK_SCENARIOS) {
    const doc = JSON.parse(original) as Record<string, any>;
    if (!scenario.edit(doc)) continue;
    writeFileSync(copy, scenario.id === 'up-to-date' ? original : JSON.stringify(doc));
    const measured: Measurement[] = [];
    for (let run = 0; run < runs; run++) {
      measured.push(await measure([...cli, 'check', '--input', copy, '--output', out, '--quiet'], { cwd: dir, timeoutSeconds, okExitCodes: [scenario.exitCode] }));
    }
    results.push({ scenario: scenario.id, runs: measured });
  }
  writeFileSync(copy, original);
  return results;
}

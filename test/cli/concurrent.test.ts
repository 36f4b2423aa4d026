// Generate runs racing into one output folder, as parallel build steps or two terminals start them:
// each succeeds (they take turns), none fails with an internal error, none warns of hand edits that
// were another run's output, and nothing is left beside the folder.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBin } from '../helpers/runBin';
import { runCli } from '../helpers/runCli';

const SPEC = resolve(__dirname, '../../spec/ringcentral.yaml');
/** As many as reproduced the races (a run deleting another's stage, a warning about another's files); `RACE_ITERATIONS` for more. */
const ITERATIONS = Number(process.env.RACE_ITERATIONS ?? 30);

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'specwright-concurrent-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it(`three generates at once into one folder, ${ITERATIONS} times: each succeeds, with no false hand-edit warning`, async () => {
  const generate = ['generate', '--input', SPEC, '--output', 'out', '--quiet'];
  for (let i = 0; i < ITERATIONS; i++) {
    // The second run's options differ, so the runs write different files over each other.
    const runs = await Promise.all([runBin(generate, dir), runBin([...generate, '--int64', 'string'], dir), runBin(generate, dir)]);
    for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readdirSync(dir)).toEqual(['out']);
    // Whole: one run's output or another's, never a mix, never a file that looks edited.
    expect([0, 4]).toContain((await runCli(['check', '--input', SPEC, '--output', 'out', '--quiet'], dir)).code);
  }
}, 300_000);

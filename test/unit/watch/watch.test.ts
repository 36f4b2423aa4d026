// The watch loop with a stand-in run: folders as targets, runs that throw, aborting mid-wait.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watch, type WatchRun } from '../../../generator/watch/watch';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-loop-'));
  mkdirSync(join(dir, 'templates'));
  writeFileSync(join(dir, 'spec.yaml'), 'a');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check() && Date.now() < deadline) await sleep(20);
  expect(check()).toBe(true);
}

it('runs again on any change in a watched folder, survives a run that throws, and ends on abort', async () => {
  const lines: string[] = [];
  let runs = 0;
  const run = async (): Promise<WatchRun> => {
    runs++;
    if (runs === 2) throw new Error('boom');
    return { summary: `run ${runs}`, ok: true, files: [join(dir, 'spec.yaml')], folders: [join(dir, 'templates')] };
  };
  const controller = new AbortController();
  const at = new Date(2026, 0, 2, 3, 4, 5);
  const done = watch(run, { signal: controller.signal, print: (l) => lines.push(l), debounceMs: 50, now: () => at });
  await until(() => lines.length === 2);
  expect(lines[0]).toMatch(/^\[03:04:05\] run 1 \(\d+\.\d s\)$/);
  expect(lines[1]).toMatch(/^watching .*spec\.yaml, .*templates \(Ctrl-C stops\)$/);
  writeFileSync(join(dir, 'templates/banner.hbs'), 'x');
  await until(() => lines.length === 3);
  expect(lines[2]).toMatch(/^\[03:04:05\] error: boom \(\d+\.\d s\)$/);
  // The targets of the last good run are still watched.
  writeFileSync(join(dir, 'spec.yaml'), 'b');
  await until(() => lines.length === 4);
  expect(lines[3]).toContain('run 3');
  controller.abort();
  await expect(done).resolves.toBeUndefined();
});

it('does not run again when aborted before any change', async () => {
  const controller = new AbortController();
  let runs = 0;
  const done = watch(async () => ({ summary: String(++runs), ok: true, files: [], folders: [] }), { signal: controller.signal, print: () => {} });
  await sleep(50);
  controller.abort();
  await done;
  expect(runs).toBe(1);
});

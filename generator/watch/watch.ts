// `--watch`: runs, then runs again whenever a file the last run depended on changes, until the
// signal aborts. Knows nothing of specs: the run function says what it did and what to watch, so
// the loop can be tested in-process with any run.

import { relative } from 'node:path';
import { changeSignal } from './changeSignal';
import { folderWatchers, type WatchTargets } from './folderWatchers';

export interface WatchRun extends WatchTargets {
  /** One line: what the run did, or why it failed (its errors are printed by the run itself). */
  readonly summary: string;
  readonly ok: boolean;
}

export interface WatchOptions {
  readonly signal: AbortSignal;
  /** Receives a time-stamped line per run, and a note of what is watched after the first. */
  readonly print: (line: string, ok: boolean) => void;
  /** How long files must stay quiet before a run starts (editors save in bursts). */
  readonly debounceMs?: number;
  readonly now?: () => Date;
}

export const WATCH_DEBOUNCE_MS = 200;

/** `[14:03:27]`, local time. */
function stamp(date: Date): string {
  return `[${[date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':')}]`;
}

/** Runs once, never throwing: a run that throws is reported as a failed run that watches nothing new. */
async function runOnce(run: () => Promise<WatchRun>, options: WatchOptions): Promise<WatchRun | null> {
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  let result: WatchRun | null = null;
  let line: string;
  try {
    result = await run();
    line = result.summary;
  } catch (error) {
    line = `error: ${error instanceof Error ? error.message : String(error)}`;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  options.print(`${stamp(now())} ${line} (${seconds} s)`, result?.ok ?? false);
  return result;
}

function describeTargets(targets: WatchTargets): string {
  const names = [...targets.files, ...targets.folders].map((p) => relative(process.cwd(), p) || '.');
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/** Resolves when `options.signal` aborts (after the run in progress, if any, finishes). */
export async function watch(run: () => Promise<WatchRun>, options: WatchOptions): Promise<void> {
  const changes = changeSignal(options.debounceMs ?? WATCH_DEBOUNCE_MS);
  const watchers = folderWatchers(() => changes.notify());
  let noted = false;
  try {
    do {
      const result = await runOnce(run, options);
      if (result === null) continue;
      watchers.update(result);
      if (!noted) options.print(`watching ${describeTargets(result)} (Ctrl-C stops)`, true);
      noted = true;
    } while (await changes.next(options.signal));
  } finally {
    watchers.close();
    changes.dispose();
  }
}

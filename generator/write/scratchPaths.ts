// The names of what a run writes before its output is in place: the stage and backup folders beside
// the output, and the temporary files of an in-place write. Each is dot-named and carries the pid of
// the run that made it, so tools that skip dotfiles (TypeScript's include globs, most globs) skip a
// run's leftovers, and the next run can tell a dead run's leftovers from a live one's.

import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isLiveProcess } from './isLiveProcess';

export interface ScratchPaths {
  /** The new output, assembled before the swap. */
  readonly stage: string;
  /** The previous output, moved aside during the swap. */
  readonly backup: string;
}

/** Where the run with `pid` stages and backs up `outDir`: `.<name>.specwright-new-<pid>` and `-old-<pid>` beside it. */
export function scratchPaths(outDir: string, pid: number = process.pid): ScratchPaths {
  const prefix = join(dirname(outDir), `.${basename(outDir)}`);
  return { stage: `${prefix}.specwright-new-${pid}`, backup: `${prefix}.specwright-old-${pid}` };
}

/** The temporary name an in-place write gives `target` before renaming it over: `.<name>.specwright-tmp-<pid>`. */
export function tempPathFor(target: string, pid: number = process.pid): string {
  return join(dirname(target), `.${basename(target)}.specwright-tmp-${pid}`);
}

export interface Scratch {
  readonly path: string;
  readonly kind: 'stage' | 'backup' | 'temp';
  readonly pid: number;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stages and backups beside `outDir` and the temporary files inside it, of any run: named as this
 * version names them or as earlier versions did (`<name>.specwright-new-<pid>`, no dot), since runs of
 * those may have left some.
 */
export async function findScratch(outDir: string): Promise<Scratch[]> {
  const beside = new RegExp(`^\\.?${escape(basename(outDir))}\\.specwright-(new|old)-(\\d+)$`);
  const found: Scratch[] = [];
  for (const name of (await readdir(dirname(outDir)).catch(() => [] as string[])).sort()) {
    const match = beside.exec(name);
    if (match !== null) found.push({ path: join(dirname(outDir), name), kind: match[1] === 'new' ? 'stage' : 'backup', pid: Number(match[2]) });
  }
  const inside = /\.specwright-tmp-(\d+)$/;
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const match = entry.isFile() ? inside.exec(entry.name) : null;
    if (match !== null) found.push({ path: join(entry.parentPath, entry.name), kind: 'temp', pid: Number(match[1]) });
  }
  return found;
}

/**
 * Whether the run that made it is gone. One in our own pid is: this process has made none that it
 * has not removed before it looks (it holds the output's lock), so an earlier process of the same
 * pid left it, as happens when every run in a container is pid 1.
 */
export function isAbandoned(scratch: Scratch): boolean {
  return scratch.pid === process.pid || !isLiveProcess(scratch.pid);
}

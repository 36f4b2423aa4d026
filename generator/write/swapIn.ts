// The staged write: the new output is assembled beside the old one (with every file the user added
// there), then swapped in with two renames, so a failure or a kill leaves the previous output whole.
// A folder that cannot be swapped (a mount point, no room beside it) is reported, not forced.

import { existsSync, renameSync, rmSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { EmittedFile } from '../emit/emitFiles';
import type { Comparison } from './compareWithDisk';
import { writeFileBytes } from './fileBytes';
import { linkOrCopy } from './linkOrCopy';
import { onInterrupt } from './onInterrupt';
import { refuseReadOnly } from './refuseReadOnly';
import { removeLeftover } from './recoverInterruptedSwap';
import { safeJoin } from './safePath';
import { scratchPaths, type ScratchPaths } from './scratchPaths';
import { editedStale, staleFiles, type Recorded, type WriteResult } from './writeResult';
import { WRITE_REFUSALS } from './writeRefusals';

/**
 * Carries into `stage` every entry of `outDir` that the previous run did not write (files linked,
 * keeping their inode and mtime; symbolic links copied as they are), and the user's empty folders;
 * every folder keeps its mode (a read-only one of the user's stays read-only). (A folder that held
 * only generated files goes with them.) Resolves to the modes, parents before children.
 */
async function carryOverUserFiles(outDir: string, stage: string, owned: ReadonlySet<string>, emitted: ReadonlySet<string>): Promise<Map<string, number>> {
  // Modes are set after every file is written (a read-only folder could not be written into).
  const modes = new Map<string, number>([[stage, (await stat(outDir)).mode]]);
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const full = join(entry.parentPath, entry.name);
    const rel = relative(outDir, full).split(sep).join('/');
    if (entry.isDirectory()) {
      modes.set(join(stage, rel), (await stat(full)).mode);
      if ((await readdir(full)).length === 0) await mkdir(join(stage, rel), { recursive: true });
      continue;
    }
    // A file this run writes is never carried over, even one the manifest does not list (it is missing
    // or broken): linked, the new content would be written through the link into the live output.
    if ((!entry.isFile() && !entry.isSymbolicLink()) || owned.has(rel) || emitted.has(rel)) continue;
    await mkdir(dirname(join(stage, rel)), { recursive: true });
    if (entry.isFile()) await linkOrCopy(full, join(stage, rel));
    else await cp(full, join(stage, rel), { preserveTimestamps: true, verbatimSymlinks: true });
  }
  return modes;
}

/** What the previous run left, as this one needs it. */
export interface Before {
  readonly hadOutput: boolean;
  readonly recorded: Recorded;
  readonly owned: ReadonlySet<string>;
}

/**
 * Assembles the new output in the `stage` folder just made: the user's files carried over, the files that changed
 * written, and those that did not linked from the old output (so they keep their inode and mtime).
 */
async function stageOutput(files: readonly EmittedFile[], outDir: string, stage: string, before: Before, changed: ReadonlySet<string>): Promise<void> {
  try {
    const emitted = new Set(files.map((f) => f.path));
    const modes = before.hadOutput ? await carryOverUserFiles(outDir, stage, before.owned, emitted) : new Map<string, number>();
    for (const file of files) {
      const target = safeJoin(stage, file.path);
      await mkdir(dirname(target), { recursive: true });
      // A new inode, whatever is already at the path in the stage: never write into a link to the live output.
      if (changed.has(file.path)) await rm(target, { force: true }).then(() => writeFileBytes(target, file));
      else await linkOrCopy(safeJoin(outDir, file.path), target);
    }
    // Children first, the stage itself last; a folder that held only generated files is gone.
    for (const [folder, mode] of [...modes].reverse()) await chmod(folder, mode).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
  } catch (error) {
    await rm(stage, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * What Ctrl-C or SIGTERM during a staged write undoes, synchronously: the previous output goes back
 * if the swap was cut between its renames, and the stage and backup are removed.
 */
function undoSwap(outDir: string, { stage, backup }: ScratchPaths): void {
  if (!existsSync(outDir) && existsSync(backup)) renameSync(backup, outDir);
  rmSync(stage, { recursive: true, force: true });
  rmSync(backup, { recursive: true, force: true });
}

/** A folder that could not be swapped, and why: the caller writes its files in place instead. */
export interface CannotSwap {
  readonly cannotSwap: string;
}

// What the file system says when the folder is a mount point (EBUSY; EXDEV, EPERM on some systems)
// or its parent may not be written (EACCES, EPERM, EROFS: a container's read-only root).
const CANNOT_RENAME = new Set(['EBUSY', 'EXDEV', 'EPERM', 'EACCES']);
const CANNOT_STAGE = WRITE_REFUSALS;

/** Runs `step`; a refusal whose code is in `codes` comes back as its code, anything else is thrown. */
async function refusalOf(step: () => Promise<unknown>, codes: ReadonlySet<string>): Promise<string | null> {
  try {
    await step();
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== undefined && codes.has(code)) return code;
    throw error;
  }
}

/** Stages and swaps; a previous output that cannot be swapped is left as it was, and said so. */
async function swap(files: readonly EmittedFile[], outDir: string, before: Before, changed: ReadonlySet<string>): Promise<CannotSwap | null> {
  const { stage, backup } = scratchPaths(outDir);
  const stageRefused = await refusalOf(() => mkdir(stage), before.hadOutput ? CANNOT_STAGE : new Set());
  if (stageRefused !== null) return { cannotSwap: `no folder can be made beside it (${stageRefused})` };
  await stageOutput(files, outDir, stage, before, changed);
  if (before.hadOutput) {
    const renameRefused = await refusalOf(() => rename(outDir, backup), CANNOT_RENAME);
    if (renameRefused !== null) {
      await removeLeftover(stage);
      return { cannotSwap: `the folder cannot be renamed (${renameRefused})` };
    }
  }
  // Between these two renames the output is missing; undoSwap or recoverInterruptedSwap restores it.
  await rename(stage, outDir);
  if (before.hadOutput) await removeLeftover(backup);
  return null;
}

/**
 * Stages the new output beside the old one and swaps it in; when no file changed and none is to go,
 * leaves the folder alone (no swap: its inode and every mtime stay as they were).
 */
export async function swapIn(files: readonly EmittedFile[], outDir: string, before: Before, { changed, overwritten }: Comparison): Promise<WriteResult | CannotSwap> {
  const removed = staleFiles(files, Object.keys(before.recorded));
  const result = {
    written: files.filter((f) => changed.has(f.path)).map((f) => f.path),
    unchanged: files.filter((f) => !changed.has(f.path)).map((f) => f.path),
    removed,
    overwritten: [...overwritten, ...(await editedStale(outDir, removed, before.recorded))],
  };
  if (changed.size === 0 && removed.length === 0) return result;
  if (before.hadOutput) await refuseReadOnly(outDir);
  const done = onInterrupt(() => undoSwap(outDir, scratchPaths(outDir)));
  try {
    return (await swap(files, outDir, before, changed)) ?? result;
  } finally {
    done();
  }
}

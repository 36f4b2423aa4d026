// Undoes what an earlier run left when it was stopped before its output was in place (a kill -9, a
// power cut): the previous output goes back if the run was cut between the swap's two renames, and
// its stage, backup and temporary files are removed. What a live run is using is never touched.

import { chmod, lstat, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findScratch, type Scratch } from './scratchPaths';
import { exists } from './exists';

/** The backup moved aside last: a rename changes a folder's ctime. */
async function newest(backups: readonly Scratch[]): Promise<Scratch | undefined> {
  const times = await Promise.all(backups.map(async (b) => ({ b, ctime: (await stat(b.path)).ctimeMs })));
  return times.sort((x, y) => y.ctime - x.ctime)[0]?.b;
}

/**
 * Makes writable every folder in a stage or backup of ours, top down, so its entries can be removed.
 * Folders only: a file in it may be a hard link to the same file in the live output.
 */
async function openUp(folder: string): Promise<void> {
  await chmod(folder, (await lstat(folder)).mode | 0o700);
  for (const entry of await readdir(folder, { withFileTypes: true })) if (entry.isDirectory()) await openUp(join(folder, entry.name));
}

/**
 * Removes a stage, backup or temporary file once it is not needed. A read-only folder in a stage or
 * backup (the user's, carried over with its mode) is made writable first; what still cannot be
 * removed (another user's) stays for the next run, and `check` names it, rather than failing a run
 * whose output is already in place.
 */
export async function removeLeftover(path: string): Promise<void> {
  const removed = await rm(path, { recursive: true, force: true }).then(() => true, () => false);
  if (removed || !(await lstat(path).then((info) => info.isDirectory(), () => false))) return;
  await openUp(path).catch(() => undefined);
  await rm(path, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * With the output gone, its newest backup goes back in place; the other leftovers are removed. Called
 * holding the output's lock: every stage and backup there is a stopped run's, whatever its pid says
 * (a pid from a container, or from before a reboot, may name a live process here).
 */
export async function recoverInterruptedSwap(outDir: string): Promise<void> {
  const scratch = await findScratch(outDir);
  const backup = await newest(scratch.filter((s) => s.kind === 'backup'));
  const restore = backup !== undefined && !(await exists(outDir));
  if (restore) await rename(backup.path, outDir);
  // Found again after a restore: the backup's temporary files are inside the output now.
  for (const s of restore ? await findScratch(outDir) : scratch) await removeLeftover(s.path);
}

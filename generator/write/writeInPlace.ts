// Writes an output folder's files where they are, each to a temporary name beside it and renamed
// over it once all are written: for a folder that cannot be swapped (it holds the working directory).
// Unchanged files are not touched; files the user added are never looked at.

import { rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EmittedFile } from '../emit/emitFiles';
import type { Comparison } from './compareWithDisk';
import { writeFileBytes } from './fileBytes';
import { onInterrupt } from './onInterrupt';
import { realJoin, safeJoin } from './safePath';
import { tempPathFor } from './scratchPaths';
import { refuseReadOnly } from './refuseReadOnly';
import { editedStale, staleFiles, type Recorded, type WriteResult } from './writeResult';

interface Pending {
  readonly temp: string;
  readonly target: string;
  readonly path: string;
}

/** Writes each changed file to its temporary name; `pending` receives each as it is begun. */
async function writeTemps(files: readonly EmittedFile[], outDir: string, changed: ReadonlySet<string>, pending: Pending[]): Promise<void> {
  for (const file of files.filter((f) => changed.has(f.path))) {
    const target = safeJoin(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    pending.push({ temp: tempPathFor(target), target, path: file.path });
    await writeFileBytes(tempPathFor(target), file);
  }
}

export async function writeInPlace(files: readonly EmittedFile[], outDir: string, recorded: Recorded, { changed, overwritten }: Comparison): Promise<WriteResult> {
  const removed = staleFiles(files, Object.keys(recorded));
  if (changed.size > 0 || removed.length > 0) await refuseReadOnly(outDir);
  const pending: Pending[] = [];
  const removeTemps = () => pending.forEach((p) => rmSync(p.temp, { force: true }));
  const done = onInterrupt(removeTemps);
  try {
    await writeTemps(files, outDir, changed, pending);
    for (const p of pending) await rename(p.temp, p.target);
  } catch (error) {
    await Promise.all(pending.map((p) => rm(p.temp, { force: true })));
    throw error;
  } finally {
    done();
  }
  const edited = [...overwritten, ...(await editedStale(outDir, removed, recorded))];
  const gone: string[] = [];
  for (const path of removed) {
    const target = await realJoin(outDir, path);
    if (target === null) continue; // under a link that leads out of the folder: not ours to remove
    await rm(target, { force: true });
    gone.push(path);
  }
  return { written: pending.map((p) => p.path), unchanged: files.filter((f) => !changed.has(f.path)).map((f) => f.path), removed: gone, overwritten: edited };
}

// Writes an output folder's files where they are, each to a temporary name beside it and renamed
// over it once all are written: for a folder that cannot be swapped (it holds the working directory).
// Unchanged files are not touched; files the user added are never looked at.

import { rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { EmittedFile } from '../emit/emitFiles';
import { hasBytes, writeFileBytes } from './fileBytes';
import { onInterrupt } from './onInterrupt';
import { realJoin, safeJoin } from './safePath';
import { tempPathFor } from './scratchPaths';
import { readBytesIfExists } from './readIfExists';
import { refuseReadOnly } from './refuseReadOnly';
import { editedStale, staleFiles, wasEdited, type Recorded, type WriteResult } from './writeResult';

interface Pending {
  readonly temp: string;
  readonly target: string;
  readonly path: string;
}

/** Writes each changed file to its temporary name; `pending` receives each as it is begun. */
async function writeTemps(files: readonly EmittedFile[], outDir: string, recorded: Recorded, pending: Pending[]): Promise<Omit<WriteResult, 'written' | 'removed'>> {
  const unchanged: string[] = [];
  const overwritten: string[] = [];
  for (const file of files) {
    const target = safeJoin(outDir, file.path);
    const before = await readBytesIfExists(target);
    if (before !== null && hasBytes(file, before)) {
      unchanged.push(file.path);
      continue;
    }
    if (wasEdited(recorded, file.path, before)) overwritten.push(file.path);
    if (pending.length === 0) await refuseReadOnly(outDir);
    await mkdir(dirname(target), { recursive: true });
    pending.push({ temp: tempPathFor(target), target, path: file.path });
    await writeFileBytes(tempPathFor(target), file);
  }
  return { unchanged, overwritten };
}

export async function writeInPlace(files: readonly EmittedFile[], outDir: string, recorded: Recorded): Promise<WriteResult> {
  const pending: Pending[] = [];
  const removeTemps = () => pending.forEach((p) => rmSync(p.temp, { force: true }));
  const done = onInterrupt(removeTemps);
  let kept: Omit<WriteResult, 'written' | 'removed'>;
  try {
    kept = await writeTemps(files, outDir, recorded, pending);
    for (const p of pending) await rename(p.temp, p.target);
  } catch (error) {
    await Promise.all(pending.map((p) => rm(p.temp, { force: true })));
    throw error;
  } finally {
    done();
  }
  const removed = staleFiles(files, Object.keys(recorded));
  if (pending.length === 0 && removed.length > 0) await refuseReadOnly(outDir);
  const overwritten = [...kept.overwritten, ...(await editedStale(outDir, removed, recorded))];
  const gone: string[] = [];
  for (const path of removed) {
    const target = await realJoin(outDir, path);
    if (target === null) continue; // under a link that leads out of the folder: not ours to remove
    await rm(target, { force: true });
    gone.push(path);
  }
  return { written: pending.map((p) => p.path), unchanged: kept.unchanged, removed: gone, overwritten };
}

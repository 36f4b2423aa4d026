// How the files a run makes compare with those on disk, read once per run whichever way the folder is
// then written (swapped in, or in place): those that differ, and those of them edited by hand.

import type { EmittedFile } from '../emit/emitFiles';
import { hasBytes } from './fileBytes';
import { readBytesIfExists } from './readIfExists';
import { safeJoin } from './safePath';
import { wasEdited, type Recorded } from './writeResult';

export interface Comparison {
  readonly changed: ReadonlySet<string>;
  /** Changed files whose content on disk was not what the previous run wrote: hand edits. */
  readonly overwritten: readonly string[];
}

/** Reads the old files one at a time: none is held past its comparison. */
export async function compareWithDisk(files: readonly EmittedFile[], outDir: string, hadOutput: boolean, recorded: Recorded): Promise<Comparison> {
  if (!hadOutput) return { changed: new Set(files.map((f) => f.path)), overwritten: [] };
  const changed = new Set<string>();
  const overwritten: string[] = [];
  for (const file of files) {
    const old = await readBytesIfExists(safeJoin(outDir, file.path));
    if (old !== null && hasBytes(file, old)) continue;
    changed.add(file.path);
    if (wasEdited(recorded, file.path, old)) overwritten.push(file.path);
  }
  return { changed, overwritten };
}

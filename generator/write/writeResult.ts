// What a write did to the output folder, and how it tells a hand edit from specwright's own output:
// by the hashes the previous run's manifest recorded.

import type { EmittedFile } from '../emit/emitFiles';
import { hashContent } from '../hash';
import { MANIFEST_NAME } from './manifest';
import { readBytesIfExists } from './readIfExists';
import { realJoin } from './safePath';

export interface WriteResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  /** Files replaced or removed whose content no longer had the hash the manifest recorded: edits by hand, now gone. */
  readonly overwritten: readonly string[];
}

/** The hashes the previous run recorded, to tell a hand edit from our own earlier output. */
export type Recorded = Readonly<Record<string, string>>;

export function wasEdited(recorded: Recorded, path: string, before: Buffer | null): boolean {
  return before !== null && Object.hasOwn(recorded, path) && recorded[path] !== hashContent(before);
}

/** Stale files that are removed: those edited by hand among them are reported as overwritten too. */
export async function editedStale(outDir: string, stale: readonly string[], recorded: Recorded): Promise<string[]> {
  const edited: string[] = [];
  for (const path of stale) {
    const target = await realJoin(outDir, path);
    if (target !== null && wasEdited(recorded, path, await readBytesIfExists(target))) edited.push(path);
  }
  return edited;
}

/** Files the previous run wrote that this one does not: to be removed. */
export function staleFiles(files: readonly EmittedFile[], previous: readonly string[]): string[] {
  const current = new Set(files.map((f) => f.path));
  return previous.filter((path) => !current.has(path) && path !== MANIFEST_NAME);
}

// `--check`: compares what would be written with what is on disk, and explains each difference
// with a unified diff. Reads only; never writes.

import { lazy } from '../lazy';
import type { EmittedFile } from '../emit/emitFiles';
import { ownedFiles, type Manifest } from './manifest';
import { safeJoin } from './safePath';
import { hasBytes } from './fileBytes';
import { readBytesIfExists } from './readIfExists';
import { checkOutputFolder } from './writeFiles';

const loadDiff = lazy(() => require('diff') as typeof import('diff'));

export interface Drift {
  readonly path: string;
  /** changed: differs; missing: not on disk; stale: on disk from an earlier run, no longer generated. */
  readonly kind: 'changed' | 'missing' | 'stale';
  /** What is on disk, as bytes (null when missing): hashed as they are, decoded only for a diff. */
  readonly onDisk: Buffer | null;
  /** What a generation would write ('' for a stale file). */
  readonly generated: string;
}

/**
 * `previous`: the manifest on disk, which names the files an earlier run wrote. Files are compared
 * as bytes, encoded a slice at a time, and what is on disk is kept as bytes.
 */
export async function checkFiles(files: readonly EmittedFile[], outDir: string, previous: Manifest | null): Promise<Drift[]> {
  await checkOutputFolder(outDir);
  const drift: Drift[] = [];
  for (const file of files) {
    const onDisk = await readBytesIfExists(safeJoin(outDir, file.path));
    if (onDisk !== null && hasBytes(file, onDisk)) continue;
    drift.push({ path: file.path, kind: onDisk === null ? 'missing' : 'changed', onDisk, generated: file.content });
  }
  const current = new Set(files.map((f) => f.path));
  for (const path of ownedFiles(previous).filter((p) => !current.has(p))) {
    const onDisk = await readBytesIfExists(safeJoin(outDir, path));
    if (onDisk !== null) drift.push({ path, kind: 'stale', onDisk, generated: '' });
  }
  return drift;
}

/**
 * The unified diff from disk to what would be generated. Made only for a diff that is shown: after a
 * spec update, diffing every file of GitHub's client took 0.6 s that nobody asked for.
 */
export function driftDiff(d: Drift): string {
  const { createTwoFilesPatch } = loadDiff();
  const onDisk = d.onDisk?.toString('utf8') ?? '';
  if (d.kind === 'stale') return createTwoFilesPatch(`a/${d.path}`, `b/${d.path}`, onDisk, '', 'on disk', 'no longer generated');
  return createTwoFilesPatch(`a/${d.path}`, `b/${d.path}`, onDisk, d.generated, 'on disk', 'generated', { context: 3 });
}

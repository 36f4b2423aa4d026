// `--check`: compares what would be written with what is on disk, and explains each difference
// with a unified diff. Reads only; never writes.

import { lazyModule } from '../lazyModule';
import type { EmittedFile } from '../emit/emitFiles';
import { ownedFiles, type Manifest } from './manifest';
import { safeJoin } from './safePath';
import { checkOutputFolder, readIfExists } from './writeFiles';

const loadDiff = lazyModule(() => require('diff') as typeof import('diff'));

export interface Drift {
  readonly path: string;
  /** changed: differs; missing: not on disk; stale: on disk from an earlier run, no longer generated. */
  readonly kind: 'changed' | 'missing' | 'stale';
  /** What is on disk (null when missing). */
  readonly onDisk: string | null;
  readonly diff: string;
}

/** `previous`: the manifest on disk, which names the files an earlier run wrote. */
export async function checkFiles(files: readonly EmittedFile[], outDir: string, previous: Manifest | null): Promise<Drift[]> {
  await checkOutputFolder(outDir);
  const drift: Drift[] = [];
  for (const file of files) {
    const onDisk = await readIfExists(safeJoin(outDir, file.path));
    if (onDisk === file.content) continue;
    const diff = loadDiff().createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, onDisk ?? '', file.content, 'on disk', 'generated', { context: 3 });
    drift.push({ path: file.path, kind: onDisk === null ? 'missing' : 'changed', onDisk, diff });
  }
  const current = new Set(files.map((f) => f.path));
  for (const path of ownedFiles(previous).filter((p) => !current.has(p))) {
    const onDisk = await readIfExists(safeJoin(outDir, path));
    if (onDisk !== null) drift.push({ path, kind: 'stale', onDisk, diff: loadDiff().createTwoFilesPatch(`a/${path}`, `b/${path}`, onDisk, '', 'on disk', 'no longer generated') });
  }
  return drift;
}

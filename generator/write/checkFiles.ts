// `--check`: compares what would be written with what is on disk, and explains each difference
// with a unified diff. Reads only; never writes.

import { lazyModule } from '../lazyModule';

const loadDiff = lazyModule(() => require('diff') as typeof import('diff'));
import type { EmittedFile } from '../emit/emitFiles';
import { MANIFEST_NAME, parseManifest } from './manifest';
import { safeJoin } from './safePath';
import { checkOutputFolder, readIfExists } from './writeFiles';

export interface Drift {
  readonly path: string;
  /** changed: differs; missing: not on disk; stale: on disk from an earlier run, no longer generated. */
  readonly kind: 'changed' | 'missing' | 'stale';
  readonly diff: string;
}

export async function checkFiles(files: readonly EmittedFile[], outDir: string): Promise<Drift[]> {
  await checkOutputFolder(outDir);
  const drift: Drift[] = [];
  for (const file of files) {
    const onDisk = await readIfExists(safeJoin(outDir, file.path));
    if (onDisk === file.content) continue;
    const diff = loadDiff().createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, onDisk ?? '', file.content, 'on disk', 'generated', { context: 3 });
    drift.push({ path: file.path, kind: onDisk === null ? 'missing' : 'changed', diff });
  }
  const current = new Set(files.map((f) => f.path));
  const previous = parseManifest(await readIfExists(safeJoin(outDir, MANIFEST_NAME)));
  for (const path of previous.filter((p) => !current.has(p))) {
    const onDisk = await readIfExists(safeJoin(outDir, path));
    if (onDisk !== null) drift.push({ path, kind: 'stale', diff: loadDiff().createTwoFilesPatch(`a/${path}`, `b/${path}`, onDisk, '', 'on disk', 'no longer generated') });
  }
  return drift;
}

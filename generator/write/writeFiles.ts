// The write stage, the only code that writes files: all-or-nothing replacement of the files
// specwright owns in the output folder. Files it does not own are never touched.

import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';
import { dirname } from 'node:path';
import type { EmittedFile } from '../emit/emitFiles';
import { MANIFEST_NAME, parseManifest } from './manifest';
import { safeJoin } from './safePath';

export interface WriteResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
}

export async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes every file to a temporary name first and renames only when all are written, so a failure
 * leaves the previous output as it was. Then removes files the previous manifest listed that are
 * no longer generated. Files whose content is unchanged are not rewritten.
 */
/** Refuses an output path that exists but is not a folder, before anything is written. */
export async function checkOutputFolder(outDir: string): Promise<void> {
  const info = await stat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (info !== null && !info.isDirectory()) {
    throw new RefusedInputError([makeDiagnostic('OUTPUT_NOT_A_FOLDER', '#', { path: outDir })]);
  }
}

export async function writeFiles(files: readonly EmittedFile[], outDir: string): Promise<WriteResult> {
  await checkOutputFolder(outDir);
  const previous = parseManifest(await readIfExists(safeJoin(outDir, MANIFEST_NAME)));
  const suffix = `.specwright-tmp-${process.pid}`;
  const pending: { temp: string; target: string; path: string }[] = [];
  const unchanged: string[] = [];
  try {
    for (const file of files) {
      const target = safeJoin(outDir, file.path);
      if ((await readIfExists(target)) === file.content) {
        unchanged.push(file.path);
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}${suffix}`, file.content, 'utf8');
      pending.push({ temp: `${target}${suffix}`, target, path: file.path });
    }
  } catch (error) {
    await Promise.all(pending.map((p) => rm(p.temp, { force: true })));
    throw error;
  }
  for (const p of pending) await rename(p.temp, p.target);
  const current = new Set(files.map((f) => f.path));
  const removed = previous.filter((path) => !current.has(path) && path !== MANIFEST_NAME);
  for (const path of removed) await rm(safeJoin(outDir, path), { force: true });
  return { written: pending.map((p) => p.path), unchanged, removed };
}

// The write stage, the only code that writes files. The new output is assembled in a folder beside
// the old one (with every file the user added there), then swapped in with two renames, so a
// failure or a kill leaves the previous output whole; a swap cut between its renames is undone by
// the next run. Files specwright does not own (per its manifest) are carried over, never lost.

import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';
import type { EmittedFile } from '../emit/emitFiles';
import { hashContent } from '../hash';
import { hasBytes, writeFileBytes } from './fileBytes';
import { MANIFEST_NAME, parseManifest, type Manifest } from './manifest';
import { safeJoin } from './safePath';

export interface WriteResult {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  /** Files replaced or removed whose content no longer had the hash the manifest recorded: edits by hand, now gone. */
  readonly overwritten: readonly string[];
}

/** The hashes the previous run recorded, to tell a hand edit from our own earlier output. */
type Recorded = Readonly<Record<string, string>>;

function wasEdited(recorded: Recorded, path: string, before: Buffer | null): boolean {
  return before !== null && Object.hasOwn(recorded, path) && recorded[path] !== hashContent(before);
}

/** Stale files that are removed: those edited by hand among them are reported as overwritten too. */
async function editedStale(outDir: string, stale: readonly string[], recorded: Recorded): Promise<string[]> {
  const edited: string[] = [];
  for (const path of stale) if (wasEdited(recorded, path, await readBytesIfExists(safeJoin(outDir, path)))) edited.push(path);
  return edited;
}

export async function readIfExists(path: string): Promise<string | null> {
  return (await readBytesIfExists(path))?.toString('utf8') ?? null;
}

export async function readBytesIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    // ENOTDIR: a path below a file does not exist either (the write stage refuses such an output).
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

/** Refuses an output path that exists but is not a folder, or lies under a file, before anything is written. */
export async function checkOutputFolder(outDir: string): Promise<void> {
  const info = await stat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') return 'under a file' as const;
    throw error;
  });
  if (info === 'under a file') throw new RefusedInputError([makeDiagnostic('OUTPUT_UNDER_A_FILE', '#', { path: outDir })]);
  if (info !== null && !info.isDirectory()) {
    throw new RefusedInputError([makeDiagnostic('OUTPUT_NOT_A_FOLDER', '#', { path: outDir })]);
  }
}

const STAGE = '.specwright-new-';
const BACKUP = '.specwright-old-';

/**
 * Undoes what an earlier run left when it was stopped mid-swap: with the output gone, its newest
 * backup goes back in place. Other stages and backups are leftovers and are removed.
 */
export async function recoverInterruptedSwap(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const siblings = (await readdir(parent).catch(() => [] as string[])).sort();
  const backups = siblings.filter((s) => s.startsWith(`${name}${BACKUP}`));
  const newest = backups[backups.length - 1];
  if (newest !== undefined && !(await exists(outDir))) await rename(join(parent, newest), outDir);
  for (const s of siblings.filter((s) => s.startsWith(`${name}${STAGE}`) || s.startsWith(`${name}${BACKUP}`))) {
    await rm(join(parent, s), { recursive: true, force: true });
  }
}

/** Writes each file beside its target and renames it in; for an output folder that holds the working directory. */
async function writeInPlace(files: readonly EmittedFile[], outDir: string, recorded: Recorded): Promise<WriteResult> {
  const suffix = `.specwright-tmp-${process.pid}`;
  const pending: { temp: string; target: string; path: string }[] = [];
  const unchanged: string[] = [];
  const overwritten: string[] = [];
  try {
    for (const file of files) {
      const target = safeJoin(outDir, file.path);
      const before = await readBytesIfExists(target);
      if (before !== null && hasBytes(file, before)) {
        unchanged.push(file.path);
        continue;
      }
      if (wasEdited(recorded, file.path, before)) overwritten.push(file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFileBytes(`${target}${suffix}`, file);
      pending.push({ temp: `${target}${suffix}`, target, path: file.path });
    }
  } catch (error) {
    await Promise.all(pending.map((p) => rm(p.temp, { force: true })));
    throw error;
  }
  for (const p of pending) await rename(p.temp, p.target);
  const removed = staleFiles(files, Object.keys(recorded));
  overwritten.push(...(await editedStale(outDir, removed, recorded)));
  for (const path of removed) await rm(safeJoin(outDir, path), { force: true });
  return { written: pending.map((p) => p.path), unchanged, removed, overwritten };
}

function staleFiles(files: readonly EmittedFile[], previous: readonly string[]): string[] {
  const current = new Set(files.map((f) => f.path));
  return previous.filter((path) => !current.has(path) && path !== MANIFEST_NAME);
}

/** Copies into `stage` every entry of `outDir` that the previous run did not write. */
async function carryOverUserFiles(outDir: string, stage: string, owned: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = full.slice(outDir.length + 1).split('\\').join('/');
    if (owned.has(rel)) continue;
    await mkdir(dirname(join(stage, rel)), { recursive: true });
    await cp(full, join(stage, rel), { preserveTimestamps: true, verbatimSymlinks: true });
  }
}

/**
 * `previous`: the output's manifest when the caller has already read it, after undoing an
 * interrupted swap itself; when not given, both are done here.
 */
export async function writeFiles(files: readonly EmittedFile[], outDir: string, previous?: Manifest | null): Promise<WriteResult> {
  if (previous === undefined) await recoverInterruptedSwap(outDir);
  await checkOutputFolder(outDir);
  const hadOutput = await exists(outDir);
  const manifest = previous !== undefined ? previous : parseManifest(await readIfExists(join(outDir, MANIFEST_NAME)), 'files');
  const recorded = manifest?.files ?? {};
  const recordedPaths = Object.keys(recorded);
  // A folder cannot be swapped out from under the working directory.
  const cwdInside = !relative(resolve(outDir), process.cwd()).startsWith('..');
  if (hadOutput && cwdInside) return writeInPlace(files, outDir, recorded);
  const owned = new Set([...recordedPaths, MANIFEST_NAME]);
  const stage = `${outDir}${STAGE}${process.pid}`;
  const backup = `${outDir}${BACKUP}${process.pid}`;
  const removed = staleFiles(files, recordedPaths);
  const written: string[] = [];
  const unchanged: string[] = [];
  const overwritten: string[] = [];
  try {
    await mkdir(dirname(outDir), { recursive: true });
    await mkdir(stage, { recursive: false });
    if (hadOutput) await carryOverUserFiles(outDir, stage, owned);
    for (const file of files) {
      const target = safeJoin(stage, file.path);
      const before = hadOutput ? await readBytesIfExists(safeJoin(outDir, file.path)) : null;
      await mkdir(dirname(target), { recursive: true });
      const same = await writeFileBytes(target, file, before);
      (same ? unchanged : written).push(file.path);
      if (!same && wasEdited(recorded, file.path, before)) overwritten.push(file.path);
    }
    overwritten.push(...(await editedStale(outDir, removed, recorded)));
  } catch (error) {
    await rm(stage, { recursive: true, force: true });
    throw error;
  }
  // The swap: between these two renames the output is missing, and recoverInterruptedSwap restores it.
  if (hadOutput) await rename(outDir, backup);
  await rename(stage, outDir);
  if (hadOutput) await rm(backup, { recursive: true, force: true });
  return { written, unchanged, removed, overwritten };
}

// Where a `$ref` leads and whether it may go there: the file and fragment it names, resolved against
// the file it is in, and the folders its file must be inside (by name, and by real path, so a
// symbolic link cannot lead out).

import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve as resolvePath } from 'node:path';

/** An http(s) address: a remote ref, fetched only when the caller allows it. */
export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

/** A resolved ref's file and its fragment (the pointer, without `#`). */
export function splitRef(absolute: string): { file: string; fragment: string } {
  const hash = absolute.indexOf('#');
  return hash < 0 ? { file: absolute, fragment: '' } : { file: absolute.slice(0, hash), fragment: absolute.slice(hash + 1) };
}

/** `ref` as an absolute path (or URL) with its fragment, resolved against the file it is in. */
export function resolveRef(file: string, ref: string): string {
  if (isUrl(ref)) return ref;
  if (isUrl(file)) return new URL(ref, file).href;
  const hash = ref.indexOf('#');
  const path = hash < 0 ? ref : ref.slice(0, hash);
  const fragment = hash < 0 ? '' : ref.slice(hash);
  return `${resolvePath(dirname(file), decodeURIComponent(path))}${fragment}`;
}

/** True when `path` is in none of the folders. */
export function isOutside(folders: readonly string[], path: string): boolean {
  return folders.every((folder) => {
    const rel = relative(folder, path);
    return rel.startsWith('..') || isAbsolute(rel);
  });
}

/** The folders as they are on disk, symbolic links resolved: what a file's real path is compared with. */
export function realFolders(folders: readonly string[]): string[] {
  return folders.map((folder) => {
    try {
      return realpathSync(folder);
    } catch {
      return folder;
    }
  });
}

/**
 * Whether `path` leads out of the folders through a symbolic link: its name is inside, the file it
 * opens is not. A missing file leads nowhere (reading it fails on its own).
 */
export async function linksOutside(real: readonly string[], path: string): Promise<boolean> {
  const target = await realpath(path).catch(() => null);
  return target !== null && isOutside(real, target);
}

/** How messages name `path`, a file the spec (`file`, which the user named `shownAs`) refers to: as the spec is named. */
export function shownPath(path: string, file: string, shownAs: string): string {
  return join(dirname(shownAs), relative(dirname(file), path));
}

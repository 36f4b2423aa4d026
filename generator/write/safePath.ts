// Keeps every path the writer touches inside the output folder.

import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** The absolute path of `file` under `dir`; throws if the relative path would leave the folder. */
export function safeJoin(dir: string, file: string): string {
  const target = resolve(dir, file);
  const rel = relative(resolve(dir), target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`refusing to write outside the output folder: ${file}`);
  }
  return target;
}

/**
 * `file` under `dir` (as safeJoin gives it) when the folder it sits in is really inside `dir`, or
 * null: a folder of the output that is a symbolic link (one a commit can plant, beside a manifest
 * line naming a file under it) leads out, and nothing is read or removed through it.
 */
export async function realJoin(dir: string, file: string): Promise<string | null> {
  const target = safeJoin(dir, file);
  const [folder, root] = await Promise.all([realpath(dirname(target)).catch(() => null), realpath(dir).catch(() => null)]);
  if (folder === null || root === null) return null;
  const rel = relative(root, folder);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? target : null;
}

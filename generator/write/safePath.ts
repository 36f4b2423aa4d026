// Keeps every path the writer touches inside the output folder.

import { isAbsolute, relative, resolve } from 'node:path';

/** The absolute path of `file` under `dir`; throws if the relative path would leave the folder. */
export function safeJoin(dir: string, file: string): string {
  const target = resolve(dir, file);
  const rel = relative(resolve(dir), target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new Error(`refusing to write outside the output folder: ${file}`);
  }
  return target;
}

// Where the config is when none is named: in the working folder or the nearest folder above it, as
// tsc finds tsconfig.json and eslint its config, so `npx specwright check` works from src/ too. The
// search stops at the repository's root (the folder holding .git): a config above it is another project's.

import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ConfigSearch {
  /** The config file found, absolute; null when there is none. */
  readonly found: string | null;
  /** The last folder looked in: the repository's root, or the file system's. */
  readonly top: string;
  readonly topIsRepository: boolean;
}

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() === true;
const exists = (path: string): boolean => statSync(path, { throwIfNoEntry: false }) !== undefined;

/** `name` in `from` (absolute) or the nearest folder above it, up to the repository's root or the file system's. */
export function findConfig(from: string, name: string): ConfigSearch {
  for (let folder = from; ; folder = dirname(folder)) {
    if (isFile(join(folder, name))) return { found: join(folder, name), top: folder, topIsRepository: false };
    // .git is a folder in a clone, a file in a worktree or a submodule.
    const repository = exists(join(folder, '.git'));
    if (repository || dirname(folder) === folder) return { found: null, top: folder, topIsRepository: repository };
  }
}

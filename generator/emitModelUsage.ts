// Whether `--emit-model FILE` can be used for this run: a usage question the CLI asks before
// generating, so a wrong FILE is a usage error and not an error while writing.

import { statSync } from 'node:fs';

/** Why `--emit-model` cannot be used with these specs, or null when it can (or was not given). */
export function emitModelUsage(file: string | undefined, specCount: number): string | null {
  if (file === undefined) return null;
  if (specCount !== 1) return `--emit-model writes the model of one spec, and the config lists ${specCount}; use --input/--output`;
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory() === true) return `--emit-model ${file} is a folder; name a file`;
  return null;
}

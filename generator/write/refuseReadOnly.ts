// The write stage's answer to an output folder its owner made read-only: no write, and a refusal
// that names the folder.

import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { relative } from 'node:path';
import { WRITE_REFUSALS } from './writeRefusals';

/**
 * Refuses, before anything is written, an output folder that may not be written (its owner took
 * write permission away, or it is on a read-only mount), naming it: a swap needs only the parent
 * to be writable, so it replaced the folder all the same, and left each time a backup it could not
 * remove. The error is shaped as the file system's own (its code), so the run reports it as
 * FILE_SYSTEM_ERROR. A run that would change nothing never asks.
 */
export async function refuseReadOnly(outDir: string): Promise<void> {
  const refused = await access(outDir, constants.W_OK).then(
    () => null,
    (error: NodeJS.ErrnoException) => (error.code !== undefined && WRITE_REFUSALS.has(error.code) ? error.code : Promise.reject(error)),
  );
  if (refused === null) return;
  const folder = relative(process.cwd(), outDir) || '.';
  throw Object.assign(new Error(`${refused}: the output folder ${folder} is read-only; nothing written (make it writable to regenerate it)`), { code: refused });
}


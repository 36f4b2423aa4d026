// Reads the spec file from disk: the only input I/O besides external $ref files.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';

export interface SpecFile {
  /** With a UTF-8 byte-order mark removed. */
  readonly text: string;
  /** Of the bytes on disk, as `sha256sum` prints it: the manifest records which spec it was made from. */
  readonly sha256: string;
}

/** Reads the spec file; refuses missing and unreadable files. */
export async function readSpecFile(file: string): Promise<SpecFile> {
  try {
    const bytes = await readFile(file);
    return { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), sha256: createHash('sha256').update(bytes).digest('hex') };
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const diagnostic =
      errno === 'ENOENT'
        ? makeDiagnostic('FILE_NOT_FOUND', '#')
        : makeDiagnostic('FILE_UNREADABLE', '#', { reason: errno ?? (error as Error).message });
    throw new RefusedInputError([{ ...diagnostic, file }]);
  }
}

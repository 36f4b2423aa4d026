// Reads the spec file from disk: the only input I/O besides external $ref files.

import { readFile } from 'node:fs/promises';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';

/** The file's text, with a UTF-8 byte-order mark removed; refuses missing and unreadable files. */
export async function readSpecFile(file: string): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    return text.replace(/^\uFEFF/, '');
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const diagnostic =
      errno === 'ENOENT'
        ? makeDiagnostic('FILE_NOT_FOUND', '#')
        : makeDiagnostic('FILE_UNREADABLE', '#', { reason: errno ?? (error as Error).message });
    throw new RefusedInputError([{ ...diagnostic, file }]);
  }
}

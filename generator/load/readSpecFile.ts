// Reads the spec file from disk: the only input I/O besides external $ref files.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';
import { decodeText, notUtf8 } from './decodeText';

export interface SpecFile {
  /** Decoded as decodeText reads it: UTF-8 or UTF-16, without a byte-order mark. */
  readonly text: string;
  /**
   * Of the text as read, with `\n` line endings, in UTF-8: the manifest records which spec it was
   * made from. For a UTF-8 file with `\n` endings, what `sha256sum` prints; a checkout with CRLF
   * endings (git's autocrlf on Windows) or a byte-order mark is the same spec.
   */
  readonly sha256: string;
  /** A warning where the text stops being UTF-8, already placed, or none. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads the spec file; refuses missing and unreadable files, and encodings it does not read. */
export async function readSpecFile(file: string): Promise<SpecFile> {
  const bytes = await readBytes(file);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new RefusedInputError([{ ...makeDiagnostic('ENCODING_UNSUPPORTED', '#', { encoding: decoded.encoding }), file }]);
  return { text: decoded.text, sha256: textHash(bytes, decoded.text), diagnostics: notUtf8(decoded.text, decoded.invalidAt, file) };
}

function textHash(bytes: Buffer, text: string): string {
  // The common case, plain UTF-8 with `\n` endings, hashes the bytes as they are (the text is the same).
  const plain = bytes[0] !== 0xef && bytes.indexOf(13) < 0 && !text.includes('\uFFFD') && Buffer.byteLength(text) === bytes.length;
  return createHash('sha256').update(plain ? bytes : text.replace(/\r\n?/g, '\n')).digest('hex');
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const diagnostic =
      errno === 'ENOENT'
        ? makeDiagnostic('FILE_NOT_FOUND', '#')
        : makeDiagnostic('FILE_UNREADABLE', '#', { reason: errno ?? (error as Error).message });
    throw new RefusedInputError([{ ...diagnostic, file }]);
  }
}

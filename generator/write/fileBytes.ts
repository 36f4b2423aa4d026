// Each emitted file's content as UTF-8 bytes, for the manifest's hashes, the comparison with what is on
// disk, and the write. A file is encoded piece by piece into one reused buffer and never held as
// a whole: a buffer per file was 73 MB of fresh memory on Microsoft Graph, and fresh memory costs
// its page faults (encoding a whole 6 MB file took 24 ms, its pieces 5 ms).

import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { EmittedFile } from '../emit/emitFiles';

/** The file's text in the pieces emit printed it in, or whole. */
function piecesOf(file: EmittedFile): readonly string[] {
  return file.pieces ?? [file.content];
}

/**
 * Each piece's bytes in turn, in one buffer that the next piece overwrites: a caller is done with
 * one view before it asks for the next (a `for` loop that awaits inside its body is).
 */
function* encodedPieces(file: EmittedFile): Generator<Buffer> {
  let buffer = Buffer.alloc(0);
  for (const piece of piecesOf(file)) {
    // A UTF-16 code unit takes at most three bytes in UTF-8, so the piece always fits whole.
    if (buffer.length < piece.length * 3) buffer = Buffer.allocUnsafe(Math.max(piece.length * 3, 1 << 19));
    yield buffer.subarray(0, buffer.write(piece, 0, 'utf8'));
  }
}

const hashes = new WeakMap<EmittedFile, string>();

/** `sha256-<hex>` of the file's bytes, as `hashContent` gives it; computed once per file. */
export function fileHash(file: EmittedFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) {
    const sha = createHash('sha256');
    for (const bytes of encodedPieces(file)) sha.update(bytes);
    hashes.set(file, (hash = `sha256-${sha.digest('hex')}`));
  }
  return hash;
}

/** Whether `bytes` (a file on disk) are exactly the file's bytes. */
export function hasBytes(file: EmittedFile, bytes: Buffer): boolean {
  let offset = 0;
  for (const piece of encodedPieces(file)) {
    const end = offset + piece.length;
    if (end > bytes.length || !bytes.subarray(offset, end).equals(piece)) return false;
    offset = end;
  }
  return offset === bytes.length;
}

/** Writes the file's bytes to `path` (created or truncated), a piece at a time from the reused buffer. */
export async function writeFileBytes(path: string, file: EmittedFile): Promise<void> {
  const handle = await open(path, 'w');
  try {
    for (const bytes of encodedPieces(file)) {
      for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten;
    }
  } finally {
    await handle.close();
  }
}

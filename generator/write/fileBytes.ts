// Each emitted file's content as UTF-8 bytes, for the manifest's hashes, the comparison with what is on
// disk, and the write. A file is encoded a slice at a time into one reused buffer and never held as
// a whole: a buffer per file was 73 MB of fresh memory on Microsoft Graph, and fresh memory costs
// its page faults (encoding a whole 6 MB file took 24 ms, its slices 5 ms).

import { open } from 'node:fs/promises';
import { piecesOf, type EmittedFile } from '../emit/emitFiles';
import { hashParts } from '../hash';

/** Characters encoded at a time: a file printed as one long piece (a manifest, Graph's api.ts) is cut. */
export const SLICE_CHARS = 1 << 17;

/** The file's text in slices of at most about SLICE_CHARS characters, never inside a surrogate pair. */
function* slicesOf(pieces: readonly string[]): Generator<string> {
  for (const piece of pieces) {
    for (let start = 0; start < piece.length; ) {
      let end = Math.min(start + SLICE_CHARS, piece.length);
      // Each half of a pair alone would encode as U+FFFD.
      const last = piece.charCodeAt(end - 1);
      if (end < piece.length && last >= 0xd800 && last <= 0xdbff) end += 1;
      yield piece.slice(start, end);
      start = end;
    }
  }
}

/**
 * Each slice's bytes in turn, in one buffer that the next slice overwrites: a caller is done with
 * one view before it asks for the next (a `for` loop that awaits inside its body is).
 */
function* encodedSlices(file: EmittedFile): Generator<Buffer> {
  const pieces = piecesOf(file);
  const longest = Math.min(SLICE_CHARS + 1, pieces.reduce((most, piece) => Math.max(most, piece.length), 0));
  // A UTF-16 code unit takes at most three bytes in UTF-8, so a slice always fits whole.
  const buffer = Buffer.allocUnsafe(longest * 3);
  for (const slice of slicesOf(pieces)) yield buffer.subarray(0, buffer.write(slice, 0, 'utf8'));
}

const hashes = new WeakMap<EmittedFile, string>();

/** `sha256-<hex>` of the file's bytes, as `hashContent` gives it; computed once per file. */
export function fileHash(file: EmittedFile): string {
  let hash = hashes.get(file);
  if (hash === undefined) hashes.set(file, (hash = hashParts(encodedSlices(file))));
  return hash;
}

/** Compares a file's slices, fed in turn, with `bytes` (a file on disk; null when there is none). */
function bytesMatcher(bytes: Buffer | null): { feed(slice: Buffer): boolean; matched(): boolean } {
  let offset = 0;
  let same = bytes !== null;
  return {
    feed(slice) {
      if (!same) return false;
      const end = offset + slice.length;
      same = end <= bytes!.length && bytes!.subarray(offset, end).equals(slice);
      offset = end;
      return same;
    },
    matched: () => same && offset === bytes!.length,
  };
}

/** Whether `bytes` (a file on disk) are exactly the file's bytes. */
export function hasBytes(file: EmittedFile, bytes: Buffer): boolean {
  const matcher = bytesMatcher(bytes);
  for (const slice of encodedSlices(file)) if (!matcher.feed(slice)) return false;
  return matcher.matched();
}

/**
 * Writes the file's bytes to `path` (created or truncated), a slice at a time from the reused buffer,
 * and says whether they are exactly `before`: comparing as it writes spares a second encoding.
 */
export async function writeFileBytes(path: string, file: EmittedFile, before: Buffer | null = null): Promise<boolean> {
  const matcher = bytesMatcher(before);
  const handle = await open(path, 'w');
  try {
    for (const bytes of encodedSlices(file)) {
      matcher.feed(bytes);
      for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten;
    }
  } finally {
    await handle.close();
  }
  return matcher.matched();
}

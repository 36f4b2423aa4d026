// Writes the `--emit-model` file: the model document as JSON, to a temporary name beside the
// target and renamed over it once complete, so a reader never sees half a file.

import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { jsonChunks } from '../jsonChunks';
import type { ModelDocument } from '../model/modelDocument';
import { onInterrupt } from './onInterrupt';
import { tempPathFor } from './scratchPaths';

/** Pieces are gathered up to this many characters per write: few system calls, bounded memory. */
const BATCH = 1 << 20;

function* batches(chunks: Iterable<string>, count: (bytes: number) => void): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size < BATCH) continue;
    const text = batch.join('');
    count(Buffer.byteLength(text));
    yield text;
    batch = [];
    size = 0;
  }
  const rest = batch.join('');
  count(Buffer.byteLength(rest));
  yield rest;
}

/** Writes `document` to `file` (2-space JSON, `\n`), replacing it whole; resolves to the bytes written. */
export async function writeModelFile(file: string, document: ModelDocument): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  // Dot-named, as the output's temporary files are, and removed if Ctrl-C or SIGTERM cuts the write short.
  const temp = tempPathFor(file);
  const done = onInterrupt(() => rmSync(temp, { force: true }));
  let bytes = 0;
  try {
    await pipeline(Readable.from(batches(jsonChunks(document), (n) => (bytes += n))), createWriteStream(temp));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    done();
  }
  return bytes;
}

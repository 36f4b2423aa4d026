// Reads a file that may not be there: its absence is an answer (null), not an error.

import { readFile } from 'node:fs/promises';

export async function readBytesIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    // ENOTDIR: a path below a file does not exist either (the write stage refuses such an output).
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

export async function readIfExists(path: string): Promise<string | null> {
  return (await readBytesIfExists(path))?.toString('utf8') ?? null;
}

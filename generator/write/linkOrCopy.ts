// Puts a file that does not change into the stage under a second name (a hard link), so it keeps its
// inode and mtime through the swap: only the files that changed look changed to file watchers and
// to builds that go by mtime.

import { copyFile, link, stat, utimes } from 'node:fs/promises';

/**
 * Links `from` at `to`; where a link cannot be made (a file system without them, too many links, a
 * file of another user's under protected_hardlinks) copies it with its mode and, to the microsecond
 * that utimes can set, its times. A copy that fails too says why.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    const { atimeMs, mtimeMs } = await stat(from);
    await copyFile(from, to);
    await utimes(to, atimeMs / 1000, mtimeMs / 1000);
  }
}

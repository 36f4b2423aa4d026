import { stat } from 'node:fs/promises';

/** Whether anything is at `path`; any failure but its absence (a permission) is thrown. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
}

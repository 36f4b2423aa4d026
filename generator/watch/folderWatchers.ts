// Watches files through the folders that hold them, so a file an editor saves by writing a new
// file and renaming it over the old one is still seen (a watch on the file itself would follow the
// old, unlinked file). Events are filtered by name; a watched folder reports any change in it.

import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

export interface WatchTargets {
  /** Files whose change counts. */
  readonly files: readonly string[];
  /** Folders in which any change counts (a templates folder). */
  readonly folders: readonly string[];
}

export interface FolderWatchers {
  /** Watches exactly these targets from now on. */
  update(targets: WatchTargets): void;
  close(): void;
}

/** Folder → the names in it that count, or `all`. */
function plan(targets: WatchTargets): Map<string, Set<string> | 'all'> {
  const byFolder = new Map<string, Set<string> | 'all'>();
  for (const folder of targets.folders) byFolder.set(resolve(folder), 'all');
  for (const file of targets.files) {
    const folder = dirname(resolve(file));
    const names = byFolder.get(folder) ?? new Set<string>();
    if (names !== 'all') byFolder.set(folder, names.add(basename(file)));
  }
  return byFolder;
}

export function folderWatchers(onChange: (file: string) => void): FolderWatchers {
  let wanted = new Map<string, Set<string> | 'all'>();
  const open = new Map<string, FSWatcher>();
  const start = (folder: string) => {
    try {
      const watcher = watch(folder, { persistent: true }, (_event, name) => {
        const names = wanted.get(folder);
        // Without a name (some platforms) the change may be ours: count it.
        if (names === 'all' || name === null || names?.has(name.toString())) onChange(resolve(folder, name?.toString() ?? ''));
      });
      // The folder went away: stop; the next update watches it again if it is back.
      watcher.on('error', () => stop(folder));
      open.set(folder, watcher);
    } catch {
      // A folder that does not exist (yet) cannot be watched; the run that needs it reports that.
    }
  };
  const stop = (folder: string) => {
    open.get(folder)?.close();
    open.delete(folder);
  };
  return {
    update(targets) {
      wanted = plan(targets);
      for (const folder of [...open.keys()]) if (!wanted.has(folder)) stop(folder);
      for (const folder of wanted.keys()) if (!open.has(folder)) start(folder);
    },
    close() {
      for (const folder of [...open.keys()]) stop(folder);
    },
  };
}

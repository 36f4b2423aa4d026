// One writer per output folder: a lock file beside the output (`.<folder>.specwright-lock`; in the
// output, `.specwright-lock`, when only that may be written), created exclusively, holding its run's
// pid and host. A run holds it from before it reads the previous output (whose manifest gives the
// names to keep and the hashes that tell a hand edit) until the new output is in place, so runs that
// race into one folder take turns: the later one waits, then finds the earlier one's output. A lock
// whose run is gone (kill -9) is taken over. A pid says whether a run is alive only on the host, and
// in the pid space, that wrote it: a lock from elsewhere (a container sharing the folder, another
// machine on a network folder) counts as gone once it has not been touched for FOREIGN_STALE_MS (its
// run touches it while it holds it), and any lock from before the machine started is gone.

import { readFileSync, rmdirSync, unlinkSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { hostname, uptime } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';
import { isLiveProcess } from './isLiveProcess';
import { onInterrupt } from './onInterrupt';
import { WRITE_REFUSALS } from './writeRefusals';

export interface LockOptions {
  /** How long to wait for a live run's lock before refusing with OUTPUT_LOCKED. */
  readonly waitMs?: number;
  readonly pollMs?: number;
}

/** Long enough for another run of the largest spec to write; a run that never ends is not waited for. */
export const LOCK_WAIT_MS = 120_000;

/** A lock file without a pid is being written, unless it has been that way this long (a kill between create and write). */
const UNWRITTEN_LOCK_MS = 5_000;

/** How long a lock written on another host (or in another container) may go untouched before it counts as its run's leftover. */
const FOREIGN_STALE_MS = 10 * 60_000;

/** How often a held lock is touched, so that runs elsewhere see it is alive. */
const HEARTBEAT_MS = 30_000;

/** A takeover's own lock, gone stale when a kill cut the takeover short. */
const TAKEOVER_STALE_MS = 10_000;

/** What a lock file holds: the run's pid and host. */
function lockText(): string {
  return `${process.pid}\n${hostname()}\n`;
}

/** Locks this process holds: a lock in our own pid that is not among them was left by an earlier process of that pid. */
const held = new Set<string>();

export function lockPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.specwright-lock`);
}

/** Where the lock goes when the output's parent may not be written (a container's read-only root); the folder is then written in place. */
export function lockPathInside(outDir: string): string {
  return join(outDir, '.specwright-lock');
}


/** The lock file to use: beside the output, or in it when only the output itself may be written. */
async function usableLock(outDir: string, lock: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  const inside = lockPathInside(outDir);
  if (lock === inside || code === undefined || !WRITE_REFUSALS.has(code)) throw error;
  if (!(await stat(outDir).then((info) => info.isDirectory(), () => false))) throw error;
  return inside;
}

/** Creates the lock with our pid in it; false when it exists. */
async function tryCreate(lock: string): Promise<boolean> {
  const handle = await open(lock, 'wx').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return null;
    if (error.code !== 'ENOENT') throw error;
    // The folder it goes in was removed by a run that made it and then wrote nothing: make it again.
    await mkdir(dirname(lock), { recursive: true });
    return open(lock, 'wx').catch((again: NodeJS.ErrnoException) => (again.code === 'EEXIST' ? null : Promise.reject(again)));
  });
  if (handle === null) return false;
  try {
    await handle.writeFile(lockText());
  } finally {
    await handle.close();
  }
  return true;
}

type Holder = { readonly pid: number | null; readonly abandoned: boolean } | 'gone';

/** Whether the run that wrote a lock (`pid` on `host`, touched last at `touched`) is gone. */
function isGone(lock: string, pid: number, host: string | null, touched: number): boolean {
  if (touched < Date.now() - uptime() * 1000) return true; // written before this machine started
  if (host !== null && host !== hostname()) return Date.now() - touched > FOREIGN_STALE_MS;
  return pid === process.pid ? !held.has(lock) : !isLiveProcess(pid);
}

async function holderOf(lock: string): Promise<Holder> {
  try {
    const [text, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    // `pid\nhost\n`; a lock of an earlier version holds only `pid\n`, written on this host.
    const written = /^(\d+)\n(?:([^\n]+)\n)?$/.exec(text);
    if (written === null) return { pid: null, abandoned: Date.now() - info.mtimeMs > UNWRITTEN_LOCK_MS };
    const pid = Number(written[1]);
    return { pid, abandoned: isGone(lock, pid, written[2] ?? null, info.mtimeMs) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

/**
 * Removes an abandoned lock. Takeovers take turns through a lock of their own, and the one whose turn
 * it is looks again before removing: another may have removed the dead lock and made its own since.
 */
async function takeOver(lock: string): Promise<boolean> {
  const guard = `${lock}.takeover`;
  if (!(await tryCreate(guard))) {
    const info = await stat(guard).catch(() => null);
    if (info === null || Date.now() - info.mtimeMs <= TAKEOVER_STALE_MS) return false; // another's turn
    await rm(guard, { force: true });
    return true;
  }
  try {
    const holder = await holderOf(lock);
    if (holder !== 'gone' && holder.abandoned) await rm(lock, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
  return true;
}

/** Whether a live run holds the output's lock: then the stages and backups beside it may be its own. */
export async function isLocked(outDir: string): Promise<boolean> {
  for (const lock of [lockPath(outDir), lockPathInside(outDir)]) {
    const holder = await holderOf(lock);
    if (holder !== 'gone' && !holder.abandoned) return true;
  }
  return false;
}

/** The output's lock when the run that holds it is gone (killed): `check` reports it. */
export async function abandonedLock(outDir: string): Promise<string | null> {
  for (const lock of [lockPath(outDir), lockPathInside(outDir)]) {
    const holder = await holderOf(lock);
    if (holder !== 'gone' && holder.abandoned) return lock;
  }
  return null;
}

function lockedOut(outDir: string, lock: string, pid: number | null, waitMs: number): RefusedInputError {
  const shown = (path: string) => relative(process.cwd(), path) || '.';
  const args = { pid: pid ?? 'unknown', folder: shown(outDir), seconds: Math.round(waitMs / 1000), lock: shown(lock) };
  return new RefusedInputError([makeDiagnostic('OUTPUT_LOCKED', '#', args)]);
}

/** Removes the lock if it is still ours. Synchronous, for a signal handler too. */
function releaseSync(lock: string): void {
  held.delete(lock);
  try {
    if (readFileSync(lock, 'utf8') === lockText()) unlinkSync(lock);
  } catch {
    // Gone already, or taken over: not ours to remove.
  }
}

/** Removes the folders made for the lock when the run wrote nothing into them (a refused first run). */
function removeMadeFolders(outDir: string, made: string | undefined): void {
  if (made === undefined) return;
  for (let folder = dirname(outDir); folder.length >= made.length; folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty: the run wrote there
    }
  }
}

/**
 * Waits for the output folder's lock and takes it; resolves to the function that releases it. Ctrl-C
 * or SIGTERM while it is held releases it too. Refuses with OUTPUT_LOCKED after `waitMs`.
 */
export async function lockOutput(outDir: string, options: LockOptions = {}): Promise<() => void> {
  let lock = lockPath(outDir);
  const made = await mkdir(dirname(outDir), { recursive: true });
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  for (;;) {
    const created = await tryCreate(lock).catch(async (error: unknown) => {
      lock = await usableLock(outDir, lock, error);
      return null;
    });
    if (created === null) continue;
    if (created) break;
    const holder = await holderOf(lock);
    if (holder === 'gone') continue;
    if (holder.abandoned && (await takeOver(lock))) continue;
    if (Date.now() >= deadline) throw lockedOut(outDir, lock, holder.pid, options.waitMs ?? LOCK_WAIT_MS);
    await sleep(options.pollMs ?? 50);
  }
  held.add(lock);
  // Touched while held, so a run on another host or in another container sees it is alive.
  const heartbeat = setInterval(() => void utimes(lock, new Date(), new Date()).catch(() => undefined), HEARTBEAT_MS).unref();
  const release = () => {
    clearInterval(heartbeat);
    releaseSync(lock);
    removeMadeFolders(outDir, made);
  };
  const done = onInterrupt(release);
  return () => {
    done();
    release();
  };
}

// The output folder's lock: runs take turns, a dead run's lock is taken over, a live one's is waited
// for and then refused with a clear diagnostic.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RefusedInputError } from '../../../generator/diagnostics';
import { lockOutput, lockPath } from '../../../generator/write/outputLock';

/** Past any system's largest pid: no process has it. */
const DEAD_PID = 2 ** 30;

let dir: string;
let out: string;
let sleeper: ChildProcess | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-lock-'));
  out = join(dir, 'out');
});
afterEach(() => {
  sleeper?.kill('SIGKILL');
  sleeper = null;
  rmSync(dir, { recursive: true, force: true });
});

/** A live process that is not this one. */
function livePid(): number {
  sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  return sleeper.pid!;
}

it('makes a second run wait until the first releases the lock, then lets it in', async () => {
  const first = await lockOutput(out);
  expect(readFileSync(lockPath(out), 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
  let second: (() => void) | null = null;
  const waiting = lockOutput(out, { pollMs: 5 }).then((release) => (second = release));
  await new Promise((r) => setTimeout(r, 100));
  expect(second).toBeNull();
  first();
  await waiting;
  expect(second).not.toBeNull();
  second!();
  expect(readdirSync(dir)).toEqual([]);
});

it.each([
  ['a process that is gone', () => DEAD_PID],
  ['this process, which does not hold it (an earlier process of the same pid, as in containers)', () => process.pid],
])('takes over a lock left by %s', async (_, pid) => {
  writeFileSync(lockPath(out), `${pid()}\n`);
  const release = await lockOutput(out, { waitMs: 0 });
  expect(readFileSync(lockPath(out), 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
  release();
  expect(existsSync(lockPath(out))).toBe(false);
});

it('refuses with OUTPUT_LOCKED, naming the run and its lock, when a live run holds the lock past the wait', async () => {
  const pid = livePid();
  writeFileSync(lockPath(out), `${pid}\n`);
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const refused = await lockOutput(out, { waitMs: 100, pollMs: 10 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RefusedInputError);
    expect((refused as RefusedInputError).diagnostics).toEqual([
      expect.objectContaining({ code: 'OUTPUT_LOCKED', message: `another specwright run (pid ${pid}) is writing out; waited 0 s for it, nothing written (its lock: .out.specwright-lock)` }),
    ]);
  } finally {
    process.chdir(previous);
  }
  expect(readFileSync(lockPath(out), 'utf8')).toBe(`${pid}\n`);
});

it('waits for a lock whose pid is not yet written, and leaves it be', async () => {
  writeFileSync(lockPath(out), '');
  await expect(lockOutput(out, { waitMs: 50, pollMs: 10 })).rejects.toThrow('another specwright run (pid unknown)');
  expect(existsSync(lockPath(out))).toBe(true);
});

it('removes the folders it made for the lock when the run wrote nothing there', async () => {
  const release = await lockOutput(join(dir, 'a/b/out'));
  expect(readdirSync(join(dir, 'a/b'))).toEqual(['.out.specwright-lock']);
  release();
  expect(readdirSync(dir)).toEqual([]);
});

it('takes over a lock written on another host or in another container once it has gone untouched for ten minutes, not before', async () => {
  // Pid 1 is alive here; in the container that wrote the lock it was the killed run.
  writeFileSync(lockPath(out), '1\nsome-container\n');
  await expect(lockOutput(out, { waitMs: 50, pollMs: 10 })).rejects.toThrow('another specwright run (pid 1)');
  const eleven = new Date(Date.now() - 11 * 60_000);
  utimesSync(lockPath(out), eleven, eleven);
  const release = await lockOutput(out, { waitMs: 0 });
  expect(readFileSync(lockPath(out), 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
  release();
});

it('takes over a lock from before the machine started, whatever its pid names now', async () => {
  writeFileSync(lockPath(out), `1\n${hostname()}\n`);
  const beforeBoot = new Date(Date.now() - uptime() * 1000 - 60_000);
  utimesSync(lockPath(out), beforeBoot, beforeBoot);
  const release = await lockOutput(out, { waitMs: 0 });
  release();
  expect(existsSync(lockPath(out))).toBe(false);
});

it("waits while another run's takeover of a dead lock is under way, and clears one a kill cut short", async () => {
  const guard = `${lockPath(out)}.takeover`;
  writeFileSync(lockPath(out), `${DEAD_PID}\n`);
  writeFileSync(guard, `${DEAD_PID}\n`);
  await expect(lockOutput(out, { waitMs: 50, pollMs: 10 })).rejects.toThrow(`another specwright run (pid ${DEAD_PID})`);
  expect(readFileSync(lockPath(out), 'utf8')).toBe(`${DEAD_PID}\n`);
  const old = new Date(Date.now() - 60_000);
  utimesSync(guard, old, old);
  const release = await lockOutput(out, { waitMs: 0 });
  expect(existsSync(guard)).toBe(false);
  release();
});

// Runs bin/specwright.js as a child process, as users run it, optionally signalled mid-write.

import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/specwright.js');
const SIGNAL_HOOK = join(__dirname, 'signalWhileWriting.js');

export interface BinRun {
  readonly pid: number;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where and when the child signals itself: before opening the `after`-th file whose path contains `path`. */
export interface SignalAt {
  readonly signal: NodeJS.Signals;
  readonly path: string;
  readonly after: number;
}

export interface RunBinOptions {
  readonly signalAt?: SignalAt;
  /** Run as this user (only root may ask). */
  readonly user?: { readonly uid: number; readonly gid: number };
}

export function runBin(args: readonly string[], cwd: string, options: RunBinOptions = {}): Promise<BinRun> {
  const { signalAt, user } = options;
  const hook = signalAt === undefined ? [] : ['-r', SIGNAL_HOOK];
  const env = signalAt === undefined ? {} : { SPECWRIGHT_TEST_SIGNAL: signalAt.signal, SPECWRIGHT_TEST_PATH: signalAt.path, SPECWRIGHT_TEST_AFTER: String(signalAt.after) };
  const child = spawn(process.execPath, [...hook, BIN, ...args], { cwd, env: { ...process.env, ...env }, ...(user ?? {}) });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ pid: child.pid!, code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

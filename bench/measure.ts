// Runs one command as the bench measures it: wall time from here, CPU time and peak memory (RSS)
// of the whole process from GNU time, which reads them from the kernel when the process exits.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  /** The expected exit code (0 unless told) within the time limit. */
  readonly ok: boolean;
  readonly timedOut: boolean;
  /** The end of stderr (or stdout) when the command failed. */
  readonly error: string | null;
  /** Everything the command wrote to stdout. */
  readonly stdout: string;
}

export function requireGnuTime(): void {
  if (!existsSync(GNU_TIME)) throw new Error(`the bench needs GNU time at ${GNU_TIME} (Debian: apt-get install time)`);
}

export function measure(command: readonly string[], options: { cwd: string; timeoutSeconds: number; okExitCodes?: readonly number[] }): Promise<Measurement> {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-measure-'));
  const report = join(dir, 'time.txt');
  const start = process.hrtime.bigint();
  // A process group of its own: generators start children of their own (hey-api does), and a
  // timeout must stop them all, or the pipes they hold keep this run from ever closing.
  const child = spawn(GNU_TIME, ['-f', '%U %S %M', '-o', report, ...command], { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  const stdout: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-16000)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, options.timeoutSeconds * 1000);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
      const fields = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [];
      rmSync(dir, { recursive: true, force: true });
      const [user = NaN, system = NaN, rssKb = NaN] = fields;
      const ok = (options.okExitCodes ?? [0]).includes(code ?? -1) && !timedOut;
      const out = Buffer.concat(stdout).toString();
      const error = ok ? null : failureReason(stderr.trim() || out.trim(), code);
      resolve({ wallSeconds, cpuSeconds: user + system, maxRssMb: rssKb / 1024, ok, timedOut, error, stdout: out });
    });
  });
}

/**
 * One line that says why a tool failed: its last `SomethingError: message` line when it printed one
 * (hey-api ends with the fields of a wrapped error, the message sits above them), else its last line.
 */
export function failureReason(output: string, code: number | null): string {
  const lines = output.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('at '));
  const errors = lines.filter((l) => /\b[A-Z]\w*Error\b:/.test(l));
  return errors.at(-1) ?? lines.at(-1) ?? `exit code ${code}`;
}

// Runs one corpus spec in a child process with a time and a memory limit, so a spec that hangs
// or eats memory is recorded as such and the run goes on.

import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CompileReport, GenerateReport, WorkerJob, WorkerMessage } from './protocol';
import type { CorpusSpec } from './sources';

export type Outcome = GenerateReport['status'] | 'timeout' | 'oom';

export interface SpecResult {
  readonly id: string;
  readonly bytes: number;
  readonly operations: number;
  readonly outcome: Outcome;
  readonly reason?: string;
  readonly warnings: number;
  readonly codes: Readonly<Record<string, number>>;
  readonly generateMs: number;
  /** null when nothing was generated to compile. */
  readonly compile: (CompileReport & { readonly timedOut: boolean }) | null;
  readonly maxRssMb: number | null;
}

/** The compiler options the committed clients are held to; the corpus holds every client to them too. */
export const GENERATED_TSCONFIG = resolve(__dirname, '../generated/tsconfig.json');

export interface Limits {
  readonly worker: string;
  readonly tsconfig: string;
  readonly generateTimeoutMs: number;
  readonly compileTimeoutMs: number;
  readonly memoryMb: number;
  /** Generate with --js. */
  readonly js: boolean;
}

/** What a dead process printed that says why: its error line, else its last lines. */
function why(stderr: string): string {
  const error = /^\w*Error\b.*$/m.exec(stderr);
  return error !== null ? error[0] : stderr.trim().split('\n').slice(-6).join('\n');
}

export function runSpec(spec: CorpusSpec, limits: Limits): Promise<SpecResult> {
  const workDir = mkdtempSync(join(tmpdir(), 'specwright-corpus-'));
  const child = fork(limits.worker, [], {
    execArgv: [`--max-old-space-size=${limits.memoryMb}`],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20000);
  });
  const started = Date.now();
  let operations = 0;
  let generated: GenerateReport | null = null;
  let compiled: CompileReport | null = null;
  let maxRssMb: number | null = null;
  let timedOut: 'generate' | 'compile' | null = null;
  const kill = (phase: 'generate' | 'compile') => {
    timedOut = phase;
    child.kill('SIGKILL');
  };
  let timer = setTimeout(() => kill('generate'), limits.generateTimeoutMs);
  child.on('message', (message: WorkerMessage) => {
    if (message.phase === 'counted') {
      // Counting parses the spec once more; that is the runner's work, not the generator's, so
      // the generator's time starts now.
      operations = message.operations;
      clearTimeout(timer);
      timer = setTimeout(() => kill('generate'), limits.generateTimeoutMs);
    } else if (message.phase === 'generated') {
      generated = message.report;
      clearTimeout(timer);
      timer = setTimeout(() => kill('compile'), limits.compileTimeoutMs);
    } else if (message.phase === 'compiled') compiled = message.report;
    else maxRssMb = message.maxRssMb;
  });
  const job: WorkerJob = { file: spec.file, gzipped: spec.gzipped, workDir, tsconfig: limits.tsconfig, js: limits.js };
  child.send(job);
  return new Promise((done) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      rmSync(workDir, { recursive: true, force: true });
      const base = { id: spec.id, bytes: spec.bytes, operations, maxRssMb };
      const g = generated as GenerateReport | null;
      if (g === null) {
        const oom = /heap out of memory|Allocation failed/i.test(stderr);
        const outcome: Outcome = timedOut !== null ? 'timeout' : oom ? 'oom' : 'crashed';
        const reason = timedOut !== null ? `no result after ${limits.generateTimeoutMs / 1000} s` : `exit ${code ?? signal}: ${why(stderr)}`;
        done({ ...base, outcome, reason, warnings: 0, codes: {}, generateMs: Date.now() - started, compile: null });
        return;
      }
      const c = compiled as CompileReport | null;
      const wanted = g.status === 'generated' || g.status === 'warnings';
      const compile = !wanted
        ? null
        : c !== null
          ? { ...c, timedOut: false }
          : { errors: 1, messages: [timedOut === 'compile' ? 'tsc timed out' : `tsc died: exit ${code ?? signal}: ${why(stderr)}`], ms: 0, timedOut: timedOut === 'compile' };
      done({ ...base, outcome: g.status, ...(g.reason === undefined ? {} : { reason: g.reason }), warnings: g.warnings, codes: g.codes, generateMs: g.ms, compile });
    });
  });
}

// What the corpus runner and its per-spec worker process say to each other.

export type GenerateStatus = 'generated' | 'warnings' | 'refused' | 'crashed';

export interface GenerateReport {
  readonly status: GenerateStatus;
  readonly ms: number;
  readonly warnings: number;
  /** How many diagnostics of each code. */
  readonly codes: Readonly<Record<string, number>>;
  /** For refused and crashed: the first error, or the stack trace. */
  readonly reason?: string;
}

export interface CompileReport {
  readonly errors: number;
  /** The first few, `file:line TScode: message`. */
  readonly messages: readonly string[];
  readonly ms: number;
}

export interface WorkerJob {
  readonly file: string;
  readonly gzipped: boolean;
  /** A fresh folder the worker owns: the output goes to `client/` inside it. */
  readonly workDir: string;
  readonly tsconfig: string;
  /** Generate with --js, and check the declarations it writes. */
  readonly js: boolean;
}

export type WorkerMessage =
  | { readonly phase: 'counted'; readonly operations: number }
  | { readonly phase: 'generated'; readonly report: GenerateReport }
  | { readonly phase: 'compiled'; readonly report: CompileReport }
  | { readonly phase: 'done'; readonly maxRssMb: number };

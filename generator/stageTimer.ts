// Times the pipeline's stages for whoever listens (the CLI's progress reporter). generate.ts calls
// it between stages; without a listener it does nothing, and a listener cannot change the outcome.

import { piecesOf, type EmittedFile } from './emit/emitFiles';

export type StageName = 'load' | 'normalise' | 'model' | 'emit' | 'write' | 'check';

/** What a stage produced, as far as it is worth telling: counts, and sizes in bytes. */
export interface StageSizes {
  readonly operations?: number;
  readonly schemas?: number;
  readonly files?: number;
  readonly bytes?: number;
  readonly written?: number;
  readonly unchanged?: number;
  readonly differences?: number;
  /** How the stage went, when that is worth a word: the write's `in place: it is a mount point`. */
  readonly note?: string;
}

export interface StageEvent {
  readonly stage: StageName;
  /** Wall-clock time the stage took. */
  readonly ms: number;
  readonly sizes: StageSizes;
}

export type StageListener = (event: StageEvent) => void;

/** Call as each stage finishes; `sizes` is only computed when someone listens. */
export type StageDone = (stage: StageName, sizes?: () => StageSizes) => void;

export function stageTimer(listener: StageListener | undefined, now: () => number = () => performance.now()): StageDone {
  let start = now();
  return (stage, sizes) => {
    if (listener === undefined) return;
    const ms = now() - start;
    try {
      listener({ stage, ms, sizes: sizes?.() ?? {} });
    } catch {
      // Reporting progress must never fail a generation (a closed stderr, a reporter bug).
    }
    // The listener's own time (drawing, counting bytes) is left out of the next stage's.
    start = now();
  };
}

/** The UTF-8 size of files' contents, for the emit stage's report. */
export function byteSize(files: readonly EmittedFile[]): number {
  // By the pieces when a file has them: reading `content` would join them.
  return files.reduce((sum, file) => piecesOf(file).reduce((s, piece) => s + Buffer.byteLength(piece), sum), 0);
}

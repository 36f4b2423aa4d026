// Reports the pipeline's stages on stderr while a spec generates: one self-updating line on a
// terminal, plain lines otherwise. Only the CLI creates it; generate.ts only calls onStage.
//
// When to show it ('auto', the default): on a terminal, once a run has taken PROGRESS_AFTER_MS, as
// one line redrawn in place and left as a one-line summary; a run of a second or two is over
// before a stage log could be read, and peers print just a summary. Never by default to a pipe or
// a file: a log's lines are kept, and tools that read stderr should get the same lines whatever
// the machine's speed. `--progress` shows every run ('always'), as plain lines when not on a
// terminal; `--no-progress`, `--quiet` and `--format json` show nothing ('never').

import type { StageEvent, StageSizes } from './stageTimer';

export const PROGRESS_AFTER_MS = 1000;
const STAGE_COUNT = 5; // load, normalise, model, emit, write or check

export type ProgressMode = 'auto' | 'always' | 'never';

/** Where progress goes: stderr, or a test's recorder. `columns` bounds the self-updating line. */
export interface ProgressSink {
  readonly isTTY: boolean;
  readonly columns?: number;
  write(text: string): void;
}

/** The process's stderr, asked at each use whether it is a terminal and how wide (it may be resized). */
export const STDERR_SINK: ProgressSink = {
  get isTTY() {
    return process.stderr.isTTY === true;
  },
  get columns() {
    return process.stderr.columns;
  },
  write: (text) => void process.stderr.write(text),
};

export interface ProgressOptions {
  /** Names the spec in every line, e.g. `spec/ringcentral.yaml`. */
  readonly label: string;
  readonly sink: ProgressSink;
  readonly mode: ProgressMode;
  readonly now?: () => number;
}

export interface Progress {
  onStage(event: StageEvent): void;
  /** Ends the report (a newline after the self-updating line); call before printing anything else. */
  finish(): void;
}

const SIZE_WORDS: readonly [keyof StageSizes, string][] = [
  ['operations', 'operations'], ['schemas', 'schemas'], ['files', 'files'], ['written', 'written'], ['unchanged', 'unchanged'], ['differences', 'differences'],
];

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** `1,223 operations, 912 schemas, 3.2 MB`; empty when there is nothing to count. */
export function formatSizes(sizes: StageSizes): string {
  const parts = SIZE_WORDS.filter(([key]) => sizes[key] !== undefined).map(([key, word]) => `${sizes[key]!.toLocaleString('en-US')} ${word}`);
  if (sizes.bytes !== undefined) parts.push(formatBytes(sizes.bytes));
  if (sizes.note !== undefined) parts.push(sizes.note);
  return parts.join(', ');
}

/** `model 1,223 operations, 912 schemas (0.9 s)` */
export function describeStage(event: StageEvent): string {
  const sizes = formatSizes(event.sizes);
  return `${event.stage}${sizes === '' ? '' : ` ${sizes}`} (${formatSeconds(event.ms)})`;
}

/** The mode the CLI's flags ask for: `--progress` (true), `--no-progress` (false), or neither. */
export function progressMode(flags: { readonly progress?: boolean; readonly quiet: boolean; readonly format: string }): ProgressMode {
  if (flags.quiet || flags.format === 'json' || flags.progress === false) return 'never';
  return flags.progress === true ? 'always' : 'auto';
}

export function createProgress(options: ProgressOptions): Progress {
  if (options.mode === 'never' || (options.mode === 'auto' && !options.sink.isTTY)) return { onStage: () => {}, finish: () => {} };
  const now = options.now ?? (() => performance.now());
  const started = now();
  const elapsed = () => now() - started;
  if (!options.sink.isTTY) return lineProgress(options, elapsed);
  return terminalProgress(options, () => options.mode === 'always' || elapsed() >= PROGRESS_AFTER_MS, elapsed);
}

/** Plain lines, for logs: a line per stage as it finishes, and the total. */
function lineProgress(options: ProgressOptions, elapsed: () => number): Progress {
  const prefix = `specwright: ${options.label}: `;
  return {
    onStage: (event) => options.sink.write(`${prefix}${describeStage(event)}\n`),
    finish: () => options.sink.write(`${prefix}done in ${formatSeconds(elapsed())}\n`),
  };
}

/** One line redrawn in place (`\r`, clear line) as stages finish, left on screen with a newline. */
function terminalProgress(options: ProgressOptions, due: () => boolean, elapsed: () => number): Progress {
  const events: StageEvent[] = [];
  let shown = false;
  const draw = (text: string, end: string) => {
    const width = options.sink.columns ?? Infinity;
    // A line wider than the terminal wraps, and `\r` would then redraw only its last row; the
    // final line is not redrawn, so it is kept whole.
    const fitted = end !== '' || text.length < width ? text : `${text.slice(0, Math.max(0, width - 2))}…`;
    options.sink.write(`\r\x1b[2K${fitted}${end}`);
  };
  return {
    onStage(event) {
      events.push(event);
      if (!shown && !due()) return;
      shown = true;
      draw(runningLine(options.label, events), '');
    },
    finish() {
      if (shown) draw(finalLine(options.label, events, elapsed()), '\n');
    },
  };
}

/** `specwright: spec/x.yaml [3/5] model 1,223 operations, 912 schemas (0.9 s) …` */
function runningLine(label: string, events: readonly StageEvent[]): string {
  const last = events[events.length - 1]!;
  return `specwright: ${label} [${events.length}/${STAGE_COUNT}] ${describeStage(last)}${events.length < STAGE_COUNT ? ' …' : ''}`;
}

/** `specwright: spec/x.yaml: 1,223 operations, 912 schemas, 7 files, 3.2 MB in 2.6 s (load 0.3 s, ...)` */
function finalLine(label: string, events: readonly StageEvent[], ms: number): string {
  const model = events.find((e) => e.stage === 'model');
  const emit = events.find((e) => e.stage === 'emit');
  const sizes = [model, emit].map((e) => (e === undefined ? '' : formatSizes(e.sizes))).filter((s) => s !== '').join(', ');
  const stages = events.map((e) => `${e.stage} ${formatSeconds(e.ms)}`).join(', ');
  return `specwright: ${label}: ${sizes === '' ? '' : `${sizes} `}in ${formatSeconds(ms)} (${stages})`;
}

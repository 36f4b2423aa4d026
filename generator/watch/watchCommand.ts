// The CLI's `--watch`: generates every spec, then again whenever a spec, a file it `$ref`s, the
// config or a templates folder changes, until the signal aborts (the CLI aborts on Ctrl-C).

import type { GenerateResult } from '../generate';
import { referencedFiles } from './referencedFiles';
import { watch, type WatchRun } from './watch';
import { watchSummary, type WatchedOutcome } from './watchSummary';

/** A spec the CLI generated, with the paths `--watch` needs. */
export interface WatchedSpec {
  readonly input: string;
  readonly output: string;
  /** Absolute. */
  readonly inputPath: string;
  readonly templates: string | undefined;
}

export interface WatchCommandOptions {
  /** Generates every spec once, telling each outcome, and prints diagnostics; resolves to the exit code. */
  readonly generateAll: (onOutcome: (spec: WatchedSpec, result: GenerateResult) => void) => Promise<number>;
  /** The config file when the specs come from one: a change to it starts a run too. */
  readonly configFile: string | null;
  /** Ends the watch; by default Ctrl-C (SIGINT) does. */
  readonly signal?: AbortSignal;
  readonly print: (line: string) => void;
  /** Print only the lines of failed runs. */
  readonly quiet: boolean;
  readonly debounceMs?: number;
}

/** An AbortSignal that Ctrl-C aborts, and the way to stop listening for it. */
function interrupted(): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  process.once('SIGINT', abort);
  return { signal: controller.signal, release: () => process.off('SIGINT', abort) };
}

/** Watches until the signal aborts; resolves to exit code 0, as stopping is how a watch ends. */
export async function watchCommand(options: WatchCommandOptions): Promise<number> {
  const stop = options.signal === undefined ? interrupted() : { signal: options.signal, release: () => {} };
  // Kept from the last run that got as far as the specs, so a broken config still watches them.
  let specs: readonly WatchedSpec[] = [];
  const run = async (): Promise<WatchRun> => {
    const outcomes: (WatchedOutcome & { spec: WatchedSpec })[] = [];
    const code = await options.generateAll((spec, result) => outcomes.push({ input: spec.input, output: spec.output, result, spec }));
    if (outcomes.length > 0) specs = outcomes.map((o) => o.spec);
    const refs = await Promise.all(specs.map((s) => referencedFiles(s.inputPath)));
    return {
      summary: watchSummary(outcomes, code !== 0),
      ok: code === 0,
      files: [...(options.configFile === null ? [] : [options.configFile]), ...specs.map((s) => s.inputPath), ...refs.flat()],
      folders: specs.flatMap((s) => (s.templates === undefined ? [] : [s.templates])),
    };
  };
  const print = (line: string, ok: boolean) => {
    if (ok && options.quiet) return;
    options.print(line);
  };
  try {
    await watch(run, { signal: stop.signal, print, ...(options.debounceMs === undefined ? {} : { debounceMs: options.debounceMs }) });
  } finally {
    stop.release();
  }
  return 0;
}

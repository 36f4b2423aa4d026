// What the CLI prints about one spec's run: diagnostics, then the result (written, up to date, the
// check's report or the dry run's list), as text or as one JSON document; and the exit code it adds.

import type { SpecEntry } from './config/loadConfig';
import type { Diagnostic } from './diagnostics';
import { formatDiagnostics, type OutputFormat } from './formatDiagnostics';
import type { GenerateResult } from './generate';
import { CHECK_EXIT, checkJson, formatCheck, leftoverWarning } from './check/formatCheck';
import { CHECK_STATUSES, type CheckReport } from './check/checkOutput';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** The flags that decide what is printed. */
export interface ReportFlags {
  /** Given: a run with --input/--output, whose options are flags. */
  readonly input?: string;
  readonly strict: boolean;
  readonly dryRun: boolean;
  readonly diff: boolean;
  readonly quiet: boolean;
  readonly format: OutputFormat;
}

/** Exit codes: a check's causes have one each (formatCheck.ts). */
export const EXIT = {
  ok: 0,
  refused: 1,
  usage: 2,
  specChanged: CHECK_EXIT['spec-changed'],
  generatorChanged: CHECK_EXIT['generator-changed'],
  edited: CHECK_EXIT.edited,
  files: CHECK_EXIT.files,
} as const;

function checkContext(entry: SpecEntry, flags: ReportFlags, command: string) {
  return { input: entry.input, output: entry.output, command, diffs: flags.diff, viaFlags: flags.input !== undefined };
}

/** `--format json`: one JSON document per spec on stderr, one line each, and nothing else anywhere. */
function reportJson(entry: SpecEntry, result: GenerateResult, shown: readonly Diagnostic[], flags: ReportFlags, command: string, io: Io): void {
  const { diagnostics, summary } = JSON.parse(formatDiagnostics(shown, 'json')) as { diagnostics: unknown; summary: string };
  io.err(
    JSON.stringify({
      spec: entry.input,
      output: entry.output,
      refused: result.refused,
      written: result.written,
      ...(result.check === null ? {} : { check: checkJson(result.check, checkContext(entry, flags, command)) }),
      diagnostics,
      summary,
    }),
  );
}

/** `--dry-run`: what a generation would do to the folder, from the same comparison as `check`. */
function dryRunLine(output: string, result: GenerateResult, check: CheckReport): string {
  const of = (kind: string) => check.drift.filter((d) => d.kind === kind).map((d) => d.path);
  const [changed, missing, stale] = [of('changed'), of('missing'), of('stale')];
  const part = (verb: string, paths: readonly string[]) => (paths.length === 0 ? [] : [`${verb} ${paths.join(', ')}`]);
  const actions = [...part('would update', changed), ...part('would add', missing), ...part('would remove', stale)];
  const unchanged = result.files.length - changed.length - missing.length;
  const edited = check.edited.length === 0 ? '' : `; ${check.edited.join(', ')} edited by hand, whose edits a generation would overwrite`;
  return `${output}: ${actions.length === 0 ? 'nothing to do' : actions.join('; ')} (${unchanged} unchanged)${edited}`;
}

export function reportRun(entry: SpecEntry, result: GenerateResult, flags: ReportFlags, command: string, io: Io): void {
  // --strict refuses on warnings: those are its errors, so --quiet shows them too.
  const strictRefusal = result.refused && (flags.strict || entry.strict);
  const shown = flags.quiet && !strictRefusal ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  if (flags.format === 'json') return reportJson(entry, result, shown, flags, command, io);
  if (shown.length > 0) io.err(formatDiagnostics(shown, flags.format));
  if (result.refused) {
    io.err(`${entry.input}: nothing written${flags.strict || entry.strict ? ' (--strict refuses on warnings)' : ''}`);
    return;
  }
  const check = result.check;
  if (check !== null && flags.dryRun) io.out(dryRunLine(entry.output, result, check));
  else if (check !== null && check.status !== 'up-to-date') io.out(formatCheck(check, checkContext(entry, flags, command)));
  else if (check !== null && !flags.quiet) io.out(`${entry.output}: up to date`);
  else if (!flags.quiet && result.written !== null) {
    const w = result.written;
    io.out(`${entry.output}: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed`);
  }
  const leftovers = check === null || flags.quiet ? null : leftoverWarning(check, checkContext(entry, flags, command));
  if (leftovers !== null) io.err(leftovers);
  // Said even with --quiet: the user's own work is gone from the folder (version control still has it).
  const lost = result.written?.overwritten ?? [];
  if (lost.length > 0) {
    io.err(`${entry.output}: warning: ${lost.join(', ')} had been edited by hand since specwright wrote ${lost.length === 1 ? 'it' : 'them'}; the edits are overwritten (\`specwright check\` catches this before it happens)`);
  }
}

/** Several specs: the exit code of the cause that ranks first (refusals above all, then CHECK_STATUSES' order). */
export function worse(code: number, result: GenerateResult, dryRun: boolean): number {
  if (result.refused || code === EXIT.refused) return EXIT.refused;
  if (result.check === null || dryRun) return code;
  const rank = (c: number) => CHECK_STATUSES.findIndex((s) => CHECK_EXIT[s] === c);
  const mine = CHECK_EXIT[result.check.status];
  return rank(mine) < rank(code) ? mine : code;
}

// The one line `--watch` prints per run: what each spec's run did, in the words the CLI uses.

import type { GenerateResult } from '../generate';

export interface WatchedOutcome {
  /** The spec and output folder as the command or config named them. */
  readonly input: string;
  readonly output: string;
  readonly result: GenerateResult;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 written, 4 unchanged, 1 removed, 3 warnings` (zero removals and warnings left out). */
function counts(results: readonly GenerateResult[]): string {
  const sum = (pick: (r: GenerateResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  const removed = sum((r) => r.written?.removed.length ?? 0);
  const warnings = sum((r) => r.diagnostics.filter((d) => d.severity === 'warning').length);
  return [
    `${sum((r) => r.written?.written.length ?? 0)} written`,
    `${sum((r) => r.written?.unchanged.length ?? 0)} unchanged`,
    ...(removed > 0 ? [`${removed} removed`] : []),
    ...(warnings > 0 ? [plural(warnings, 'warning')] : []),
  ].join(', ');
}

/** `spec/x.yaml: 2 errors, nothing written` */
function refusal(outcome: WatchedOutcome): string {
  const errors = outcome.result.diagnostics.filter((d) => d.severity === 'error').length;
  const why = errors > 0 ? plural(errors, 'error') : `${plural(outcome.result.diagnostics.length, 'warning')} under --strict`;
  return `${outcome.input}: ${why}, nothing written`;
}

/**
 * One spec: `spec/x.yaml → generated/x: 2 written, 4 unchanged`; several: `3 specs: 5 written,
 * 9 unchanged`, then each refusal. `failed` covers a run that stopped before any spec (a bad config).
 */
export function watchSummary(outcomes: readonly WatchedOutcome[], failed: boolean): string {
  const refused = outcomes.filter((o) => o.result.refused);
  const generated = outcomes.filter((o) => !o.result.refused);
  if (outcomes.length === 0) return failed ? 'failed, nothing generated: see the errors above' : 'no spec to generate';
  if (outcomes.length === 1 && generated.length === 1) return `${outcomes[0]!.input} → ${outcomes[0]!.output}: ${counts([outcomes[0]!.result])}`;
  if (outcomes.length === 1) return refusal(outcomes[0]!);
  const head = `${plural(outcomes.length, 'spec')}: ${counts(generated.map((o) => o.result))}`;
  return [head, ...refused.map(refusal)].join('; ');
}

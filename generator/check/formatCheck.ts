// The check's report for people (one cause per paragraph, the API changes as a table) and for
// machines (the same facts as JSON). Names in it are our identifiers; spec text (parameter names,
// error codes) is JSON-quoted, so no control character reaches a terminal.

import { posix, sep } from 'node:path';
import { printable } from '../formatDiagnostics';
import { driftDiff } from '../write/checkFiles';
import type { ApiChange } from './apiDiff';
import type { CheckReport, CheckStatus, ReferenceChange } from './checkOutput';

/** What a check found, for the exit code: each cause has its own. */
export const CHECK_EXIT: Readonly<Record<CheckStatus, number>> = {
  'up-to-date': 0,
  'spec-changed': 3,
  'generator-changed': 4,
  edited: 5,
  files: 6,
};

export interface CheckContext {
  /** As the user named them: `spec/petstore.yaml`, `generated/petstore`. */
  readonly input: string;
  readonly output: string;
  /** The command that regenerates. */
  readonly command: string;
  /** Print every file's diff, not only those of edited files. */
  readonly diffs: boolean;
}

const short = (sha: string): string => `${sha.replace(/^sha256-/, '').slice(0, 12)}…`;

function summary(changes: readonly ApiChange[]): string {
  const breaking = changes.filter((c) => c.breaking).length;
  return `${breaking} breaking, ${changes.length - breaking} compatible`;
}

/** One aligned row per change: BREAKING first, then by export name, keeping the diff's order otherwise. */
export function formatApiChanges(changes: readonly ApiChange[]): string[] {
  if (changes.length === 0) return ['API changes for callers: none (documentation or internals only)'];
  const sorted = [...changes].sort((a, b) => Number(b.breaking) - Number(a.breaking));
  const width = Math.min(40, Math.max(...sorted.map((c) => c.subject.length)));
  return [
    `API changes for callers: ${summary(changes)}`,
    ...sorted.map((c) => `  ${(c.breaking ? 'BREAKING' : 'compatible').padEnd(10)}  ${c.subject.padEnd(width)}  ${c.detail}`),
  ];
}

/** A referenced file as the user would find it: from the working folder, as the spec is named (a URL as it is). */
function referenceLine(ref: ReferenceChange, input: string): string {
  const shown = /^[a-z][a-z0-9+.-]*:/i.test(ref.path) ? ref.path : posix.join(posix.dirname(input), ref.path);
  const path = printable(shown);
  if (ref.change === 'added') return `${input} refers to ${path} now.`;
  if (ref.change === 'removed') return `${input} no longer refers to ${path}.`;
  return `${path}, which ${input} refers to, changed since the last generation.`;
}

/** The generator's change: its version, or (the version unchanged over many commits) its build. */
function generatorLine(report: CheckReport): string | null {
  if (report.version !== null) return `the generator changed: it was made by specwright ${report.version.from}; this is specwright ${report.version.to}.`;
  if (report.build !== null && report.build.from === '') return `the generator changed: it was made by a specwright from before the manifest recorded the build (this is build ${short(report.build.to)}).`;
  if (report.build !== null) return `the generator changed: it was made by another build of specwright (build ${short(report.build.from)} → ${short(report.build.to)}).`;
  if (report.unexplained) {
    return 'the output differs though the spec, the files it refers to, the options and the generator build are those recorded: a package specwright uses (ts-morph, oxc-transform) may be of another version than the one that made it.';
  }
  return null;
}

function causes(report: CheckReport, ctx: CheckContext): string[] {
  const lines: string[] = [];
  for (const path of report.edited) {
    lines.push(`${path} was edited by hand: it no longer has the hash specwright recorded when it wrote it; regenerating would overwrite the edit.`);
  }
  if (report.spec !== null) lines.push(`${ctx.input} changed since the last generation (sha256 ${short(report.spec.from)} → ${short(report.spec.to)}).`);
  lines.push(...report.references.map((ref) => referenceLine(ref, ctx.input)));
  const generator = generatorLine(report);
  if (generator !== null) lines.push(generator);
  if (report.optionsChanged) lines.push('the options changed since the last generation (flags, config entry or templates).');
  if (report.missing.length > 0) lines.push(`missing: ${report.missing.join(', ')}.`);
  if (report.extra.length > 0) lines.push(`no longer generated but still there: ${report.extra.join(', ')}.`);
  return lines;
}

export function formatCheck(report: CheckReport, ctx: CheckContext): string {
  if (report.status === 'up-to-date') return `${ctx.output}: up to date`;
  const changed = report.drift.filter((d) => d.kind === 'changed').map((d) => d.path);
  const lines = [`${ctx.output}: out of date`, ...causes(report, ctx).map((c) => `  ${c}`)];
  if (changed.length > 0) lines.push(`  changed: ${changed.join(', ')}.`);
  if (report.api !== null) lines.push(...formatApiChanges(report.api));
  for (const d of report.drift) {
    if (ctx.diffs || report.edited.includes(d.path)) lines.push(driftDiff(d).trimEnd());
  }
  lines.push(`Run \`${ctx.command}\` to update it${report.status === 'edited' ? ' (after moving your edits elsewhere)' : ''}.`);
  return lines.join('\n');
}

const LEFTOVER_KINDS = { stage: 'an unfinished new output', backup: 'the previous output, moved aside', temp: 'an unfinished file', lock: 'its lock' } as const;

/**
 * The warning that stopped runs left files beside or in the output: half-written TypeScript that a
 * build or `git add -A` could pick up. Null when there are none. They do not make the output out of
 * date, so they change no exit code.
 */
export function leftoverWarning(report: CheckReport, ctx: CheckContext): string | null {
  if (report.leftovers.length === 0) return null;
  const parent = posix.dirname(ctx.output.split(sep).join('/'));
  const named = report.leftovers.map((l) => `${posix.join(parent, l.path)} (${LEFTOVER_KINDS[l.kind]})`);
  return `${ctx.output}: warning: a specwright run that was stopped left ${named.join(', ')}; the next \`specwright generate\` removes ${named.length === 1 ? 'it' : 'them'}`;
}

/** The same facts for machines: no diffs unless asked, every change with its kind. */
export function checkJson(report: CheckReport, ctx: CheckContext): object {
  return {
    status: report.status,
    exitCode: CHECK_EXIT[report.status],
    edited: report.edited,
    missing: report.missing,
    extra: report.extra,
    changed: report.drift.filter((d) => d.kind === 'changed').map((d) => d.path),
    spec: report.spec,
    referencesChanged: report.referencesChanged,
    references: report.references,
    version: report.version,
    build: report.build,
    unexplained: report.unexplained,
    optionsChanged: report.optionsChanged,
    api: report.api === null ? null : { breaking: report.api.filter((c) => c.breaking).length, changes: report.api },
    leftovers: report.leftovers,
    ...(ctx.diffs ? { diffs: Object.fromEntries(report.drift.map((d) => [d.path, driftDiff(d)])) } : {}),
  };
}

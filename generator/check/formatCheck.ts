// The check's report for people (one cause per paragraph, the API changes as a table) and for
// machines (the same facts as JSON). Names in it are our identifiers; spec text (parameter names,
// error codes) is JSON-quoted, so no control character reaches a terminal.

import { posix, sep } from 'node:path';
import { printable } from '../formatDiagnostics';
import { driftDiff } from '../write/checkFiles';
import type { ApiChange } from './apiDiff';
import type { CheckReport, CheckStatus, ReferenceChange } from './checkOutput';
import { optionLines } from './formatOptions';

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
  /** Run with --input/--output (options are flags), not from a config. */
  readonly viaFlags: boolean;
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

/** How it was run, besides its options: the spec moved, the regenerate command otherwise; or some option the manifest does not name. */
function runLines(report: CheckReport): string[] {
  const lines: string[] = [];
  const path = report.specPath;
  if (path !== null) lines.push(`the spec is ${printable(path.to)} now; it was generated from ${printable(path.from)}${report.spec === null ? ' (the same content)' : ''}.`);
  if (report.command !== null) lines.push(`the command that regenerates it differs: \`${printable(report.command.from)}\` when generated, \`${printable(report.command.to)}\` now.`);
  const named = report.options.length > 0 || path !== null || report.command !== null;
  if (report.optionsChanged && !named) lines.push('the options changed since the last generation (flags, config entry or templates).');
  return lines;
}

/** Only this run's options differ from the generation's: the output is as that generation made it. */
function onlyOptions(report: CheckReport): boolean {
  const others = report.spec !== null || report.references.length > 0 || report.version !== null || report.build !== null || report.unexplained;
  return report.options.length > 0 && !others && report.specPath === null && report.command === null && report.edited.length === 0;
}

/**
 * The command that updates the folder: this run's, or the one it was generated with when this run's
 * options differ (run with these, it would change them too) or when it runs from another folder.
 */
function runLine(report: CheckReport, ctx: CheckContext): string {
  const after = report.status === 'edited' ? ' (after moving your edits elsewhere)' : '';
  const recorded = report.regenerate;
  if (recorded === null) return `Run \`${ctx.command}\` to update it${after}.`;
  // From the manifest, which anyone can edit: shown as text, never as terminal controls.
  const [command, where] = [printable(recorded.command), recorded.folder === '' ? '' : ` in ${printable(recorded.folder)}`];
  if (report.options.length === 0) return `Run \`${command}\`${where} to update it${after}.`;
  if (ctx.viaFlags && onlyOptions(report)) {
    const check = command.replace(/^npx specwright generate\b/, 'npx specwright check');
    return `It was generated with \`${command}\`${where}: check it with the same options (\`${check}\`), or run \`${ctx.command}\` to regenerate it with the options given now.`;
  }
  return `Run \`${command}\`${where} to update it with the options it was generated with${after}.`;
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
  lines.push(...runLines(report));
  if (report.options.length > 0) lines.push('the options differ from those it was generated with:', ...optionLines(report.options, ctx.viaFlags).map((l) => `  ${l}`));
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
  lines.push(runLine(report, ctx));
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
    options: report.options,
    specPath: report.specPath,
    command: report.command,
    regenerate: report.regenerate,
    api: report.api === null ? null : { breaking: report.api.filter((c) => c.breaking).length, changes: report.api },
    leftovers: report.leftovers,
    ...(ctx.diffs ? { diffs: Object.fromEntries(report.drift.map((d) => [d.path, driftDiff(d)])) } : {}),
  };
}

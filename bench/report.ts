// The bench's Markdown report: one table row per input and tool, then the targets.

import { summary, type InputResult, type TargetCheck, type ToolResult } from './results';

const s = (n: number) => `${n.toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function status(t: ToolResult): string {
  if (t.runs.length === 0) return 'does not read this spec version';
  const failed = t.runs.find((r) => !r.ok);
  if (failed !== undefined) return failed.timedOut ? `timed out (${s(failed.wallSeconds)})` : `failed: ${failed.error?.split('\n')[0] ?? ''}`;
  return '';
}

function compileCell(compile: ToolResult['compile']): string {
  if (compile === null) return '–';
  if (compile.timedOut) return 'timed out';
  return `${s(compile.seconds)} ${compile.errors === 0 ? '✓' : `✗ ${compile.errors} errors`}`;
}

function rows(r: InputResult): string[] {
  const floor = summary(r.floor);
  const lines = r.tools.map((t) => {
    const m = summary(t.runs);
    const cells = m === null ? [status(t), '', '', ''] : [s(m.wall), s(m.cpu), `${m.rss.toFixed(0)} MB`, t.outputBytes === null ? '' : mb(t.outputBytes)];
    return `| ${r.input.id} | ${t.tool} | ${cells.join(' | ')} | ${compileCell(t.compile)} | ${compileCell(t.libraryBuild)} |`;
  });
  if (floor !== null) lines.push(`| ${r.input.id} | *floor: read, parse, write* | ${s(floor.wall)} | ${s(floor.cpu)} | ${floor.rss.toFixed(0)} MB | | | |`);
  return lines;
}

const SCENARIO_LABELS = { 'up-to-date': 'up to date', 'docs-changed': 'after a documentation-only spec update', 'type-changed': 'after a spec update that changes a type' } as const;

/** One row per input: `specwright check` per scenario, as wall time and peak RSS. */
function checkRows(results: readonly InputResult[]): string[] {
  const scenarios = Object.keys(SCENARIO_LABELS) as (keyof typeof SCENARIO_LABELS)[];
  const cell = (r: InputResult, id: keyof typeof SCENARIO_LABELS) => {
    const found = r.checks.find((c) => c.scenario === id);
    if (found === undefined) return '–';
    const m = summary(found.runs);
    return m === null ? `failed: ${found.runs.find((x) => !x.ok)?.error?.split('\n')[0] ?? ''}` : `${s(m.wall)}, ${m.rss.toFixed(0)} MB`;
  };
  const measured = results.filter((r) => r.checks.length > 0);
  if (measured.length === 0) return [];
  return [
    '## `specwright check` on its own output (wall, peak RSS)',
    '',
    `| input | ${scenarios.map((id) => SCENARIO_LABELS[id]).join(' | ')} |`,
    `| --- |${scenarios.map(() => ' ---: |').join('')}`,
    ...measured.map((r) => `| ${r.input.id} | ${scenarios.map((id) => cell(r, id)).join(' | ')} |`),
    '',
  ];
}

export function markdownReport(results: readonly InputResult[], targets: readonly TargetCheck[], context: { date: string; runs: number; machine: string }): string {
  const inputs = results.map((r) => `| ${r.input.id} | ${r.input.source} | ${r.input.operations} | ${mb(r.input.bytes)} |`);
  const verdict = (t: TargetCheck) => (t.met === null ? 'n/a' : t.met ? 'met' : '**missed**');
  return [
    '# specwright bench',
    '',
    `${context.date}, ${context.machine}. Whole-process medians of ${context.runs} runs per tool, the tools run in turn on each spec.`,
    `Compile: median of ${context.runs} runs of \`tsc --noEmit\` over the output, the tools in turn, with the same strict options for every tool (bench/tools.ts).`,
    'Library build: the same with `--declaration --emitDeclarationOnly`, as a library that vendors the output builds it.',
    '',
    '| input | source | operations | size |',
    '| --- | --- | ---: | ---: |',
    ...inputs,
    '',
    '| input | tool | wall | CPU | peak RSS | output | compile | library build |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...results.flatMap(rows),
    '',
    ...checkRows(results),
    '## Targets (issue 8)',
    '',
    '| target | result | detail |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | ${verdict(t)} | ${t.detail} |`),
    '',
  ].join('\n');
}

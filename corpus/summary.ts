// Turns per-spec results into the figures the README reports and a table for people.

import type { Outcome, SpecResult } from './runSpec';

export interface Summary {
  readonly specs: number;
  readonly outcomes: Readonly<Record<Outcome, number>>;
  /** Generated (with or without warnings), out of all specs. */
  readonly generatedShare: number;
  readonly compiled: number;
  readonly compileFailed: number;
  readonly operations: number;
  readonly generateSeconds: number;
  readonly slowest: readonly { id: string; operations: number; seconds: number }[];
  readonly diagnosticCodes: readonly [string, number][];
}

const OUTCOMES: readonly Outcome[] = ['generated', 'warnings', 'refused', 'crashed', 'timeout', 'oom'];

export function isGenerated(r: SpecResult): boolean {
  return r.outcome === 'generated' || r.outcome === 'warnings';
}

/** A result that is a bug in specwright: a crash, a hang, memory exhausted, or output that does not compile. */
export function isFailure(r: SpecResult): boolean {
  return r.outcome === 'crashed' || r.outcome === 'timeout' || r.outcome === 'oom' || (r.compile !== null && r.compile.errors > 0);
}

export function summarise(results: readonly SpecResult[]): Summary {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, results.filter((r) => r.outcome === o).length])) as Record<Outcome, number>;
  const generated = results.filter(isGenerated);
  const codes = new Map<string, number>();
  for (const r of results) for (const [code, n] of Object.entries(r.codes)) codes.set(code, (codes.get(code) ?? 0) + n);
  return {
    specs: results.length,
    outcomes,
    generatedShare: results.length === 0 ? 0 : generated.length / results.length,
    compiled: generated.filter((r) => r.compile !== null && r.compile.errors === 0).length,
    compileFailed: generated.filter((r) => r.compile !== null && r.compile.errors > 0).length,
    operations: results.reduce((n, r) => n + r.operations, 0),
    generateSeconds: results.reduce((n, r) => n + r.generateMs, 0) / 1000,
    slowest: [...results]
      .sort((a, b) => b.generateMs - a.generateMs)
      .slice(0, 5)
      .map((r) => ({ id: r.id, operations: r.operations, seconds: r.generateMs / 1000 })),
    diagnosticCodes: [...codes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10),
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

export function summaryTable(s: Summary): string {
  const generated = s.outcomes.generated + s.outcomes.warnings;
  const rows: [string, number, string][] = [
    ['generated, no warnings', s.outcomes.generated, percent(s.outcomes.generated, s.specs)],
    ['generated with warnings', s.outcomes.warnings, percent(s.outcomes.warnings, s.specs)],
    ['refused with a diagnostic', s.outcomes.refused, percent(s.outcomes.refused, s.specs)],
    ['crashed', s.outcomes.crashed, percent(s.outcomes.crashed, s.specs)],
    ['timed out', s.outcomes.timeout, percent(s.outcomes.timeout, s.specs)],
    ['out of memory', s.outcomes.oom, percent(s.outcomes.oom, s.specs)],
    ['compiled under strict', s.compiled, `${percent(s.compiled, generated)} of generated`],
    ['did not compile', s.compileFailed, `${percent(s.compileFailed, generated)} of generated`],
  ];
  const lines = ['| outcome | specs | share |', '| --- | ---: | ---: |', ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`)];
  lines.push(`| **total** | **${s.specs}** | ${s.operations} operations, ${s.generateSeconds.toFixed(0)} s generating |`);
  return lines.join('\n');
}

// What one bench run found, per input and tool, and the targets of issue 8 checked against it.

import type { CheckResult } from './checkScenarios';
import type { BenchInput } from './inputs';
import type { Measurement } from './measure';
import { isSpecwright, SPECWRIGHT_JS } from './tools';

export interface ToolResult {
  readonly tool: string;
  /** Every run, in order; empty when the tool does not read this spec version. */
  readonly runs: readonly Measurement[];
  readonly outputBytes: number | null;
  /** `tsc --noEmit` over the output; null when it generated nothing. */
  readonly compile: { readonly seconds: number; readonly errors: number; readonly timedOut: boolean } | null;
  /** `tsc` writing the output's declaration files, as a library that vendors it builds; null when it generated nothing. */
  readonly libraryBuild: ToolResult['compile'];
}

export interface InputResult {
  readonly input: Omit<BenchInput, 'file'>;
  readonly tools: readonly ToolResult[];
  readonly floor: readonly Measurement[];
  /** `specwright check` on specwright's output, per scenario; empty when specwright failed. */
  readonly checks: readonly CheckResult[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians over the runs that succeeded; null when none did. */
export function summary(runs: readonly Measurement[]): { wall: number; cpu: number; rss: number } | null {
  const ok = runs.filter((r) => r.ok);
  if (ok.length === 0 || ok.length < runs.length) return null;
  return { wall: median(ok.map((r) => r.wallSeconds)), cpu: median(ok.map((r) => r.cpuSeconds)), rss: median(ok.map((r) => r.maxRssMb)) };
}

export const compiles = (t: ToolResult) => t.compile !== null && t.compile.errors === 0 && !t.compile.timedOut;

/** The fastest peer (not specwright) whose output compiles, by median wall time. */
export function fastestCompilingPeer(result: InputResult): { tool: ToolResult; wall: number } | null {
  const peers = result.tools
    .filter((t) => !isSpecwright(t.tool) && compiles(t))
    .map((tool) => ({ tool, wall: summary(tool.runs)?.wall ?? NaN }))
    .filter((p) => Number.isFinite(p.wall));
  return peers.sort((a, b) => a.wall - b.wall)[0] ?? null;
}

export interface TargetCheck {
  readonly target: string;
  readonly met: boolean | null;
  readonly detail: string;
}

const ours = (r: InputResult) => r.tools.find((t) => t.tool === 'specwright')!;
const fmt = (n: number) => n.toFixed(2);

function peerTargets(results: readonly InputResult[]): TargetCheck[] {
  return results.map((r) => {
    const me = summary(ours(r).runs);
    const peer = fastestCompilingPeer(r);
    const limit = r.input.operations >= 1000 ? 0.5 : 1;
    if (me === null) return { target: `${r.input.id}: faster than the fastest compiling peer`, met: false, detail: 'specwright failed' };
    if (peer === null) return { target: `${r.input.id}: faster than the fastest compiling peer`, met: null, detail: 'no peer produced compiling output' };
    const ratio = me.wall / peer.wall;
    return {
      target: `${r.input.id}: at most ${limit === 1 ? '1×' : '½×'} the fastest compiling peer`,
      met: ratio <= limit,
      detail: `${fmt(me.wall)} s vs ${peer.tool.tool} ${fmt(peer.wall)} s (${fmt(ratio)}×)`,
    };
  });
}

/** Per doubling of the synthetic series, how much more generating costs, and compiling the output. */
function growthTargets(results: readonly InputResult[]): TargetCheck[] {
  const series = results.filter((r) => r.input.synthetic).sort((a, b) => a.input.operations - b.input.operations);
  const check = (target: string, before: number | undefined, after: number | undefined): TargetCheck => {
    const ratio = before === undefined || after === undefined ? NaN : after / before;
    return { target, met: Number.isFinite(ratio) ? ratio <= 2.2 : false, detail: `${fmt(ratio)}×` };
  };
  const pairs = series.slice(1).map((r, i) => [series[i]!, r] as const);
  return [
    ...pairs.map(([a, b]) => check(`${a.input.operations} → ${b.input.operations} operations costs ≤ 2.2×`, summary(ours(a).runs)?.wall, summary(ours(b).runs)?.wall)),
    // Not a target of the issue: a guard against output whose type-check is quadratic in its operations.
    ...pairs.map(([a, b]) => check(`${a.input.operations} → ${b.input.operations} operations: the output type-checks in ≤ 2.2×`, ours(a).compile?.seconds, ours(b).compile?.seconds)),
    ...pairs.map(([a, b]) => check(`${a.input.operations} → ${b.input.operations} operations: a library build of the output takes ≤ 2.2×`, ours(a).libraryBuild?.seconds, ours(b).libraryBuild?.seconds)),
  ];
}

export function checkTargets(results: readonly InputResult[]): TargetCheck[] {
  const byId = (id: string) => results.find((r) => r.input.id === id);
  const checks = [...peerTargets(results.filter((r) => !r.input.synthetic)), ...growthTargets(results)];
  const github = byId('github');
  if (github !== undefined) {
    const me = summary(ours(github).runs);
    const floor = summary(github.floor);
    const ratio = me === null || floor === null ? NaN : me.wall / floor.wall;
    checks.push({ target: 'github: within 3× the read-parse-write floor', met: Number.isFinite(ratio) ? ratio <= 3 : false, detail: `${fmt(ratio)}× (floor ${fmt(floor?.wall ?? NaN)} s)` });
  }
  const graph = byId('graph');
  // Both forms: the README tells users of the largest specs to vendor --js.
  for (const tool of graph?.tools.filter((t) => isSpecwright(t.tool)) ?? []) {
    const me = summary(tool.runs);
    const target = `graph: peak RSS${tool.tool === SPECWRIGHT_JS ? ' with --js' : ''} ≤ 1 GB`;
    checks.push({ target, met: me === null ? false : me.rss <= 1024, detail: `${me === null ? 'failed' : `${me.rss.toFixed(0)} MB`}` });
  }
  for (const r of results.filter((x) => !x.input.synthetic)) {
    const peer = fastestCompilingPeer(r);
    // Both forms of the output: TypeScript sources, and JavaScript with declarations (--js).
    for (const tool of r.tools.filter((t) => isSpecwright(t.tool))) {
      const mine = tool.compile;
      if (mine === null || peer === null || peer.tool.compile === null) continue;
      checks.push({
        target: `${r.input.id}: output${tool.tool === SPECWRIGHT_JS ? ' with --js' : ''} type-checks no slower than ${peer.tool.tool}'s`,
        met: compiles(tool) && mine.seconds <= peer.tool.compile.seconds,
        detail: `${fmt(mine.seconds)} s vs ${fmt(peer.tool.compile.seconds)} s${compiles(tool) ? '' : `, ${mine.errors} errors`}`,
      });
    }
  }
  return checks;
}

// The bench's verdicts: medians, the fastest peer whose output compiles, and the targets of issue 8.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { svgChart } from '../../bench/chart';
import { CHECK_SCENARIOS, measureChecks, type CheckResult } from '../../bench/checkScenarios';
import { SPECWRIGHT_CLI } from '../../bench/tools';
import { tmpdir } from 'node:os';
import { failureReason, measure, requireGnuTime, type Measurement } from '../../bench/measure';
import { markdownReport } from '../../bench/report';
import { checkTargets, fastestCompilingPeer, median, type InputResult, type ToolResult } from '../../bench/results';

const run = (wallSeconds: number, maxRssMb = 100, ok = true): Measurement => ({ wallSeconds, cpuSeconds: wallSeconds, maxRssMb, ok, timedOut: !ok, error: ok ? null : 'timed out', stdout: '' });
const tool = (name: string, walls: number[], compile: ToolResult['compile'] = { seconds: 1, errors: 0, timedOut: false }, rss = 100, libraryBuild = compile): ToolResult => ({
  tool: name,
  runs: walls.map((w) => run(w, rss)),
  outputBytes: 1000,
  compile,
  libraryBuild,
});
const input = (id: string, operations: number, tools: ToolResult[], floor = [0.5, 0.5, 0.5], synthetic = false, checks: CheckResult[] = []): InputResult => ({
  input: { id, source: 'test', operations, bytes: 1e6, synthetic, swagger2: false },
  tools,
  floor: floor.map((w) => run(w)),
  checks,
});

it('takes the median of odd and even counts', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
});

it('compares with the fastest peer whose output compiles, not the fastest peer', () => {
  const result = input('github', 1200, [
    tool('specwright', [2, 2, 2]),
    tool('fast-but-broken', [1, 1, 1], { seconds: 1, errors: 3, timedOut: false }),
    tool('slow', [10, 11, 9]),
  ]);
  expect(fastestCompilingPeer(result)?.tool.tool).toBe('slow');
  const [peer] = checkTargets([result]);
  expect(peer).toMatchObject({ met: true, target: 'github: at most ½× the fastest compiling peer' });
});

it('misses the peer target when specwright is over half the peer on a spec of 1,000 operations or more', () => {
  const [peer] = checkTargets([input('autotask', 3000, [tool('specwright', [6]), tool('peer', [10])])]);
  expect(peer?.met).toBe(false);
});

it('checks growth, the floor on GitHub and memory on Graph', () => {
  const results = [
    input('github', 1200, [tool('specwright', [1.4])], [0.5]),
    input('graph', 11000, [tool('specwright', [10], undefined, 1500), tool('specwright --js', [12], undefined, 900)]),
    input('synthetic-1000', 1000, [tool('specwright', [1], { seconds: 4, errors: 0, timedOut: false }, 100, { seconds: 5, errors: 0, timedOut: false })], [0.1], true),
    input('synthetic-2000', 2000, [tool('specwright', [2.5], { seconds: 8, errors: 0, timedOut: false }, 100, { seconds: 20, errors: 0, timedOut: false })], [0.1], true),
  ];
  const checks = Object.fromEntries(checkTargets(results).map((c) => [c.target, c.met]));
  expect(checks['github: within 3× the read-parse-write floor']).toBe(true);
  expect(checks['graph: peak RSS ≤ 1 GB']).toBe(false);
  expect(checks['graph: peak RSS with --js ≤ 1 GB']).toBe(true);
  expect(checks['1000 → 2000 operations costs ≤ 2.2×']).toBe(false);
  expect(checks['1000 → 2000 operations: the output type-checks in ≤ 2.2×']).toBe(true);
  expect(checks['1000 → 2000 operations: a library build of the output takes ≤ 2.2×']).toBe(false);
});

it('checks the type-check of both forms of output against the peer, and never takes --js for a peer', () => {
  const compiled = (seconds: number): ToolResult['compile'] => ({ seconds, errors: 0, timedOut: false });
  const result = input('github', 1200, [tool('specwright', [2], compiled(6)), tool('specwright --js', [1], compiled(2)), tool('peer', [10], compiled(3))]);
  expect(fastestCompilingPeer(result)?.tool.tool).toBe('peer');
  const checks = Object.fromEntries(checkTargets([result]).map((c) => [c.target, c]));
  expect(checks["github: output type-checks no slower than peer's"]).toMatchObject({ met: false, detail: '6.00 s vs 3.00 s' });
  expect(checks["github: output with --js type-checks no slower than peer's"]).toMatchObject({ met: true, detail: '2.00 s vs 3.00 s' });
});

it('reports a tool that timed out instead of a median, and draws every series', () => {
  const timedOut: ToolResult = { tool: 'peer', runs: [run(180, 100, false)], outputBytes: null, compile: null, libraryBuild: null };
  const results = [input('graph', 11000, [tool('specwright', [10], undefined, 100, { seconds: 3, errors: 2, timedOut: false }), timedOut])];
  const report = markdownReport(results, checkTargets(results), { date: '2026-01-01', runs: 3, machine: 'test' });
  expect(report).toContain('| graph | peer | timed out (180.00 s) |');
  expect(report).toContain('| graph | specwright | 10.00 s | 10.00 s | 100 MB | 0.0 MB | 1.00 s ✓ | 3.00 s ✗ 2 errors |');
  const svg = svgChart(results);
  expect(svg).toMatch(/^<svg [^>]+>/);
  expect(svg).toContain('>specwright</text>');
  expect(svg).toContain('>floor</text>');
  expect(svgChart(results)).toBe(svg);
});

it('stops a timed-out command and the processes it started', async () => {
  // The shell starts a child that would outlive it and keep stdout open for a minute.
  requireGnuTime();
  const started = Date.now();
  const m = await measure(['sh', '-c', 'sleep 60 & sleep 60'], { cwd: tmpdir(), timeoutSeconds: 1 });
  expect(m).toMatchObject({ ok: false, timedOut: true });
  expect(Date.now() - started).toBeLessThan(30_000);
});

describe('failureReason', () => {
  it("names the wrapped error, not the fields printed after it (hey-api's output on 2,000 operations)", () => {
    const output = 'Unexpected error: JobError\n  originalError: {\n    error: RangeError: Maximum call stack size exceeded\n        at walk (x.js:1:2)\n    jobIndex: 0\n  }\n}';
    expect(failureReason(output, 1)).toBe('error: RangeError: Maximum call stack size exceeded');
  });

  it('falls back to the last line, then to the exit code', () => {
    expect(failureReason('warming up\nout of disk\n', 1)).toBe('out of disk');
    expect(failureReason('', 137)).toBe('exit code 137');
  });
});

it('reports check per scenario, and a failed one as failed', () => {
  const checks: CheckResult[] = [
    { scenario: 'up-to-date', runs: [run(1.5, 200), run(1.25, 210), run(1.75, 220)] },
    { scenario: 'type-changed', runs: [run(9, 700, false)] },
  ];
  const report = markdownReport([input('graph', 11000, [tool('specwright', [6])], [1], false, checks)], [], { date: 'd', runs: 3, machine: 'm' });
  expect(report).toContain('| input | up to date | after a documentation-only spec update | after a spec update that changes a type |');
  expect(report).toContain('| graph | 1.50 s, 210 MB | – | failed: timed out |');
});

it('counts an expected non-zero exit as a run that worked', async () => {
  requireGnuTime();
  const exits3 = [process.execPath, '-e', 'process.exit(3)'];
  expect((await measure(exits3, { cwd: tmpdir(), timeoutSeconds: 30 })).ok).toBe(false);
  expect((await measure(exits3, { cwd: tmpdir(), timeoutSeconds: 30, okExitCodes: [3] })).ok).toBe(true);
});

it('edits the first schema with properties, in either spec version, and nothing else', () => {
  const typeChanged = CHECK_SCENARIOS.find((c) => c.id === 'type-changed')!;
  const v3 = { components: { schemas: { B: { properties: { b: {} } }, A: { type: 'string' }, C: { properties: {} } } } };
  expect(typeChanged.edit(v3)).toBe(true);
  expect(Object.keys(v3.components.schemas.B.properties)).toEqual(['b', 'benchAdded']);
  expect(v3.components.schemas.C.properties).toEqual({});
  const v2 = { definitions: { Pet: { properties: {} } } };
  expect(typeChanged.edit(v2)).toBe(true);
  expect(typeChanged.edit({ paths: {} })).toBe(false);
});

it('measures check on a real client: up to date, then each spec update exits 3', async () => {
  requireGnuTime();
  const dir = mkdtempSync(join(tmpdir(), 'specwright-bench-check-'));
  try {
    const spec = join(dir, 'petstore.json');
    writeFileSync(spec, JSON.stringify(parse(readFileSync(join(__dirname, '../../spec/petstore-v3.yaml'), 'utf8'))));
    const found = await measureChecks(SPECWRIGHT_CLI, spec, dir, 1, 120);
    expect(found.map((c) => [c.scenario, c.runs.map((m) => m.ok)])).toEqual([
      ['up-to-date', [true]],
      ['docs-changed', [true]],
      ['type-changed', [true]],
    ]);
    expect(found.find((c) => c.scenario === 'type-changed')!.runs[0]!.stdout).toContain('property "benchAdded" added');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// `npm run bench`: specwright against its peers on large real specs and a doubling synthetic series,
// each a whole process, the tools taking turns so that a noisy machine slows them alike. Writes
// bench/results/{results.md,results.json,chart.svg} and exits 1 when a target of issue 8 is missed.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yargs from 'yargs';
import { svgChart } from './chart';
import { measureChecks } from './checkScenarios';
import { benchInputs, type BenchInput } from './inputs';
import { measure, requireGnuTime, type Measurement } from './measure';
import { markdownReport } from './report';
import { checkTargets, median, type InputResult, type ToolResult } from './results';
import { benchTools, COMPILE_OPTIONS, isSpecwright, LIBRARY_BUILD_OPTIONS, SPECWRIGHT_CLI, type Tool } from './tools';

const PEERS_DIR = resolve(__dirname, 'peers');
const RESULTS_DIR = resolve(__dirname, 'results');

/** The peers are not dependencies of specwright: install them from their own lockfile on first use. */
function ensurePeers(): void {
  if (existsSync(join(PEERS_DIR, 'node_modules'))) return;
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEERS_DIR, stdio: 'inherit' });
  if (npm.status !== 0) throw new Error(`npm ci in ${PEERS_DIR} failed`);
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

type Compile = NonNullable<ToolResult['compile']>;

/**
 * One `tsc` over a tool's output, with the same strict options for every tool: `--noEmit`, or a
 * library build when `declarationsTo` names the folder its declaration files go to (outside the
 * output, so the next run does not compile them too).
 */
async function compileOnce(out: string, timeoutSeconds: number, declarationsTo?: string): Promise<Compile> {
  const compilerOptions = declarationsTo === undefined ? COMPILE_OPTIONS : { ...LIBRARY_BUILD_OPTIONS, outDir: declarationsTo };
  writeFileSync(join(out, 'tsconfig.bench.json'), JSON.stringify({ compilerOptions, include: ['**/*.ts'] }));
  const tsc = join(PEERS_DIR, 'node_modules/typescript/bin/tsc');
  const run = await measure([process.execPath, '--max-old-space-size=8192', tsc, '-p', 'tsconfig.bench.json', '--pretty', 'false'], { cwd: out, timeoutSeconds });
  if (declarationsTo !== undefined) rmSync(declarationsTo, { recursive: true, force: true });
  const errors = run.stdout.split('\n').filter((line) => / error TS\d+:/.test(line)).length;
  return { seconds: run.wallSeconds, errors: run.ok ? 0 : Math.max(errors, 1), timedOut: run.timedOut };
}

/**
 * Compiles each output `runs` times, the tools taking turns as they do when generating, and keeps the
 * median: one compile of a few seconds is as noisy as one generation on a shared machine.
 * `declarationsTo`: a library build, its declarations written under that folder.
 */
async function compileOutputs(outs: Readonly<Record<string, string>>, runs: number, declarationsTo?: string): Promise<Map<string, Compile>> {
  const times = new Map<string, Compile[]>(Object.keys(outs).map((tool) => [tool, []]));
  for (let run = 0; run < runs; run++) {
    for (const [tool, out] of Object.entries(outs)) {
      const done = times.get(tool)!;
      if (done.some((c) => c.timedOut)) continue;
      done.push(await compileOnce(out, 900, declarationsTo === undefined ? undefined : join(declarationsTo, tool.replace(/[^\w.-]/g, '_'))));
    }
  }
  const compiled = new Map<string, Compile>();
  for (const [tool, done] of times) {
    compiled.set(tool, { seconds: median(done.map((c) => c.seconds)), errors: Math.max(...done.map((c) => c.errors)), timedOut: done.some((c) => c.timedOut) });
  }
  return compiled;
}

interface Args {
  runs: number;
  only?: string;
  peers: boolean;
  timeout: number;
}

async function benchInput(input: BenchInput, tools: readonly Tool[], work: string, args: Args): Promise<InputResult> {
  const runs = new Map<string, Measurement[]>(tools.map((t) => [t.name, []]));
  const floor: Measurement[] = [];
  const out = (tool: Tool) => join(work, 'out', input.id, tool.name.replace(/[^\w.-]/g, '_'));
  const reads = (tool: Tool) => tool.readsSwagger2 || !input.swagger2;
  for (let run = 0; run < args.runs; run++) {
    for (const tool of tools) {
      const done = runs.get(tool.name)!;
      if (!reads(tool) || done.some((m) => !m.ok)) continue;
      rmSync(out(tool), { recursive: true, force: true });
      const measured = await measure(tool.command(input.file, out(tool)), { cwd: work, timeoutSeconds: args.timeout });
      // A generator that exits 0 without writing anything has failed too (hey-api does on 8,000 operations).
      const m = measured.ok && folderBytes(out(tool)) === 0 ? { ...measured, ok: false, error: 'exited 0 but wrote nothing' } : measured;
      done.push(m);
      process.stderr.write(`  ${input.id} run ${run + 1}: ${tool.name} ${m.ok ? `${m.wallSeconds.toFixed(2)} s, ${m.maxRssMb.toFixed(0)} MB` : m.timedOut ? 'timed out' : `failed: ${m.error}`}\n`);
    }
    const bytes = folderBytes(out(tools[0]!));
    floor.push(await measure([process.execPath, join(__dirname, 'floor.js'), input.file, String(bytes), join(work, 'floor.out')], { cwd: work, timeoutSeconds: args.timeout }));
  }
  const generatedOk = (tool: Tool) => runs.get(tool.name)!.length > 0 && runs.get(tool.name)!.every((m) => m.ok);
  const outs = Object.fromEntries(tools.filter(generatedOk).map((t) => [t.name, out(t)]));
  const compiled = await compileOutputs(outs, args.runs);
  const built = await compileOutputs(outs, args.runs, join(work, 'declarations', input.id));
  const results: ToolResult[] = tools.map((tool) => ({
    tool: tool.name,
    runs: runs.get(tool.name)!,
    outputBytes: generatedOk(tool) ? folderBytes(out(tool)) : null,
    compile: compiled.get(tool.name) ?? null,
    libraryBuild: built.get(tool.name) ?? null,
  }));
  const mine = results.find((r) => r.tool === 'specwright');
  const checkDir = join(work, 'check', input.id);
  mkdirSync(checkDir, { recursive: true });
  const checks = mine !== undefined && mine.outputBytes !== null ? await measureChecks(SPECWRIGHT_CLI, input.file, checkDir, args.runs, args.timeout) : [];
  for (const c of checks) process.stderr.write(`  ${input.id} check, ${c.scenario}: ${c.runs.map((m) => (m.ok ? `${m.wallSeconds.toFixed(2)} s, ${m.maxRssMb.toFixed(0)} MB` : `failed: ${m.error}`)).join('; ')}\n`);
  const { file: _file, ...described } = input;
  return { input: described, tools: results, floor, checks };
}

async function main(): Promise<void> {
  const args = yargs(process.argv.slice(2))
    .option('runs', { type: 'number', default: 3, describe: 'runs per tool and spec (the median is reported)' })
    .option('only', { type: 'string', describe: 'only inputs whose id matches this regular expression' })
    .option('peers', { type: 'boolean', default: true, describe: 'also run the peers (--no-peers: specwright and the floor only)' })
    .option('timeout', { type: 'number', default: 180, describe: 'seconds one generator run may take' })
    .strict()
    .parseSync() as Args;
  requireGnuTime();
  if (args.peers) ensurePeers();
  const work = mkdtempSync(join(tmpdir(), 'specwright-bench-'));
  try {
    const inputs = benchInputs(PEERS_DIR, work).filter((i) => args.only === undefined || new RegExp(args.only).test(i.id));
    const tools = benchTools(PEERS_DIR).filter((t) => args.peers || isSpecwright(t.name));
    const results: InputResult[] = [];
    for (const input of inputs) {
      process.stderr.write(`${input.id}: ${input.operations} operations, ${(input.bytes / 1e6).toFixed(1)} MB\n`);
      results.push(await benchInput(input, tools, work, args));
    }
    const targets = checkTargets(results);
    const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
    mkdirSync(RESULTS_DIR, { recursive: true });
    const report = markdownReport(results, targets, { date: new Date().toISOString().slice(0, 10), runs: args.runs, machine });
    writeFileSync(join(RESULTS_DIR, 'results.md'), report);
    writeFileSync(join(RESULTS_DIR, 'results.json'), `${JSON.stringify({ machine, runs: args.runs, results, targets }, null, 2)}\n`);
    writeFileSync(join(RESULTS_DIR, 'chart.svg'), svgChart(results));
    process.stdout.write(report);
    if (targets.some((t) => t.met === false)) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});

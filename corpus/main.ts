// `npm run corpus`: every corpus spec (or a seeded sample, or those matching --only) through
// generate and a strict compile, each in its own process; prints a summary and writes the results.

import { availableParallelism } from 'node:os';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import yargs from 'yargs';
import { buildWorker } from './buildWorker';
import { ciSampleSpecs, pickCiSample, writeCiSample, CI_SAMPLE_FILE } from './ciSample';
import { runCorpus } from './runCorpus';
import { GENERATED_TSCONFIG, type SpecResult } from './runSpec';
import { sample } from './sample';
import { corpusSources } from './sources';
import { isFailure, isGenerated, summarise, summaryTable } from './summary';

function line(r: SpecResult, done: number, total: number): string {
  const compiled = r.compile === null ? '' : r.compile.errors === 0 ? ', compiles' : `, ${r.compile.errors} tsc errors: ${r.compile.messages[0] ?? ''}`;
  const what = isGenerated(r) ? `${r.outcome}${compiled}` : `${r.outcome}: ${r.reason ?? ''}`;
  return `[${done}/${total}] ${r.id} (${r.operations} ops, ${(r.generateMs / 1000).toFixed(1)} s): ${what}`;
}

/** Results an earlier, possibly interrupted, run logged for specs that are still selected. */
function readLog(log: string, selected: ReadonlySet<string>): SpecResult[] {
  if (!existsSync(log)) return [];
  const lines = readFileSync(log, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.map((l) => JSON.parse(l) as SpecResult).filter((r) => selected.has(r.id));
}

async function main(): Promise<void> {
  const args = await yargs(process.argv.slice(2))
    .usage('npm run corpus -- [--sample N --seed S] [--only PATTERN] [options]')
    .option('sample', { type: 'number', describe: 'run a seeded random subset of this many specs' })
    .option('seed', { type: 'number', default: 1, describe: 'seed for --sample' })
    .option('only', { type: 'string', describe: 'run the specs whose id matches this regular expression' })
    .option('ci-sample', { type: 'boolean', default: false, describe: 'run the fixed sample that npm test runs' })
    .option('pick-ci-sample', { type: 'number', describe: 'draw that many specs with --seed as the CI sample, write it and stop' })
    .option('jobs', { type: 'number', default: availableParallelism(), describe: 'specs run at once' })
    .option('timeout', { type: 'number', default: 60, describe: 'seconds a spec may take to generate' })
    .option('compile-timeout', { type: 'number', default: 180, describe: 'seconds its output may take to compile' })
    .option('memory', { type: 'number', default: 4096, describe: 'heap limit of each spec process, in MB' })
    .option('out', { type: 'string', default: 'corpus-results.json', describe: 'where the summary and all results go (JSON)' })
    .option('log', { type: 'string', default: 'corpus-results.jsonl', describe: 'each result as a JSON line, written as it comes' })
    .option('resume', { type: 'boolean', default: false, describe: 'skip the specs --log already has and count their results' })
    .option('order', { choices: ['largest', 'smallest'] as const, default: 'largest' as const, describe: 'which specs start first' })
    .option('js', { type: 'boolean', default: false, describe: 'generate with --js and check the declarations' })
    .option('quiet', { type: 'boolean', default: false, describe: 'print only failures, a count every 100 specs, and the summary' })
    .strict()
    .help()
    .parse();
  const sources = corpusSources();
  if (args['pick-ci-sample'] !== undefined) {
    writeCiSample(pickCiSample(sources, args['pick-ci-sample'], args.seed));
    console.log(`wrote ${CI_SAMPLE_FILE}`);
    return;
  }
  let specs = args['ci-sample'] ? ciSampleSpecs(sources) : sources.flatMap((s) => s.specs);
  if (args.only !== undefined) {
    const pattern = new RegExp(args.only, 'i');
    specs = specs.filter((s) => pattern.test(s.id));
  }
  if (args.sample !== undefined) specs = sample(specs, args.sample, args.seed);
  const limits = {
    worker: buildWorker(),
    tsconfig: GENERATED_TSCONFIG,
    generateTimeoutMs: args.timeout * 1000,
    compileTimeoutMs: args['compile-timeout'] * 1000,
    memoryMb: args.memory,
    js: args.js,
  };
  const earlier = args.resume ? readLog(args.log, new Set(specs.map((s) => s.id))) : [];
  if (!args.resume) writeFileSync(args.log, '');
  const done = new Set(earlier.map((r) => r.id));
  const todo = specs.filter((s) => !done.has(s.id));
  if (earlier.length > 0) console.log(`resuming: ${earlier.length} results from ${args.log}, ${todo.length} specs to go`);
  const started = Date.now();
  const fresh = await runCorpus(
    todo,
    limits,
    args.jobs,
    (r, done) => {
      appendFileSync(args.log, `${JSON.stringify(r)}\n`);
      if (!args.quiet || isFailure(r)) console.log(line(r, done, todo.length));
      else if (done % 100 === 0) console.log(`[${done}/${todo.length}]`);
    },
    args.order,
  );
  const results = [...earlier, ...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const summary = summarise(results);
  const corpus = sources.map((s) => ({ name: s.name, version: s.version, specs: s.specs.length }));
  const options = { sample: args.sample ?? null, seed: args.seed, only: args.only ?? null, limits: { ...limits, worker: undefined, tsconfig: undefined } };
  const document = { date: new Date().toISOString(), corpus, options, wallSeconds: (Date.now() - started) / 1000, summary, results };
  writeFileSync(args.out, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`\n${corpus.map((c) => `${c.name}@${c.version}`).join(', ')}; ${results.length} specs in ${document.wallSeconds.toFixed(0)} s\n`);
  console.log(summaryTable(summary));
  const failures = results.filter(isFailure);
  if (failures.length > 0) {
    console.log(`\n${failures.length} failures (bugs in specwright):`);
    for (const r of failures) console.log(`  ${r.id}: ${r.outcome}${r.compile && r.compile.errors > 0 ? ` (${r.compile.messages[0]})` : ''}`);
    process.exitCode = 1;
  }
  console.log(`\nresults: ${args.out}`);
}

void main();

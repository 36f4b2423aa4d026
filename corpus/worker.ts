// One corpus spec in its own process (forked by runSpec.ts): generate through the real CLI, then
// type-check the output under the committed clients' strict tsconfig. Reports each phase to the
// parent as soon as it ends, so a hang or a crash in the compile step still leaves the generate
// result behind.

import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project, ts } from 'ts-morph';
import { main } from '../generator/cli';
import { countOperations } from './countOperations';
import { specBytes } from './sources';
import type { GenerateReport, CompileReport, WorkerJob, WorkerMessage } from './protocol';

function send(message: WorkerMessage): Promise<void> {
  return new Promise((done) => process.send!(message, () => done()));
}

interface CliDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  pointer: string;
  message: string;
  line?: number;
  column?: number;
}

/** Runs `specwright generate --format json` in this process and classifies what it did. */
async function generate(input: string, output: string, js: boolean): Promise<GenerateReport> {
  const err: string[] = [];
  const started = process.hrtime.bigint();
  let exitCode: number;
  try {
    exitCode = await main(['generate', '--input', input, '--output', output, '--format', 'json', ...(js ? ['--js'] : [])], { out: () => {}, err: (t) => err.push(t) });
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { status: 'crashed', ms: elapsed(started), warnings: 0, codes: {}, reason };
  }
  const ms = elapsed(started);
  const docs = err.map((line) => JSON.parse(line) as { refused: boolean; diagnostics: CliDiagnostic[] });
  const diagnostics = docs.flatMap((d) => d.diagnostics);
  const codes: Record<string, number> = {};
  for (const d of diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const internal = diagnostics.find((d) => d.code === 'INTERNAL_ERROR');
  if (internal !== undefined) return { status: 'crashed', ms, warnings, codes, reason: internal.message };
  const error = diagnostics.find((d) => d.severity === 'error');
  if (exitCode !== 0 || docs.some((d) => d.refused)) {
    const reason = error === undefined ? `exit ${exitCode} without an error` : describe(error);
    return { status: error === undefined ? 'crashed' : 'refused', ms, warnings, codes, reason };
  }
  return { status: warnings > 0 ? 'warnings' : 'generated', ms, warnings, codes };
}

function describe(d: CliDiagnostic): string {
  const at = d.line === undefined ? '' : ` (${d.line}:${d.column ?? 0})`;
  return `${d.code} at ${d.pointer}${at}: ${d.message}`;
}

function elapsed(started: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

/**
 * `tsc --noEmit` on the output, with the compiler options of the committed clients' tsconfig.
 * `declarations`: the output is --js's, whose .d.ts files are what there is to check.
 */
function compile(dir: string, tsconfig: string, declarations: boolean): CompileReport {
  const started = process.hrtime.bigint();
  const config = ts.readConfigFile(tsconfig, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  // ts-morph's Project serves TypeScript's lib files from memory (its bundled compiler has none on
  // disk). Library files are not ours to check; skipping them saves a second per spec, but would
  // skip --js's declarations too.
  const project = new Project({ compilerOptions: { ...options, skipLibCheck: !declarations, noEmit: true }, skipAddingFilesFromTsConfig: true });
  for (const f of readdirSync(dir).filter((name) => name.endsWith('.ts'))) project.addSourceFileAtPath(join(dir, f));
  const program = project.getProgram().compilerObject;
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(),
    ...program.getSemanticDiagnostics(),
  ];
  const messages = diagnostics.slice(0, 5).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file === undefined || d.start === undefined) return `TS${d.code}: ${text}`;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(dir.length + 1)}:${line + 1} TS${d.code}: ${text}`;
  });
  return { errors: diagnostics.length, messages, ms: elapsed(started) };
}

async function run(job: WorkerJob): Promise<void> {
  const bytes = specBytes(job);
  let input = job.file;
  if (job.gzipped) {
    input = join(job.workDir, 'spec.json');
    writeFileSync(input, bytes);
  }
  let operations = 0;
  try {
    operations = countOperations(JSON.parse(bytes.toString('utf8')));
  } catch {
    // Not JSON, or no paths: the generator will say what is wrong with it.
  }
  const output = join(job.workDir, 'client');
  await send({ phase: 'counted', operations });
  const generated = await generate(input, output, job.js);
  await send({ phase: 'generated', report: generated });
  if (generated.status === 'generated' || generated.status === 'warnings') {
    await send({ phase: 'compiled', report: compile(output, job.tsconfig, job.js) });
  }
  await send({ phase: 'done', maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
}

process.once('message', (job: WorkerJob) => {
  run(job).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(70);
    },
  );
});

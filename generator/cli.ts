// yargs → GenerateOptions, one run per spec; prints diagnostics and results; returns the exit code.
// No generation logic lives here.

import { relative, resolve, sep } from 'node:path';
import yargs from 'yargs';
import { DEFAULT_CONFIG_NAME, loadConfig, type SpecEntry } from './config/loadConfig';
import { RefusedInputError, type Diagnostic } from './diagnostics';
import { formatDiagnostics, type OutputFormat } from './formatDiagnostics';
import type { Int64Repr } from './emit/printType';
import { generate, type GenerateResult } from './generate';

export const EXIT = { ok: 0, refused: 1, usage: 2, drift: 3 } as const;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../package.json') as { version: string }).version;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

interface Flags {
  input?: string;
  output?: string;
  config?: string;
  strict: boolean;
  check: boolean;
  quiet: boolean;
  format: OutputFormat;
  templates?: string;
  int64?: Int64Repr;
  allowRemoteRefs: boolean;
  allowRefDir?: string[];
}

/** Paths in banners are relative and `/`-separated, so output is the same on every machine. */
function portable(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/') || '.';
}

function entriesFor(flags: Flags): { entries: SpecEntry[]; command: string } {
  if (flags.input !== undefined && flags.output !== undefined) {
    const entry: SpecEntry = {
      input: portable(flags.input),
      output: portable(flags.output),
      inputPath: resolve(flags.input),
      outputPath: resolve(flags.output),
      strict: flags.strict,
      templates: flags.templates === undefined ? undefined : resolve(flags.templates),
      parameterDefaults: {},
      int64: flags.int64 ?? 'number',
      errorFields: 'generic',
      pagination: undefined,
    };
    return { entries: [entry], command: `npx specwright generate --input ${entry.input} --output ${entry.output}` };
  }
  const config = flags.config ?? DEFAULT_CONFIG_NAME;
  const command = flags.config === undefined ? 'npx specwright generate' : `npx specwright generate --config ${portable(config)}`;
  return { entries: loadConfig(config), command };
}

/** `--format json`: one JSON document per spec on stderr, one line each, and nothing else anywhere. */
function reportJson(entry: SpecEntry, result: GenerateResult, shown: readonly Diagnostic[], io: Io): void {
  const { diagnostics, summary } = JSON.parse(formatDiagnostics(shown, 'json')) as { diagnostics: unknown; summary: string };
  io.err(
    JSON.stringify({
      spec: entry.input,
      output: entry.output,
      refused: result.refused,
      written: result.written,
      drift: result.drift,
      diagnostics,
      summary,
    }),
  );
}

function report(entry: SpecEntry, result: GenerateResult, flags: Flags, io: Io): void {
  const shown = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  if (flags.format === 'json') return reportJson(entry, result, shown, io);
  if (shown.length > 0) io.err(formatDiagnostics(shown, flags.format));
  if (result.refused) {
    io.err(`${entry.input}: nothing written${flags.strict || entry.strict ? ' (--strict refuses on warnings)' : ''}`);
    return;
  }
  if (flags.check) {
    for (const d of result.drift) io.out(d.diff);
    if (result.drift.length > 0) io.err(`${entry.output}: out of date (${result.drift.map((d) => `${d.path} ${d.kind}`).join(', ')}); run \`npm run generate\``);
    else if (!flags.quiet) io.out(`${entry.output}: up to date`);
  } else if (!flags.quiet && result.written !== null) {
    const w = result.written;
    io.out(`${entry.output}: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed`);
  }
}

async function run(flags: Flags, io: Io): Promise<number> {
  let plan: { entries: SpecEntry[]; command: string };
  try {
    plan = entriesFor(flags);
  } catch (error) {
    if (!(error instanceof RefusedInputError)) throw error;
    io.err(formatDiagnostics(error.diagnostics as Diagnostic[], flags.format));
    return EXIT.refused;
  }
  let code: number = EXIT.ok;
  for (const entry of plan.entries) {
    const result = await generate({
      input: entry.inputPath,
      output: entry.outputPath,
      check: flags.check,
      strict: flags.strict || entry.strict,
      refs: { allowRemote: flags.allowRemoteRefs, allowedDirs: (flags.allowRefDir ?? []).map((d) => resolve(d)) },
      model: { parameterDefaults: entry.parameterDefaults, ...(entry.pagination === undefined ? {} : { pagination: entry.pagination }) },
      emit: {
        generatorVersion: VERSION,
        source: entry.input,
        command: plan.command,
        int64: flags.int64 ?? entry.int64,
        errorFields: entry.errorFields,
        ...(entry.templates ? { templatesDir: entry.templates } : {}),
      },
    });
    const shownResult = { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, file: d.file === entry.inputPath ? entry.input : d.file })) };
    report(entry, shownResult, flags, io);
    if (result.refused) code = EXIT.refused;
    else if (result.drift.length > 0 && code === EXIT.ok) code = EXIT.drift;
  }
  return code;
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let usageError: string | null = null;
  const parser = yargs([...argv])
    .scriptName('specwright')
    .usage('$0 generate [--input <spec> --output <dir>] [options]')
    .command('generate', 'Generate TypeScript clients: one spec from --input/--output, or every spec in the config file')
    .option('input', { alias: 'i', type: 'string', describe: 'Spec file (Swagger 2.0 or OpenAPI 3.x, YAML or JSON)' })
    .option('output', { alias: 'o', type: 'string', describe: 'Folder to write the client to' })
    .option('config', { alias: 'c', type: 'string', describe: `Config file (default: ${DEFAULT_CONFIG_NAME})` })
    .option('strict', { type: 'boolean', default: false, describe: 'Treat every warning as an error: write nothing' })
    .option('check', { type: 'boolean', default: false, describe: `Write nothing; exit ${EXIT.drift} with a diff when the output folder differs` })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print errors only' })
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'How to print diagnostics' })
    .option('templates', { type: 'string', describe: 'Folder of .hbs files that replace built-in templates by name' })
    .option('allow-remote-refs', { type: 'boolean', default: false, describe: 'Fetch http(s) $refs (refused by default)' })
    .option('allow-ref-dir', { type: 'string', array: true, describe: "A folder $refs may read besides the spec's own (repeatable)" })
    .option('int64', { choices: ['number', 'string', 'bigint'] as const, describe: 'How int64 values are typed (default number; string and bigint keep every digit)' })
    .check((args) => {
      if ((args.input === undefined) !== (args.output === undefined)) throw new Error('--input and --output go together');
      if (args.input !== undefined && args.config !== undefined) throw new Error('give either --input/--output or --config, not both');
      return true;
    })
    .demandCommand(1, 'name a command: generate')
    .strict()
    .epilogue(`Exit codes: ${EXIT.ok} success, ${EXIT.refused} errors (nothing written), ${EXIT.usage} usage error, ${EXIT.drift} --check found differences.`)
    .version(VERSION)
    .help()
    .exitProcess(false)
    .fail((message, error) => {
      usageError = message ?? error?.message ?? 'usage error';
    });
  // A parse callback keeps yargs from printing or exiting itself; we route its output through io.
  const { args, output } = await new Promise<{ args: Awaited<ReturnType<typeof parser.parseAsync>>; output: string }>((done) => {
    void parser.parse([...argv], {}, (_error, parsed, text) => done({ args: parsed as never, output: text }));
  });
  if (output !== '' && usageError === null) io.out(output);
  if (usageError !== null) {
    io.err(`specwright: ${usageError}\nRun \`specwright --help\` for usage.`);
    return EXIT.usage;
  }
  if (args.help === true || args.version === true || args._[0] !== 'generate') return EXIT.ok;
  return run(args as unknown as Flags, io);
}

// yargs → GenerateOptions, one run per spec; prints diagnostics and results; returns the exit code.
// No generation logic lives here.

import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import yargs from 'yargs';
import { DEFAULT_CONFIG_NAME, loadConfig, type SpecEntry } from './config/loadConfig';
import { checkPackageName } from './config/checkPackageName';
import { findConfig } from './config/findConfig';
import { makeDiagnostic, RefusedInputError, type Diagnostic } from './diagnostics';
import { formatDiagnostics, type OutputFormat } from './formatDiagnostics';
import type { ImportExtensionOption } from './emit/emitFiles';
import type { Int64Repr } from './emit/printType';
import { shellWord } from './emit/escape';
import { generate, type GenerateResult } from './generate';
import { EXIT, reportRun, worse, type Io as ReportIo } from './reportRun';
import { emitModelUsage } from './emitModelUsage';
import { createProgress, progressMode, STDERR_SINK, type ProgressSink } from './progress';
import { watchCommand, type WatchedSpec } from './watch/watchCommand';
import { DEFAULT_EJECT_DIR, ejectSummary, ejectTemplates } from './write/ejectTemplates';

export { EXIT };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../package.json') as { version: string }).version;

interface Io extends ReportIo {
  /** Where stage progress goes; without it, `--progress` lines go through `err`. */
  progress?: ProgressSink;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: STDERR_SINK,
};

interface Flags {
  input?: string;
  output?: string;
  config?: string;
  strict: boolean;
  check: boolean;
  dryRun: boolean;
  diff: boolean;
  quiet: boolean;
  format: OutputFormat;
  templates?: string;
  int64?: Int64Repr;
  js: boolean;
  importExtension?: ImportExtensionOption;
  packageName?: string;
  allowRemoteRefs: boolean;
  allowRefDir?: string[];
  emitModel?: string;
  /** true: --progress; false: --no-progress; undefined: on a terminal, for runs past a second. */
  progress?: boolean;
  watch: boolean;
  /** templates eject: overwrite files that differ. */
  force: boolean;
}

/** Paths in banners are relative and `/`-separated, so output is the same on every machine. */
function portable(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/') || '.';
}

/**
 * The command the banner gives for regenerating: `base`, then the command-line flags that shape the
 * output (over the config's settings too). Not --templates: an ejected copy of the built-in
 * templates gives the same bytes as the templates themselves.
 */
function regenerateCommand(base: string, flags: Flags): string {
  const shaping = [
    flags.int64 === undefined ? '' : ` --int64 ${flags.int64}`,
    flags.packageName === undefined ? '' : ` --package-name ${shellWord(flags.packageName)}`,
    flags.js ? ' --js' : '',
    flags.importExtension === undefined ? '' : ` --import-extension ${flags.importExtension}`,
  ];
  return `${base}${shaping.join('')}`;
}

/**
 * A diagnostic's file as the user named the spec: the spec itself as given, and a file it refers to
 * (in its folder) relative to the working folder too, not as the absolute path the stages use.
 */
function shownFile(file: string | undefined, entry: Pick<SpecEntry, 'input' | 'inputPath'>): string | undefined {
  if (file === undefined) return undefined;
  if (file === entry.inputPath) return entry.input;
  const inFolder = relative(dirname(entry.inputPath), file);
  return isAbsolute(file) && !inFolder.startsWith('..') && !isAbsolute(inFolder) ? portable(file) : file;
}

/** The specs to generate, the command that regenerates them and the folder it runs from. */
interface Plan {
  readonly entries: SpecEntry[];
  readonly command: string;
  readonly commandFolder: string;
}

function entriesFor(flags: Flags): Plan {
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
      package: flags.packageName === undefined ? undefined : { name: flags.packageName },
      js: flags.js,
      importExtension: flags.importExtension ?? 'js',
    };
    const command = regenerateCommand(`npx specwright generate --input ${shellWord(entry.input)} --output ${shellWord(entry.output)}`, flags);
    return { entries: [entry], command, commandFolder: process.cwd() };
  }
  const config = flags.config ?? configFound();
  // Run from the config's folder, where its paths are taken from: the same words whichever folder
  // and spelling (`--config ./specwright.config.json`) this run was given, so `check` from anywhere
  // finds the same bytes.
  const name = basename(config);
  const base = name === DEFAULT_CONFIG_NAME ? 'npx specwright generate' : `npx specwright generate --config ${shellWord(name)}`;
  return { entries: loadConfig(config), command: regenerateCommand(base, flags), commandFolder: dirname(resolve(config)) };
}

/**
 * The config when none is named: found from the working folder up (findConfig.ts), as a path from
 * it (`../specwright.config.json`) for messages.
 */
function configFound(): string {
  const search = findConfig(process.cwd(), DEFAULT_CONFIG_NAME);
  if (search.found !== null) return relative(process.cwd(), search.found);
  const top = search.topIsRepository ? `${portable(search.top)} (the repository's root)` : `${search.top} (the file system's root)`;
  const args = { name: DEFAULT_CONFIG_NAME, top };
  throw new RefusedInputError([{ ...makeDiagnostic('CONFIG_NOT_FOUND', '#', args), file: DEFAULT_CONFIG_NAME }]);
}

/** The terminal's stderr; for a caller's own io, plain lines through its `err`. */
function progressSink(io: Io): ProgressSink {
  return io.progress ?? { isTTY: false, write: (text) => io.err(text.replace(/\n$/, '')) };
}

/** `onOutcome` hears each spec's result (for --watch). */
async function run(flags: Flags, io: Io, onOutcome?: (spec: WatchedSpec, result: GenerateResult) => void): Promise<number> {
  let plan: Plan;
  try {
    plan = entriesFor(flags);
  } catch (error) {
    if (!(error instanceof RefusedInputError)) throw error;
    io.err(formatDiagnostics(error.diagnostics as Diagnostic[], flags.format));
    return EXIT.refused;
  }
  const modelUsage = emitModelUsage(flags.emitModel, plan.entries.length);
  if (modelUsage !== null) {
    io.err(`specwright: ${modelUsage}`);
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  for (const entry of plan.entries) {
    const progress = createProgress({ label: entry.input, mode: progressMode(flags), sink: progressSink(io) });
    const result = await generate({
      ...(flags.emitModel === undefined ? {} : { modelFile: resolve(flags.emitModel) }),
      onStage: progress.onStage,
      commandFolder: plan.commandFolder,
      input: entry.inputPath,
      output: entry.outputPath,
      check: flags.check || flags.dryRun,
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
        ...(entry.package === undefined ? {} : { package: entry.package }),
        // Only when set: a `false` would change the options' fingerprint of every earlier output.
        ...(flags.js || entry.js ? { js: true } : {}),
        // JavaScript imports its sibling .js files, whatever the config says for the TypeScript.
        ...(!(flags.js || entry.js) && (flags.importExtension ?? entry.importExtension) === 'ts' ? { importExtension: 'ts' as const } : {}),
      },
    });
    const shownResult = { ...result, diagnostics: result.diagnostics.map((d) => ({ ...d, file: shownFile(d.file, entry) })) };
    progress.finish();
    reportRun(entry, shownResult, flags, plan.command, io);
    onOutcome?.(entry, result);
    code = worse(code, result, flags.dryRun);
  }
  return code;
}

/** `templates eject`: copies the built-in templates into --output; ejectTemplates.ts does the work. */
function eject(flags: Flags, io: Io): number {
  const dir = flags.output ?? DEFAULT_EJECT_DIR;
  const result = ejectTemplates({ output: dir, force: flags.force });
  if (result.diagnostics.length > 0) {
    io.err(formatDiagnostics(result.diagnostics, flags.format));
    return EXIT.refused;
  }
  if (!flags.quiet) io.out(ejectSummary(dir, result));
  return EXIT.ok;
}

/** Runs the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let usageError: string | null = null;
  const parser = yargs([...argv])
    .scriptName('specwright')
    .usage('$0 generate [--input <spec> --output <dir>] [options]')
    .command('generate', 'Generate TypeScript clients: one spec from --input/--output, or every spec in the config file')
    .command('check', 'Write nothing; say whether the output folders match their specs, why not, and what changed for callers (same as generate --check)')
    .command('templates', 'Own the templates: `templates eject [--output <dir>] [--force]`', (y) =>
      y.command('eject', `Copy the built-in templates and their documentation into --output (default: ${DEFAULT_EJECT_DIR}) to edit and use with --templates`).demandCommand(1, 'name a templates command: eject'),
    )
    .option('input', { alias: 'i', type: 'string', describe: 'Spec file (Swagger 2.0 or OpenAPI 3.x, YAML or JSON)' })
    .option('output', { alias: 'o', type: 'string', describe: 'Folder to write the client to (templates eject: to copy the templates into)' })
    .option('config', { alias: 'c', type: 'string', describe: `Config file (default: ${DEFAULT_CONFIG_NAME} in this folder or the nearest above it, up to the repository's root)` })
    .option('strict', { type: 'boolean', default: false, describe: 'Treat every warning as an error: write nothing' })
    .option('check', { type: 'boolean', default: false, describe: 'Write nothing; exit non-zero with the cause when the output folder differs (see exit codes)' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'Write nothing; list the files a generation would add, update and remove' })
    .option('diff', { type: 'boolean', default: false, describe: 'With check: print the diff of every differing file (edited files always get one)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print errors only' })
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'How to print diagnostics' })
    .option('templates', { type: 'string', describe: 'Folder of .hbs files that replace built-in templates by name' })
    .option('allow-remote-refs', { type: 'boolean', default: false, describe: 'Fetch http(s) $refs (refused by default)' })
    .option('allow-ref-dir', { type: 'string', array: true, describe: "A folder $refs may read besides the spec's own (repeatable)" })
    .option('int64', { choices: ['number', 'string', 'bigint'] as const, describe: 'How int64 values are typed (default number; string and bigint keep every digit)' })
    .option('import-extension', { choices: ['js', 'ts'] as const, describe: "What relative imports in the client end in (default js, which TypeScript resolves to the .ts file); ts for runtimes that run TypeScript as it is (Node's type stripping, Deno)" })
    .option('js', { type: 'boolean', default: false, describe: 'Write JavaScript with declaration files (.js + .d.ts) instead of TypeScript: builds that use the client do not type-check its code' })
    .option('emit-model', { type: 'string', describe: 'Also write the normalised model as JSON to this file (see specwright.model.schema.json); one spec; nothing with --check' })
    .option('progress', { type: 'boolean', describe: 'Report each stage with its time on stderr (default: on a terminal, for runs past a second); --no-progress: never' })
    .option('watch', { alias: 'w', type: 'boolean', default: false, describe: 'Generate again whenever the spec, a file it $refs, the config or a templates folder changes; Ctrl-C stops' })
    .option('force', { type: 'boolean', default: false, describe: 'templates eject: overwrite files that differ from the built-in templates' })
    .option('package-name', { type: 'string', coerce: checkPackageName, describe: 'With --input/--output: also write a package.json with this name (config: "package")' })
    .check((args) => {
      if (args.watch && (args.check || args.dryRun || args._[0] === 'check')) throw new Error('--watch writes on every change; it does not go with check, --check or --dry-run');
      if (args.js && args.importExtension === 'ts') throw new Error('--import-extension ts is for TypeScript output; --js writes .js files, which import each other as .js');
      if (args.packageName !== undefined && args.input === undefined) throw new Error('--package-name goes with --input/--output; in the config, give a spec "package"');
      if (args._[0] === 'templates') return true; // --output names the folder to eject into; other options do not apply
      if (args.force) throw new Error('--force goes with templates eject');
      if ((args.input === undefined) !== (args.output === undefined)) throw new Error('--input and --output go together');
      // An unset shell variable (`-o "$OUT"`) would otherwise write into the current folder.
      if (args.input === '' || args.output === '') throw new Error('--input and --output need a path; an empty one names no file');
      // check's exit code says whether the output is up to date; --dry-run's says only that the run worked.
      if (args.dryRun && (args.check || args._[0] === 'check')) throw new Error('--dry-run lists what a generation would write; check already writes nothing and exits with the cause: use one of them');
      if (args.input !== undefined && args.config !== undefined) throw new Error('give either --input/--output or --config, not both');
      return true;
    })
    .demandCommand(1, 'name a command: generate, check or templates eject')
    .strict()
    .epilogue(
      `Exit codes: ${EXIT.ok} success or up to date, ${EXIT.refused} errors (nothing written), ${EXIT.usage} usage error; check: ` +
        `${EXIT.specChanged} the spec or a file it refers to changed, ${EXIT.generatorChanged} the generator (version or build) or the options changed, ` +
        `${EXIT.edited} a generated file was edited by hand, ${EXIT.files} files missing or extra.`,
    )
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
    if ((args as { format?: unknown } | undefined)?.format === 'json') io.err(JSON.stringify({ usageError, exitCode: EXIT.usage }));
    else io.err(`specwright: ${usageError}\nRun \`specwright --help\` for usage.`);
    return EXIT.usage;
  }
  const command = args._[0];
  if (command === 'templates' && args.help !== true && args.version !== true) return eject(args as unknown as Flags, io);
  if (args.help === true || args.version === true || (command !== 'generate' && command !== 'check')) return EXIT.ok;
  const flags = args as unknown as Flags;
  if (flags.watch) {
    // Each run prints its diagnostics as usual; the watch's one line per run replaces the result lines.
    const configFile = flags.input === undefined ? resolve(flags.config ?? findConfig(process.cwd(), DEFAULT_CONFIG_NAME).found ?? DEFAULT_CONFIG_NAME) : null;
    const print = flags.format === 'json' ? () => {} : (line: string) => io.out(line);
    return watchCommand({ generateAll: (onOutcome) => run(flags, { ...io, out: () => {} }, onOutcome), configFile, print, quiet: flags.quiet });
  }
  return run(command === 'check' ? { ...flags, check: true } : flags, io);
}

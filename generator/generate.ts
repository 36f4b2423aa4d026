// The pipeline, one spec at a time: load → normalise → model → emit → write (or check).
// Reads like a table of contents; each stage lives in its own folder and sees only the previous output.

import { join, resolve } from 'node:path';
import { createDiagnosticSink, makeDiagnostic, RefusedInputError, type Diagnostic } from './diagnostics';
import { apiSurface } from './emit/apiSurface';
import { checkTemplatesFolder } from './emit/checkTemplatesFolder';
import { emitFiles, type EmitOptions, type EmittedFile } from './emit/emitFiles';
import { optionsFingerprint } from './emit/optionsFingerprint';
import { toJavaScript } from './emit/javaScriptForms';
import { TemplateError } from './emit/templates';
import type { RefPolicy } from './load/bundleExternalRefs';
import { loadSpec, type LoadedSpec } from './load/loadSpec';
import { placeDiagnostics } from './load/placeDiagnostics';
import { buildModel, type ModelOptions } from './model/buildModel';
import { modelDocument } from './model/modelDocument';
import { normaliseSpec } from './normalise/normaliseSpec';
import { checkOutput, type CheckReport } from './check/checkOutput';
import { fromOutput, recordedSpelling, type RunPlace } from './check/recordedSpelling';
import { optionSettings } from './emit/optionSettings';
import { generatorBuild } from './generatorBuild';
import { byteSize, stageTimer, type StageListener } from './stageTimer';
import { keepRecordedBuild } from './write/keepRecordedBuild';
import { manifestFile, MANIFEST_NAME, nameLock, parseManifest, type Provenance } from './write/manifest';
import { readIfExists } from './write/readIfExists';
import { recoverInterruptedSwap } from './write/recoverInterruptedSwap';
import { lockOutput } from './write/outputLock';
import { checkOutputFolder, outputFolder, writeFiles, type WriteResult } from './write/writeFiles';
import { writeModelFile } from './write/writeModelFile';

export interface GenerateOptions {
  readonly input: string;
  readonly output: string;
  /** Compare with the output folder instead of writing. */
  readonly check: boolean;
  /** Refuse (write nothing) when there is any warning. */
  readonly strict: boolean;
  readonly model: ModelOptions;
  readonly emit: EmitOptions;
  /** What `$ref`s may reach beyond the spec's folder. */
  readonly refs?: RefPolicy;
  /** Also write the model as JSON (specwright.model.schema.json) to this file; not with `check`, which writes nothing. */
  readonly modelFile?: string;
  /** Told as each stage finishes, with its time and sizes: the CLI's progress reporter. */
  readonly onStage?: StageListener;
  /** Where `emit.command` runs: the working folder for `--input`, the config's folder for a config run (default: the working folder). */
  readonly commandFolder?: string;
}

export interface GenerateResult {
  readonly diagnostics: readonly Diagnostic[];
  /** True when nothing was written because of errors (or warnings under --strict). */
  readonly refused: boolean;
  readonly files: readonly EmittedFile[];
  readonly written: WriteResult | null;
  /** With `check`: why the output folder differs, if it does. */
  readonly check: CheckReport | null;
}

function refusal(diagnostics: readonly Diagnostic[]): GenerateResult {
  return { diagnostics, refused: true, files: [], written: null, check: null };
}

/** What this generation is made from, recorded in the manifest for `check`. */
function provenanceOf(loaded: LoadedSpec, model: ModelOptions, emit: EmitOptions, output: string, commandFolder: string): Provenance {
  return {
    version: emit.generatorVersion,
    build: generatorBuild(),
    spec: { source: emit.source, sha256: loaded.sha256, refs: loaded.external.references },
    options: optionsFingerprint(model, emit),
    settings: optionSettings(model, emit),
    regenerate: { command: emit.command, folder: fromOutput(output, commandFolder) },
  };
}

// Not EEXIST or ENOTEMPTY: specwright's own renames meet those, and that would be a bug of ours.
const FILE_SYSTEM_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'EBUSY', 'EMFILE', 'ENFILE', 'ENAMETOOLONG', 'ELOOP', 'EIO', 'EXDEV']);

/** By shape, not by class: Node's fs errors need not be instances of this realm's Error (a vm, a test runner). */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && FILE_SYSTEM_CODES.has(code) && typeof (error as { message?: unknown }).message === 'string';
}

/**
 * Takes the output folder's lock, held until the new output is in place: a run racing into the same
 * folder waits, and does not read a manifest this run is about to replace. Then a run cut short
 * mid-swap, which left the previous output only as a backup, is undone before its manifest is read,
 * or its names would be lost. (`check` only reads, so it does neither.)
 */
async function claimOutput(output: string): Promise<() => void> {
  await checkOutputFolder(output);
  const release = await lockOutput(output);
  try {
    await recoverInterruptedSwap(output);
  } catch (error) {
    release();
    throw error;
  }
  return release;
}

export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  let stage = 'loading the spec';
  const done = stageTimer(opts.onStage);
  let release = () => {};
  try {
    // A templates folder that is not there refuses before any work; a misnamed template in it is a warning.
    const templateProblems = checkTemplatesFolder(opts.emit.templatesDir);
    if (templateProblems.some((d) => d.severity === 'error')) return refusal(templateProblems);
    const loaded = await loadSpec(opts.input, opts.refs);
    stage = 'reading the output folder';
    const output = await outputFolder(opts.output);
    if (!opts.check) release = await claimOutput(output);
    // The previous generation's manifest: its names are kept, and `check` compares against it.
    const previousText = await readIfExists(join(output, MANIFEST_NAME));
    const previous = parseManifest(previousText);
    done('load');
    const sink = createDiagnosticSink();
    stage = 'normalising the spec';
    const spec = normaliseSpec(loaded, sink);
    done('normalise', () => ({ operations: spec.operations.length, schemas: spec.schemas.length }));
    stage = 'building the model';
    const model = buildModel(spec, { ...opts.model, nameLock: nameLock(previous) }, sink);
    done('model', () => ({ operations: model.operations.length, schemas: model.schemas.length }));
    const diagnostics = [...placeDiagnostics([...loaded.diagnostics, ...sink.list()], loaded), ...templateProblems];
    if (sink.hasErrors() || (opts.strict && diagnostics.length > 0)) return refusal(diagnostics);
    stage = 'emitting code';
    const place: RunPlace = { input: resolve(opts.input), output: resolve(opts.output), commandFolder: resolve(opts.commandFolder ?? process.cwd()) };
    // `check` from another folder spells the same spec as the generation did (recordedSpelling.ts).
    const { emit, commandFolder } = opts.check ? recordedSpelling(place, opts.emit, previous) : { emit: opts.emit, commandFolder: place.commandFolder };
    // With --js the TypeScript is only the converter's input: no name holds it past the conversion.
    const emitted = emit.js === true ? await toJavaScript(emitFiles(model, emit)) : emitFiles(model, emit);
    const api = apiSurface(model);
    const ours = provenanceOf(loaded, opts.model, emit, place.output, commandFolder);
    const { manifest, provenance } = keepRecordedBuild(manifestFile(emitted, ours, api), ours, previous, previousText);
    const files = [...emitted, manifest];
    done('emit', () => ({ files: files.length, bytes: byteSize(files) }));
    stage = opts.check ? 'checking the output folder' : 'writing the output folder';
    if (opts.check) {
      const check = await checkOutput({ files, outDir: output, previous, provenance, after: api, place });
      done('check', () => ({ differences: check.drift.length }));
      return { diagnostics, refused: false, files, written: null, check };
    }
    let inPlace: string | undefined;
    const written = await writeFiles(files, output, { previous, onInPlace: (reason) => (inPlace = reason) });
    stage = 'writing the model file';
    if (opts.modelFile !== undefined) await writeModelFile(opts.modelFile, modelDocument(model, { generatorVersion: opts.emit.generatorVersion, source: opts.emit.source }));
    done('write', () => ({ written: written.written.length, unchanged: written.unchanged.length, ...(inPlace === undefined ? {} : { note: `in place: ${inPlace}` }) }));
    return { diagnostics, refused: false, files, written, check: null };
  } catch (error) {
    if (error instanceof RefusedInputError) return refusal(error.diagnostics);
    if (error instanceof TemplateError) return refusal([error.diagnostic]);
    // The machine's refusal (a read-only folder, a full disk) is not a bug of specwright's.
    if (isFileSystemError(error)) return refusal([{ ...makeDiagnostic('FILE_SYSTEM_ERROR', '#', { stage, reason: error.message }), file: opts.input }]);
    // Anything else is a bug in specwright: report it as one, with what we were doing, and write nothing more.
    const reason = error instanceof Error ? error.message : String(error);
    return refusal([{ ...makeDiagnostic('INTERNAL_ERROR', '#', { stage, reason }), file: opts.input }]);
  } finally {
    release();
  }
}

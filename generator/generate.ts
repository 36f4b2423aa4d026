// The pipeline, one spec at a time: load → normalise → model → emit → write (or check).
// Reads like a table of contents; each stage lives in its own folder and sees only the previous output.

import { createDiagnosticSink, makeDiagnostic, RefusedInputError, type Diagnostic } from './diagnostics';
import { emitFiles, type EmitOptions, type EmittedFile } from './emit/emitFiles';
import { TemplateError } from './emit/templates';
import type { RefPolicy } from './load/bundleExternalRefs';
import { loadSpec, type LoadedSpec } from './load/loadSpec';
import { buildModel, type ModelOptions } from './model/buildModel';
import { normaliseSpec } from './normalise/normaliseSpec';
import { checkFiles, type Drift } from './write/checkFiles';
import { manifestFile } from './write/manifest';
import { writeFiles, type WriteResult } from './write/writeFiles';

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
}

export interface GenerateResult {
  readonly diagnostics: readonly Diagnostic[];
  /** True when nothing was written because of errors (or warnings under --strict). */
  readonly refused: boolean;
  readonly files: readonly EmittedFile[];
  readonly written: WriteResult | null;
  readonly drift: readonly Drift[];
}

function refusal(diagnostics: readonly Diagnostic[]): GenerateResult {
  return { diagnostics, refused: true, files: [], written: null, drift: [] };
}

/** Adds the spec file and line:column to diagnostics that the loader can place. */
function placed(diagnostics: readonly Diagnostic[], loaded: LoadedSpec): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file: loaded.file, ...(loaded.locate(d.pointer) ?? {}) }));
}

export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  let stage = 'loading the spec';
  try {
    const loaded = await loadSpec(opts.input, opts.refs);
    const sink = createDiagnosticSink();
    stage = 'normalising the spec';
    const spec = normaliseSpec(loaded, sink);
    stage = 'building the model';
    const model = buildModel(spec, opts.model, sink);
    const diagnostics = placed([...loaded.diagnostics, ...sink.list()], loaded);
    if (sink.hasErrors() || (opts.strict && diagnostics.length > 0)) return refusal(diagnostics);
    stage = 'emitting code';
    const emitted = emitFiles(model, opts.emit);
    const files = [...emitted, manifestFile(emitted, opts.emit.generatorVersion)];
    stage = opts.check ? 'checking the output folder' : 'writing the output folder';
    if (opts.check) return { diagnostics, refused: false, files, written: null, drift: await checkFiles(files, opts.output) };
    return { diagnostics, refused: false, files, written: await writeFiles(files, opts.output), drift: [] };
  } catch (error) {
    if (error instanceof RefusedInputError) return refusal(error.diagnostics);
    if (error instanceof TemplateError) return refusal([makeDiagnostic('TEMPLATE_INVALID', '#', { reason: error.message })]);
    // Anything else is a bug in specwright: report it as one, with what we were doing, and write nothing more.
    const reason = error instanceof Error ? error.message : String(error);
    return refusal([{ ...makeDiagnostic('INTERNAL_ERROR', '#', { stage, reason }), file: opts.input }]);
  }
}

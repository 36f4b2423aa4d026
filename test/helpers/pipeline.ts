// Runs the pure stages in memory on a small spec object, for unit tests at each boundary.

import { createDiagnosticSink, type Diagnostic } from '../../generator/diagnostics';
import { NO_EXTERNAL_PARTS } from '../../generator/load/bundleExternalRefs';
import type { LoadedSpec } from '../../generator/load/loadSpec';
import { sniffVersion } from '../../generator/load/sniffVersion';
import type { ApiModel } from '../../generator/model/ApiModel';
import { buildModel, type ModelOptions } from '../../generator/model/buildModel';
import type { NormalisedSpec } from '../../generator/normalise/NormalisedSpec';
import { normaliseSpec } from '../../generator/normalise/normaliseSpec';

/** `paths` with one operation, for specs whose test is about something else: a spec without any is warned of (NO_OPERATIONS). */
export const ONE_OPERATION: Readonly<Record<string, unknown>> = { '/ping': { get: { responses: { '204': { description: 'ok' } } } } };

export function loaded(document: Record<string, unknown>): LoadedSpec {
  return { file: 'test.yaml', sha256: '', dialect: sniffVersion(document, 'test.yaml').dialect, document, diagnostics: [], locateAll: (pointers) => pointers.map(() => null), external: NO_EXTERNAL_PARTS };
}

export function normalise(document: Record<string, unknown>): { spec: NormalisedSpec; diagnostics: readonly Diagnostic[] } {
  const sink = createDiagnosticSink();
  const spec = normaliseSpec(loaded(document), sink);
  return { spec, diagnostics: sink.list() };
}

export function model(
  document: Record<string, unknown>,
  options: ModelOptions = { parameterDefaults: {} },
): { model: ApiModel; diagnostics: readonly Diagnostic[] } {
  const sink = createDiagnosticSink();
  const built = buildModel(normaliseSpec(loaded(document), sink), options, sink);
  return { model: built, diagnostics: sink.list() };
}

/** `[code, pointer]` pairs, the part of a diagnostic tests usually care about. */
export function codes(diagnostics: readonly Diagnostic[]): [string, string][] {
  return diagnostics.map((d) => [d.code, d.pointer]);
}

// The specs of specwright.config.json as models with their emit options, built the way
// `npm run generate` builds them, for tests that emit every construct the committed output has.

import { resolve } from 'node:path';
import { loadConfig } from '../../generator/config/loadConfig';
import { createDiagnosticSink } from '../../generator/diagnostics';
import type { EmitOptions } from '../../generator/emit/emitFiles';
import { loadSpec } from '../../generator/load/loadSpec';
import type { ApiModel } from '../../generator/model/ApiModel';
import { buildModel } from '../../generator/model/buildModel';
import { normaliseSpec } from '../../generator/normalise/normaliseSpec';

export const CONFIG_FILE = resolve(__dirname, '../../specwright.config.json');

export interface ConfiguredSpec {
  /** The config's `output`, which tells apart two entries for one spec. */
  readonly output: string;
  readonly model: ApiModel;
  readonly emit: EmitOptions;
}

/** Every entry of the config whose output matches `only`. */
export async function configuredSpecs(only = /./): Promise<ConfiguredSpec[]> {
  const entries = loadConfig(CONFIG_FILE).filter((entry) => only.test(entry.output));
  return Promise.all(
    entries.map(async (entry) => {
      const sink = createDiagnosticSink();
      const spec = normaliseSpec(await loadSpec(entry.inputPath), sink);
      const model = buildModel(spec, { parameterDefaults: entry.parameterDefaults, ...(entry.pagination ? { pagination: entry.pagination } : {}) }, sink);
      const emit: EmitOptions = {
        generatorVersion: '0.0.0-test',
        source: entry.input,
        command: 'npx specwright generate',
        int64: entry.int64,
        errorFields: entry.errorFields,
        ...(entry.package ? { package: entry.package } : {}),
      };
      return { output: entry.output, model, emit };
    }),
  );
}

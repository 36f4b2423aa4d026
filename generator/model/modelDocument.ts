// The file `--emit-model` writes: the normalised model (ApiModel) with what a reader needs to trust
// it, a schema reference and a format version. Pure: writing it is the write stage's job.

import type { ApiModel } from './ApiModel';

/** The `$id` of specwright.model.schema.json, which describes this document. */
export const MODEL_SCHEMA_ID = 'https://specwright.dev/specwright.model.schema.json';

/**
 * Bumped on any change to the shape of ModelDocument or ApiModel (a field added, removed, renamed
 * or given another meaning), so a reader can refuse a file it does not know; the schema test
 * fails until it is bumped.
 */
export const MODEL_FORMAT_VERSION = 5;

/**
 * The normalised model of one spec, as `specwright generate --emit-model FILE` writes it for other
 * tools: every name final, every text raw (unescaped), operations in spec order, schemas by name.
 */
export interface ModelDocument {
  /** The JSON Schema this document follows. */
  readonly $schema: typeof MODEL_SCHEMA_ID;
  /** The version of this format; it changes whenever the shape of the document does. */
  readonly formatVersion: typeof MODEL_FORMAT_VERSION;
  /** The specwright release that built the model. */
  readonly generator: { readonly name: 'specwright'; readonly version: string };
  /** The spec the model was built from, as the command named it (relative, `/`-separated). */
  readonly source: string;
  readonly model: ApiModel;
}

export interface ModelDocumentMeta {
  readonly generatorVersion: string;
  readonly source: string;
}

export function modelDocument(model: ApiModel, meta: ModelDocumentMeta): ModelDocument {
  return {
    $schema: MODEL_SCHEMA_ID,
    formatVersion: MODEL_FORMAT_VERSION,
    generator: { name: 'specwright', version: meta.generatorVersion },
    source: meta.source,
    model,
  };
}

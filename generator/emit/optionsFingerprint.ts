// A hash of every option that shapes the output, recorded in the manifest: `check` can then say
// "the options changed" rather than just "different". A user's templates count as options, by content.
// (optionSettings.ts records the same options readably, so `check` can name the one that changed.)

import { hashContent } from '../hash';
import type { ModelOptions } from '../model/buildModel';
import { canonicalJson } from './canonicalJson';
import type { EmitOptions } from './emitFiles';
import { templateHashes } from './templateHashes';

/** The version is recorded apart, and the templates folder's path does not matter, only what is in it. */
export function optionsFingerprint(model: ModelOptions, emit: EmitOptions): string {
  const { nameLock: _lock, ...modelOptions } = model;
  const { generatorVersion: _version, templatesDir, ...emitOptions } = emit;
  return hashContent(canonicalJson({ model: modelOptions, emit: emitOptions, templates: templateHashes(templatesDir) }));
}

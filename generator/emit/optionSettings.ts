// The options that shaped a client, as its manifest records them, so that `check` can name the one
// that differs (`--js` recorded, not given now) and not only say that some did. Each is under its
// config key and only when it is not the default; a user's templates by file, with their hash.

import type { ModelOptions } from '../model/buildModel';
import type { EmitOptions } from './emitFiles';
import { templateHashes } from './templateHashes';

/** Config key → value, JSON; a key left out is at its default. */
export type OptionSettings = Readonly<Record<string, unknown>>;

/** The defaults a setting is left out at (js, package, pagination, parameterDefaults and templates: none). */
export const OPTION_DEFAULTS: Readonly<Record<string, string>> = { int64: 'number', errorFields: 'generic', importExtension: 'js' };

export function optionSettings(model: ModelOptions, emit: EmitOptions): OptionSettings {
  const templates = templateHashes(emit.templatesDir);
  const settings: Record<string, unknown> = {
    parameterDefaults: Object.keys(model.parameterDefaults).length === 0 ? undefined : model.parameterDefaults,
    pagination: model.pagination,
    int64: emit.int64,
    errorFields: emit.errorFields,
    package: emit.package,
    js: emit.js === true ? true : undefined,
    importExtension: emit.importExtension,
    templates: Object.keys(templates).length === 0 ? undefined : templates,
  };
  return Object.fromEntries(Object.entries(settings).filter(([key, value]) => value !== undefined && value !== OPTION_DEFAULTS[key]));
}

// A hash of every option that shapes the output, recorded in the manifest: `check` can then say
// "the options changed" rather than just "different". A user's templates count as options, by content.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareKeys } from '../naming';
import { hashContent } from '../hash';
import type { ModelOptions } from '../model/buildModel';
import type { EmitOptions } from './emitFiles';
import { BUILTIN_TEMPLATE_DIR } from './templates';

/** JSON with keys sorted at every level, so equal options always hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => compareKeys(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function templateHashes(dir: string | undefined): Record<string, string> {
  if (dir === undefined) return {};
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.hbs'));
  } catch {
    return {};
  }
  // A copy of a built-in template (just ejected, say) shapes nothing: it does not count.
  const builtIn = (name: string): string | null => {
    try {
      return readFileSync(join(BUILTIN_TEMPLATE_DIR, name), 'utf8');
    } catch {
      return null;
    }
  };
  const own = names.map((n) => [n, readFileSync(join(dir, n), 'utf8')] as const).filter(([n, text]) => text !== builtIn(n));
  return Object.fromEntries(own.sort(([a], [b]) => compareKeys(a, b)).map(([n, text]) => [n, hashContent(text)]));
}

/** The version is recorded apart, and the templates folder's path does not matter, only what is in it. */
export function optionsFingerprint(model: ModelOptions, emit: EmitOptions): string {
  const { nameLock: _lock, ...modelOptions } = model;
  const { generatorVersion: _version, templatesDir, ...emitOptions } = emit;
  return hashContent(canonical({ model: modelOptions, emit: emitOptions, templates: templateHashes(templatesDir) }));
}

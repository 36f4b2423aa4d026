// The manifest written beside the generated files: where they came from (specwright version and
// build, the SHA-256 of the spec and of the files it refers to, the options and the command), which
// files specwright owns there with their hashes, and the client's API surface. A regeneration removes
// only its own stale files and keeps the names the surface records; `check` tells from it why the
// output is out of date and what changed for callers.

import type { ApiSurface, ClientSurface, EnumMemberSurface, OperationSurface, ParameterSurface, SchemaSurface, Usage } from '../emit/apiSurface';
import type { EmittedFile } from '../emit/emitFiles';
import type { OptionSettings } from '../emit/optionSettings';
import { jsonInline } from '../emit/escape';
import { fileHash } from './fileBytes';
import { sealed } from './manifestSelfHash';
import { parameterLockKey, type NameLock } from '../model/planNames';

export const MANIFEST_NAME = 'specwright.manifest.json';

/** What a generation was made from; two generations from the same provenance give the same files. */
export interface Provenance {
  readonly version: string;
  /**
   * The generator build that first made this output (generatorBuild.ts): the version stays the same
   * across many commits. '' in manifests written before builds were recorded.
   */
  readonly build: string;
  /** `refs`: the files the spec refers to, by path from its folder, with their text's hash; none when it refers to none. */
  readonly spec: { readonly source: string; readonly sha256: string; readonly refs?: Readonly<Record<string, string>> };
  /** `sha256-<hex>` of every option that shapes the output, user templates included. */
  readonly options: string;
  /** The same options as they read, for `check` to name one that differs; none in manifests written before they were recorded. */
  readonly settings?: OptionSettings;
  /** The command that regenerates the folder, and where it runs; none in manifests written before they were recorded. */
  readonly regenerate?: RecordedRun;
}

export interface RecordedRun {
  /** As the banners give it. */
  readonly command: string;
  /** The folder it runs from (the working folder of `--input`, the config's folder), relative to the output folder, `/`-separated. */
  readonly folder: string;
}

export interface Manifest extends Provenance {
  readonly generator: 'specwright';
  /** Generated file → `sha256-<hex>` of its content. */
  readonly files: Readonly<Record<string, string>>;
  readonly api: ApiSurface;
}

/**
 * Two-space JSON (spec text escaped by escape.ts), except that each file, operation and schema is one line: a spec update then shows
 * in review as one changed line per changed operation, and Graph's 11,000 operations stay readable.
 */
function printManifest(manifest: Manifest): string {
  const lines = (record: Readonly<Record<string, unknown>>, indent: string): string =>
    Object.entries(record)
      .map(([key, value]) => `${indent}${jsonInline(key)}: ${jsonInline(value)}`)
      .join(',\n');
  const section = (record: Readonly<Record<string, unknown>>, indent: string): string =>
    Object.keys(record).length === 0 ? '{}' : `{\n${lines(record, `${indent}  `)}\n${indent}}`;
  return [
    '{',
    `  "generator": "specwright",`,
    `  "version": ${jsonInline(manifest.version)},`,
    buildLine(manifest.build),
    `  "spec": ${jsonInline(manifest.spec)},`,
    `  "options": ${jsonInline(manifest.options)},`,
    ...(manifest.settings === undefined ? [] : [`  "settings": ${jsonInline(manifest.settings)},`]),
    ...(manifest.regenerate === undefined ? [] : [`  "regenerate": ${jsonInline(manifest.regenerate)},`]),
    `  "files": ${section(manifest.files, '  ')},`,
    `  "api": {`,
    `    "operations": ${section(manifest.api.operations, '    ')},`,
    `    "schemas": ${section(manifest.api.schemas, '    ')}${manifest.api.client === undefined ? '' : ','}`,
    ...(manifest.api.client === undefined ? [] : [`    "client": ${jsonInline(manifest.api.client)}`]),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The build's line, which keepRecordedBuild.ts rewrites. */
export const buildLine = (build: string): string => `  "build": ${jsonInline(build)},`;

export function manifestFile(files: readonly EmittedFile[], provenance: Provenance, api: ApiSurface): EmittedFile {
  const entries = [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => [f.path, fileHash(f)] as const);
  const { refs, ...spec } = provenance.spec;
  const recordedSpec = refs === undefined || Object.keys(refs).length === 0 ? spec : { ...spec, refs };
  const manifest: Manifest = { generator: 'specwright', ...provenance, spec: recordedSpec, files: Object.fromEntries(entries), api };
  return { path: MANIFEST_NAME, content: sealed(printManifest(manifest)) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The previous manifest, or null when there is none or it is not one of ours. It is a file users can
 * edit, so only its shape is trusted here; every consumer treats its strings as untrusted data.
 */
export function parseManifest(text: string | null, parts: 'all' | 'files' = 'all'): Manifest | null {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || parsed['generator'] !== 'specwright' || !isRecord(parsed['files'])) return null;
  const spec = isRecord(parsed['spec']) ? parsed['spec'] : {};
  // The write stage needs only the file list; reading Graph's 11,000 operations would be wasted there.
  const api = isRecord(parsed['api']) && parts === 'all' ? parsed['api'] : {};
  const refs = isRecord(spec['refs']) ? { refs: Object.fromEntries(Object.entries(spec['refs']).filter(([, v]) => isString(v))) as Record<string, string> } : {};
  return {
    generator: 'specwright',
    version: typeof parsed['version'] === 'string' ? parsed['version'] : '',
    build: typeof parsed['build'] === 'string' ? parsed['build'] : '',
    spec: { source: String(spec['source'] ?? ''), sha256: String(spec['sha256'] ?? ''), ...refs },
    options: typeof parsed['options'] === 'string' ? parsed['options'] : '',
    ...(isRecord(parsed['settings']) ? { settings: parsed['settings'] } : {}),
    ...recordedRun(parsed['regenerate']),
    files: Object.fromEntries(Object.entries(parsed['files']).filter(([path, v]) => typeof v === 'string' && isOwnPath(path))) as Record<string, string>,
    api: { operations: entriesOf(api['operations'], operationSurface), schemas: entriesOf(api['schemas'], schemaSurface), ...clientSurface(api['client']) },
  };
}

function recordedRun(value: unknown): { regenerate?: RecordedRun } {
  if (!isRecord(value) || !isString(value['command']) || !isString(value['folder'])) return {};
  return { regenerate: { command: value['command'], folder: value['folder'] } };
}

/**
 * A path the generator could have written: relative, inside the folder, plain. The manifest is a
 * file anyone can edit; any other entry is dropped as if never recorded, so no run removes or
 * reads a file outside the folder because the manifest listed it.
 */
function isOwnPath(path: string): boolean {
  if (path === '' || path.includes('\0') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** The entries of a record that read as `T`; the others are dropped, as if never recorded. */
function entriesOf<T>(value: unknown, read: (entry: Record<string, unknown>) => T | null): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isRecord(value)) return out;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    const parsed = isRecord(entry) ? read(entry) : null;
    if (parsed !== null) out[key] = parsed;
  }
  return out;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function operationSurface(entry: Record<string, unknown>): OperationSurface | null {
  const { name, params, response, responses, errorCodes } = entry;
  if (!isString(name) || !isString(params) || !isString(response) || !isString(responses)) return null;
  if (!Array.isArray(errorCodes) || !errorCodes.every(isString)) return null;
  const parameters = entriesOf(entry['parameters'], (p): ParameterSurface | null => {
    if (!isString(p['in']) || typeof p['required'] !== 'boolean') return null;
    return isString(p['name']) ? { in: p['in'], name: p['name'], required: p['required'] } : { in: p['in'], required: p['required'] };
  });
  const tags = Array.isArray(entry['tags']) && entry['tags'].every(isString) ? { tags: entry['tags'] } : {};
  const exports = Array.isArray(entry['exports']) && entry['exports'].every(isString) ? { exports: entry['exports'] } : {};
  return { name, params, response, responses, parameters, errorCodes, ...tags, ...exports };
}

function clientSurface(value: unknown): { client?: ClientSurface } {
  if (!isRecord(value) || !Array.isArray(value['auth']) || !value['auth'].every(isString)) return {};
  const baseUrl = value['baseUrl'];
  return isString(baseUrl) || baseUrl === null ? { client: { baseUrl, auth: value['auth'] } } : {};
}

const USAGES: readonly unknown[] = ['request', 'response', 'both', 'none'] satisfies Usage[];

const VIEWS: ReadonlySet<string> = new Set(['both', 'read', 'write', 'base']);

function schemaSurface(entry: Record<string, unknown>): SchemaSurface | null {
  const types = entry['types'];
  if (!isRecord(types) || !USAGES.includes(entry['usage'])) return null;
  const views: Record<string, string> = {};
  for (const view of Object.keys(types)) {
    const name = types[view];
    if (VIEWS.has(view) && isString(name)) views[view] = name;
  }
  const members = Array.isArray(entry['members']) ? entry['members'].filter(isMember) : null;
  return { types: views, usage: entry['usage'] as Usage, ...(members === null ? {} : { members }) };
}

function isMember(value: unknown): value is EnumMemberSurface {
  if (!Array.isArray(value) || value.length !== 2 || !isString(value[1])) return false;
  const v: unknown = value[0];
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** The files a previous run said it wrote. */
export function ownedFiles(manifest: Manifest | null): string[] {
  return manifest === null ? [] : Object.keys(manifest.files);
}

/** The names the previous generation gave, for the model to keep. */
export function nameLock(manifest: Manifest | null): NameLock {
  const operations: Record<string, string> = {};
  const schemas: Record<string, string> = {};
  const parameters: Record<string, Record<string, string>> = {};
  const enumMembers: Record<string, readonly EnumMemberSurface[]> = {};
  if (manifest === null) return { operations, schemas, parameters, enumMembers };
  for (const [key, op] of Object.entries(manifest.api.operations)) {
    operations[key] = op.name;
    const keys: Record<string, string> = {};
    for (const [param, p] of Object.entries(op.parameters)) if (p.name !== undefined) keys[parameterLockKey(p.in, p.name)] = param;
    parameters[key] = keys;
  }
  for (const [pointer, schema] of Object.entries(manifest.api.schemas)) {
    const name = schema.types.both ?? schema.types.read;
    if (name !== undefined) schemas[pointer] = name;
    if (schema.members !== undefined) enumMembers[pointer] = schema.members;
  }
  return { operations, schemas, parameters, enumMembers };
}

// Pulls `$ref`s to other files into the document, so later stages see local refs only.
// swagger-parser reads and parses the files; this module decides where their content goes:
// schemas become named definitions (named after the ref), anything else is inlined where it is used.
// Only files inside the spec's folder (or folders the caller allows) are read; remote refs are
// refused unless the caller allows them.

import { dirname, relative, sep } from 'node:path';
import { RefusedInputError, type Diagnostic } from '../diagnostics';
import { isObject, setOwn } from '../json';
import { hasUrlScheme } from '../hasUrlScheme';
import { escapePointerSegment, parsePointer, pointerTo } from '../pointer';
import { lazy } from '../lazy';
import { folderReader, specParser, unreadableFiles } from './folderReader';
import { isOutside, isUrl, realFolders, resolveRef, shownPath, splitRef } from './refPaths';
import { missingIn, refusedAtReferrer, refusedIn, refusedRef } from './refusedRef';
import type { RefSite } from './scanDocument';
import type { LocateAll } from './sourceLocator';
import type { Dialect } from './sniffVersion';

const swaggerParser = lazy(() => require('@apidevtools/swagger-parser') as typeof import('@apidevtools/swagger-parser'));

const SCHEMA_KEYS = new Set(['schema', 'items', 'additionalProperties', 'not', 'additionalItems', 'contains', 'propertyNames', 'if', 'then', 'else']);
const SCHEMA_LIST_KEYS = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);
const SCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

type Context = 'schema' | 'schemaList' | 'schemaMap' | 'other';

/** What the value under `key` is, given what its parent is. */
function childContext(parent: Context, key: string): Context {
  if (parent === 'schemaList' || parent === 'schemaMap') return 'schema';
  if (parent === 'schema' && SCHEMA_MAP_KEYS.has(key)) return 'schemaMap';
  if (parent === 'schema' && SCHEMA_LIST_KEYS.has(key)) return 'schemaList';
  if (SCHEMA_KEYS.has(key)) return 'schema';
  return 'other';
}

interface Refs {
  get(ref: string): unknown;
  exists(ref: string): boolean;
}

/** Where named schemas live in each dialect. */
export function schemasPointer(dialect: Dialect): string {
  return dialect === 'swagger-2.0' ? '#/definitions' : '#/components/schemas';
}

/** What the caller lets `$ref`s reach beyond the spec's own folder. */
export interface RefPolicy {
  /** Absolute folders whose files may be read, besides the spec's. */
  readonly allowedDirs: readonly string[];
  /** Whether http(s) refs are fetched. */
  readonly allowRemote: boolean;
}

export const DEFAULT_REF_POLICY: RefPolicy = { allowedDirs: [], allowRemote: false };

/** A part of the bundled document from another file: the node at `at` is the node at `pointer` in `file`. */
export interface Origin {
  readonly at: string;
  readonly file: string;
  readonly pointer: string;
}

/** The parts of a bundled document brought in from other files, and where each file's nodes are, by absolute path. */
export interface ExternalParts {
  readonly origins: readonly Origin[];
  readonly locators: ReadonlyMap<string, LocateAll>;
  /**
   * Every file the spec refers to, directly or not, with the hash of its text: by its path from the
   * spec's folder (`/`-separated), or its URL. The manifest records them, so `check` can say which changed.
   */
  readonly references: Readonly<Record<string, string>>;
}

export const NO_EXTERNAL_PARTS: ExternalParts = { origins: [], locators: new Map(), references: {} };

/** The files read besides the spec, by the name the manifest gives them, in code-unit order. */
function referenceHashes(file: string, read: readonly (readonly [string, string])[]): Record<string, string> {
  const named = read.filter(([path]) => path !== file).map(([path, hash]) => [isUrl(path) ? path : relative(dirname(file), path).split(sep).join('/'), hash] as const);
  return Object.fromEntries(named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

class Bundler {
  /** Where each external schema brought in lives in the bundle, by its absolute ref. */
  private readonly hoisted = new Map<string, string>();
  /** The root's named schemas that are only a `$ref` to another file's schema, and the ref's absolute form. */
  private readonly slots = new Map<string, string>();
  /** Schemas brought in from other files, by their new name. */
  readonly added: Record<string, unknown> = {};
  readonly origins: Origin[] = [];

  constructor(
    private readonly policy: RefPolicy & { readonly folders: readonly string[] },
    private readonly rootFile: string,
    private readonly base: string,
    private readonly existing: ReadonlySet<string>,
    private readonly refs: Refs,
    private readonly refuse: (file: string, pointer: string, ref: string, reason: string) => never,
    /** A schema `$ref` into a file that holds nothing at its pointer: typed unknown, as one inside the spec would be. */
    private readonly missing: (file: string, pointer: string, ref: string) => void,
  ) {}

  /**
   * Claims the root's named schemas that are nothing but a `$ref` to another file's schema
   * (`Pet: { $ref: schemas/Pet.yaml }`, how split specs list their schemas): that schema is brought
   * in under their name, not a second one (`Pet` an alias of `Pet2`). The first to name a file wins.
   */
  claimSlots(schemas: Readonly<Record<string, unknown>>): void {
    for (const [name, node] of Object.entries(schemas)) {
      const ref = isObject(node) && Object.keys(node).length === 1 ? node['$ref'] : undefined;
      if (typeof ref !== 'string' || ref.startsWith('#')) continue;
      const absolute = resolveRef(this.rootFile, ref);
      if (this.hoisted.has(absolute) || splitRef(absolute).file === this.rootFile) continue;
      this.hoisted.set(absolute, pointerTo(this.base, name));
      this.slots.set(name, absolute);
    }
  }

  /** A copy of `node` (at `pointer` in `file`, bound for `at` in the bundle) whose refs all point into the root document. */
  process(node: unknown, file: string, given: Context, pointer: string, at: string): unknown {
    const atBase = file === this.rootFile && pointer === this.base;
    const context = atBase ? 'schemaMap' : given;
    if (Array.isArray(node)) return node.map((item, i) => this.process(item, file, context === 'schemaList' ? 'schema' : context, pointerTo(pointer, i), pointerTo(at, i)));
    if (!isObject(node)) return node;
    const ref = node['$ref'];
    if (typeof ref === 'string' && (file !== this.rootFile || !ref.startsWith('#'))) return this.follow(ref, file, context, pointer, at);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const slot = atBase ? this.slots.get(key) : undefined;
      const [childPointer, childAt] = [pointerTo(pointer, key), pointerTo(at, key)];
      setOwn(out, key, slot === undefined ? this.process(value, file, childContext(context, key), childPointer, childAt) : this.fill(slot, (value as Record<string, string>)['$ref']!, childPointer));
    }
    return out;
  }

  /**
   * The absolute form of `ref` (at `pointer` in `file`) and its target, refused when it may not be
   * read or its file is not there; `found` is false when the file holds nothing at its pointer.
   */
  private checked(ref: string, file: string, pointer: string): { absolute: string; target: { file: string; fragment: string }; found: boolean } {
    const absolute = ref.startsWith('#') ? `${file}${ref}` : resolveRef(file, ref);
    const target = splitRef(absolute);
    if (isUrl(target.file) ? !this.policy.allowRemote : isOutside(this.policy.folders, target.file)) {
      this.refuse(file, pointer, ref, isUrl(target.file) ? 'remote references are not fetched' : "the file is outside the spec's folder");
    }
    const document = this.refs.exists(target.file) ? this.refs.get(target.file) : undefined;
    if (document === undefined) this.refuse(file, pointer, ref, 'no such file');
    return { absolute, target, found: this.refs.exists(absolute) && ownSteps(document, target.fragment) };
  }

  /** A schema's stand-in for a ref to nothing: unknown, with a warning; anything else's is refused, as it cannot be left out here. */
  private nothingAt(ref: string, file: string, context: Context, pointer: string, fragment: string): unknown {
    if (context !== 'schema') return this.refuse(file, pointer, ref, `the file holds nothing at #${fragment}`);
    this.missing(file, pointer, ref);
    return {};
  }

  private follow(ref: string, file: string, context: Context, pointer: string, at: string): unknown {
    const { absolute, target, found } = this.checked(ref, file, pointer);
    if (!found) return this.nothingAt(ref, file, context, pointer, target.fragment);
    if (target.file === this.rootFile) return { $ref: `#${target.fragment}` };
    if (context === 'schema') return { $ref: this.hoist(absolute, target) };
    this.origins.push({ at, file: target.file, pointer: `#${target.fragment}` });
    return this.process(this.refs.get(absolute), target.file, 'other', `#${target.fragment}`, at);
  }

  /** The content of a claimed root schema (at `pointer`): the other file's schema its `$ref` names. */
  private fill(absolute: string, ref: string, pointer: string): unknown {
    const { target, found } = this.checked(ref, this.rootFile, pointer);
    if (!found) return this.nothingAt(ref, this.rootFile, 'schema', pointer, target.fragment);
    this.origins.push({ at: pointer, file: target.file, pointer: `#${target.fragment}` });
    return this.process(this.refs.get(absolute), target.file, 'schema', `#${target.fragment}`, pointer);
  }

  /** Puts an external schema under the root's schemas, named after its pointer's last token or its file. */
  private hoist(absolute: string, target: { file: string; fragment: string }): string {
    const known = this.hoisted.get(absolute);
    if (known !== undefined) return known;
    const tokens = parsePointer(`#${target.fragment}`);
    const stem = tokens[tokens.length - 1] ?? target.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
    const taken = (n: string) => this.existing.has(n) || Object.hasOwn(this.added, n);
    let name = stem === '' ? 'Schema' : stem;
    for (let n = 2; taken(name); n += 1) name = `${stem}${n}`;
    const local = `${this.base}/${escapePointerSegment(name)}`;
    this.hoisted.set(absolute, local);
    setOwn(this.added, name, null); // claims the name before the content, which may refer back to it
    this.origins.push({ at: local, file: target.file, pointer: `#${target.fragment}` });
    setOwn(this.added, name, this.process(this.refs.get(absolute), target.file, 'schema', `#${target.fragment}`, local));
    return local;
  }
}

/**
 * Whether each step of a pointer is a member the document holds: the resolver also steps through
 * names every object inherits (`__proto__`, `constructor`), finding a built-in where the document
 * holds nothing. A step into a `$ref` is the resolver's to follow.
 */
function ownSteps(doc: unknown, fragment: string): boolean {
  let node = doc;
  for (const token of parsePointer(`#${fragment}`)) {
    if (isObject(node) && typeof node['$ref'] === 'string') return true;
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return false;
    node = (node as Record<string, unknown>)[token];
  }
  return true;
}

/** A referred file's parse refusal, its file named as the spec is. */
function refusedParse(diagnostics: readonly Diagnostic[], file: string, shownAs: string): RefusedInputError {
  return new RefusedInputError(diagnostics.map((d) => (d.file === undefined ? d : { ...d, file: shownPath(d.file, file, shownAs) })));
}

function readAt(doc: unknown, pointer: string): Readonly<Record<string, unknown>> {
  let node = doc;
  for (const token of parsePointer(pointer)) node = isObject(node) ? node[token] : undefined;
  return isObject(node) ? node : {};
}

/**
 * The document with its external refs (`sites`, from scanDocument) bundled in, and where each part
 * brought in came from; throws RefusedInputError when one cannot be read.
 */
export async function bundleExternalRefs(
  data: Record<string, unknown>,
  sites: readonly RefSite[],
  file: string,
  shownAs: string,
  dialect: Dialect,
  policy: RefPolicy = DEFAULT_REF_POLICY,
): Promise<{ readonly document: unknown; readonly external: ExternalParts; readonly warnings: readonly Diagnostic[] }> {
  if (sites.length === 0) return { document: data, external: NO_EXTERNAL_PARTS, warnings: [] };
  const folders = [dirname(file), ...policy.allowedDirs];
  const remote = sites.filter((s) => hasUrlScheme(s.ref) && !(policy.allowRemote && isUrl(s.ref)));
  if (remote.length > 0) throw new RefusedInputError(remote.map((s) => refusedRef(shownAs, s.pointer, s.ref, 'remote references are not fetched')));
  const outside = sites.filter((s) => !isUrl(s.ref) && isOutside(folders, splitRef(resolveRef(file, s.ref)).file));
  if (outside.length > 0) throw new RefusedInputError(outside.map((s) => refusedRef(shownAs, s.pointer, s.ref, "the file is outside the spec's folder")));
  const real = realFolders(folders);
  const unreadable = await unreadableFiles(sites.filter((s) => !isUrl(s.ref)), file, real);
  if (unreadable.length > 0) throw new RefusedInputError(unreadable.map(({ site, reason }) => refusedRef(shownAs, site.pointer, site.ref, reason)));
  let refs: Refs;
  const reader = folderReader(folders, real);
  const parser = specParser();
  try {
    // swagger-parser checks the version field itself and does not know 3.2; ours was checked already.
    const input = typeof data['openapi'] === 'string' ? { ...data, openapi: '3.1.0' } : data;
    const http = policy.allowRemote ? { timeout: 10_000, redirects: 0, withCredentials: false } : false;
    const parse = { json: false, yaml: false, spec: parser };
    refs = (await swaggerParser().resolve(file, input as never, { resolve: { http, external: true, file: reader }, parse } as never)) as unknown as Refs;
  } catch (error) {
    if (parser.refusal !== null) throw refusedParse(parser.refusal, file, shownAs);
    const e = error as { message: string; path?: readonly (string | number)[] };
    const failure = reader.failure ?? (parser.empty === null ? null : { path: parser.empty, reason: 'the file holds nothing (it is empty, or only comments)' });
    const atReferrer = failure === null ? null : refusedAtReferrer(sites, parser.parsed, failure, file, shownAs);
    throw new RefusedInputError([atReferrer ?? refusedRef(shownAs, pointerTo('#', ...(e.path ?? [])), '', failure?.reason ?? e.message)]);
  }
  // A file without an extension that ours could not parse was then read as text: refused all the same.
  if (parser.refusal !== null) throw refusedParse(parser.refusal, file, shownAs);
  const base = schemasPointer(dialect);
  const existing = new Set(Object.keys(readAt(data, base)));
  const missing: Diagnostic[] = [];
  const bundler = new Bundler(
    { ...policy, folders },
    file,
    base,
    existing,
    refs,
    (at, pointer, ref, reason) => {
      throw new RefusedInputError([at === file ? refusedRef(shownAs, pointer, ref, reason) : refusedIn(at, parser.parsed.get(at), file, shownAs, pointer, ref, reason)]);
    },
    (at, pointer, ref) => missing.push(missingIn(at, parser.parsed.get(at), file, shownAs, pointer, ref)),
  );
  bundler.claimSlots(readAt(data, base));
  const root = bundler.process(data, file, 'other', '#', '#') as Record<string, unknown>;
  const references = referenceHashes(file, [...reader.hashes, ...parser.remoteHashes]);
  const external = { origins: bundler.origins, locators: new Map([...parser.parsed].map(([path, { locateAll }]) => [path, locateAll])), references };
  const warnings = [...reader.warnings.map((w) => ({ ...w, file: shownPath(w.file!, file, shownAs) })), ...missing];
  if (Object.keys(bundler.added).length === 0) return { document: root, external, warnings };
  if (dialect === 'swagger-2.0') return { document: { ...root, definitions: { ...readAt(root, base), ...bundler.added } }, external, warnings };
  const components = isObject(root['components']) ? root['components'] : {};
  return { document: { ...root, components: { ...components, schemas: { ...readAt(root, base), ...bundler.added } } }, external, warnings };
}

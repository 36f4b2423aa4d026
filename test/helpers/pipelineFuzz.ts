// The whole pipeline run on a generated spec, and the checks every run must pass: no internal error,
// refusals as diagnostics with pointers, the same bytes twice and under key reordering, code that
// type-checks under generated/tsconfig.json, and none of the spec's text as code.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vm from 'node:vm';
import ts from 'typescript';
import { parse, stringify } from 'yaml';
import type { Diagnostic } from '../../generator/diagnostics';
import { generate, type GenerateResult } from '../../generator/generate';
import { INFINITY_MARK, SENTINEL, specText, type FuzzOptions } from './specArbitrary';

export interface Generated {
  readonly result: GenerateResult;
  /** path → content, the manifest's spec hash blanked (it hashes the spec's bytes, which reordering changes). */
  readonly files: ReadonlyMap<string, string>;
}

/**
 * The spec as YAML, or throws YamlRoundTripError when the yaml package does not read its own output
 * back as the same value (its stringify writes `"\\r01\n \n…"` so that the space line comes back
 * as a backslash): no spec could be compared then.
 */
export function yamlText(document: unknown): string {
  const value = JSON.parse(specText(document).replaceAll('1e999', `"${INFINITY_MARK}"`)) as unknown;
  const text = stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
  if (JSON.stringify(parse(text)) !== JSON.stringify(value)) throw new YamlRoundTripError();
  return text.replaceAll(INFINITY_MARK, '.inf');
}

export class YamlRoundTripError extends Error {}

export interface RunOptions {
  /** Write into this folder (else nothing is written: check mode against a folder that is not there). */
  readonly output?: { readonly folder: string; readonly write: boolean };
  /** The spec as YAML instead of JSON. */
  readonly yaml?: boolean;
  /** JavaScript with declarations (`--js`). */
  readonly js?: boolean;
}

/** Generates from `document` written under `dir` (JSON, or YAML): in check mode unless `run.output` says to write. */
export async function generateFrom(document: unknown, dir: string, file: string, options: Partial<FuzzOptions> = {}, run: RunOptions = {}): Promise<Generated> {
  const output = run.output;
  mkdirSync(dir, { recursive: true });
  const input = join(dir, file);
  writeFileSync(input, run.yaml === true ? yamlText(document) : specText(document));
  const result = await generate({
    input,
    output: output?.folder ?? join(dir, 'never-written'),
    check: output?.write !== true,
    strict: false,
    model: { parameterDefaults: options.parameterDefaults ?? {}, ...(options.pagination === undefined ? {} : { pagination: options.pagination }) },
    emit: {
      generatorVersion: '0.0.0-fuzz',
      source: 'spec.json',
      command: 'npx specwright generate --input spec.json --output out',
      int64: options.int64 ?? 'number',
      ...(options.errorFields === undefined ? {} : { errorFields: options.errorFields }),
      ...(run.js === true ? { js: true } : {}),
    },
  });
  // The spec's hash differs between its JSON and YAML texts, and so does the manifest's hash of itself.
  const sameSpec = (manifest: string) => manifest.replace(/"sha256": ?"[0-9a-f]{64}"/g, '"sha256":""').replace(/"self": "sha256-[0-9a-f]{64}"/, '"self": ""');
  const files = new Map(result.files.map((f) => [f.path, f.path === 'specwright.manifest.json' ? sameSpec(f.content) : f.content]));
  return { result, files };
}

/** Problems with how a run ended: an internal error, or a refusal without an error that points into the spec. */
export function outcomeProblems(result: GenerateResult): string[] {
  const problems: string[] = [];
  for (const d of result.diagnostics) {
    if (d.code === 'INTERNAL_ERROR') problems.push(`internal error: ${d.message}`);
    if (typeof d.pointer !== 'string' || !d.pointer.startsWith('#')) problems.push(`${d.code} without a JSON pointer: ${JSON.stringify(d.pointer)}`);
    if (/\n\s+at .+:\d+:\d+/.test(d.message)) problems.push(`${d.code} carries a stack trace`);
  }
  const errors = result.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  if (result.refused && errors.length === 0) problems.push('refused without an error diagnostic');
  if (!result.refused && errors.length > 0) problems.push(`generated despite errors: ${errors.map((e) => e.code).join(', ')}`);
  if (!result.refused && result.files.length === 0) problems.push('generated no files');
  return problems;
}

/** The first difference between two runs' files, or null. */
export function firstDifference(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string | null {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const path of paths) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y) continue;
    if (x === undefined || y === undefined) return `${path}: only in one run`;
    const lx = x.split('\n');
    const ly = y.split('\n');
    const line = lx.findIndex((l, i) => l !== ly[i]);
    return `${path}:${line + 1}: ${JSON.stringify(lx[line]?.slice(0, 200))} vs ${JSON.stringify(ly[line]?.slice(0, 200))}`;
  }
  return null;
}

/** Bidirectional controls raw in an emitted file ("Trojan Source"): the README and the code alike. */
const RAW_BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Spec text that became code: a call of the sentinel outside strings and comments (any payload that
 * escaped its string or comment calls it), or a raw bidirectional control anywhere.
 */
export function injectionProblems(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, content] of files) {
    if (RAW_BIDI.test(content)) problems.push(`${path}: raw bidirectional control`);
    if (!path.endsWith('.ts')) continue;
    const source = ts.createSourceFile(path, content, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      const called = ts.isCallExpression(node) && node.expression.getText(source).includes(SENTINEL);
      if (called || (ts.isIdentifier(node) && node.text === SENTINEL)) {
        problems.push(`${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: spec text as code: ${node.getText(source).slice(0, 80)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    const parseErrors = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
    if (parseErrors.length > 0) problems.push(`${path}: does not parse: ${ts.flattenDiagnosticMessageText(parseErrors[0]!.messageText, '\n')}`);
  }
  return problems;
}

const TSCONFIG = resolve(__dirname, '../../generated/tsconfig.json');

/** The compiler options the committed clients are checked with. */
export function generatedCompilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(TSCONFIG, (p) => ts.sys.readFile(p));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, resolve(TSCONFIG, '..')).options;
}

/**
 * Type-checks many clients in one program (each in its own folder under `root`): a program per
 * client would load the lib files again each time. Returns the diagnostics by folder.
 */
export function compileClients(root: string, clients: ReadonlyMap<string, ReadonlyMap<string, string>>, options = generatedCompilerOptions()): Map<string, string[]> {
  const roots: string[] = [];
  for (const [folder, files] of clients) {
    mkdirSync(join(root, folder), { recursive: true });
    for (const [path, content] of files) {
      if (!path.endsWith('.ts')) continue;
      writeFileSync(join(root, folder, path), content);
      roots.push(join(root, folder, path));
    }
  }
  const program = ts.createProgram({ rootNames: roots, options: { ...options, noEmit: true } });
  const byFolder = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file?.fileName ?? '';
    const folder = file.startsWith(root) ? file.slice(root.length + 1).split('/')[0]! : '(global)';
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const list = byFolder.get(folder) ?? [];
    list.push(`${file.slice(root.length + 1)}:${line} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 300)}`);
    byFolder.set(folder, list);
  }
  return byFolder;
}

/** README text where Markdown would render spec text as HTML or a link. */
export function readmeProblems(files: ReadonlyMap<string, string>): string[] {
  const readme = files.get('README.md');
  if (readme === undefined) return [];
  return [/(?<!\\)<\/?script/i, /(?<!\\)\]\(javascript:/i].filter((re) => re.test(readme)).map((re) => `README.md: unescaped ${re.source}`);
}

/**
 * Loads the client (each file transpiled to CommonJS) in a fresh context whose global `__pwn` counts
 * calls, builds a client with a fetch that answers every call, and calls each operation once.
 * Returns the number of times spec text ran, and what went wrong loading the module (its own bug).
 */
export async function runClient(files: ReadonlyMap<string, string>): Promise<{ pwned: number; calls: number; loadError: string | null }> {
  let pwned = 0;
  let calls = 0;
  const fakeFetch = async (): Promise<Response> => {
    calls += 1;
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  const context = vm.createContext({ [SENTINEL]: () => (pwned += 1), URL, URLSearchParams, Headers, Request, Response, Blob, FormData, AbortController, AbortSignal, TextEncoder, TextDecoder, setTimeout, clearTimeout, console, fetch: fakeFetch });
  const cache = new Map<string, { exports: Record<string, unknown> }>();
  const load = (path: string): Record<string, unknown> => {
    const cached = cache.get(path);
    if (cached !== undefined) return cached.exports;
    const source = files.get(path);
    if (source === undefined) throw new Error(`no file ${path}`);
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const module = { exports: {} as Record<string, unknown> };
    cache.set(path, module);
    const fn = vm.runInContext(`(function (exports, require, module) {\n${js}\n})`, context) as (e: unknown, r: unknown, m: unknown) => void;
    fn(module.exports, (spec: string) => load(spec.replace(/^\.\//, '').replace(/\.js$/, '.ts')), module);
    return module.exports;
  };
  let client: Record<string, unknown>;
  try {
    client = load('index.ts');
  } catch (error) {
    return { pwned, calls, loadError: String(error instanceof Error ? error.stack : error) };
  }
  const createClient = client['createClient'] as (o: unknown) => unknown;
  const instance = createClient({ baseUrl: 'http://localhost', fetch: fakeFetch });
  const api = (client['createApi'] as (c: unknown) => Record<string, unknown>)(instance);
  for (const [key, bound] of Object.entries(api)) {
    if (key === 'byTag' || typeof bound !== 'function') continue;
    try {
      const descriptor = (client[`${key}Operation`] ?? client[`${key.replace(/^_/, '')}Operation`]) as { parameters?: { key: string }[] } | undefined;
      const params = Object.fromEntries((descriptor?.parameters ?? []).map((p) => [p.key, `v'\`\${${SENTINEL}(40)}`]));
      await (bound as (p: unknown) => Promise<unknown>)(params);
    } catch {
      // Missing required parameters and the like: only what runs matters here.
    }
  }
  return { pwned, calls, loadError: null };
}

/**
 * The manifest's API in brief, keys sorted: the names of every operation's exports (by method and
 * path) and of every declared schema's (by pointer). `inline: true` adds the inline schemas named
 * after where they sit.
 */
export function apiNames(files: ReadonlyMap<string, string>, { inline = false } = {}): string {
  const manifest = JSON.parse(files.get('specwright.manifest.json') ?? '{}') as { api?: { operations?: object; schemas?: Record<string, unknown> } };
  const declared = /^#\/(?:components\/schemas|definitions)\/[^/]*$/;
  const schemas = Object.entries(manifest.api?.schemas ?? {}).filter(([pointer]) => inline || declared.test(pointer));
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sortKeys(x)])) : v;
  return JSON.stringify(sortKeys({ operations: manifest.api?.operations, schemas: Object.fromEntries(schemas) }), null, 1);
}

// Built-in templates, precompiled once per version of them and kept beside the CLI's bundle in
// node_modules/.cache/specwright. Loading Handlebars' compiler and compiling the six templates took
// about 80 ms of every run; loading its runtime and the cached code takes about 25 ms. A user's
// templates are compiled as before, and so are ours when there is no writable cache.

import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { hashContent } from '../hash';
import { lazy } from '../lazy';
import { handlebars } from './handlebars';

export const TEMPLATE_CACHE_DIR = resolve(__dirname, '../../node_modules/.cache/specwright');

/**
 * The options every template is compiled with: values arrive escaped already, and a missing one is an
 * error. A new object each time: Handlebars writes its defaults into the one it is given.
 */
export function compileOptions(): { noEscape: true; strict: true } {
  return { noEscape: true, strict: true };
}

const runtime = lazy(() => require('handlebars/runtime') as typeof import('handlebars'));

function cacheFileName(sources: ReadonlyMap<string, string>): string {
  // The runtime's version: precompiled code is for the compiler of the same release.
  const version = runtime().VERSION;
  const key = hashContent(JSON.stringify([version, compileOptions(), [...sources]])).slice('sha256-'.length, 'sha256-'.length + 16);
  return `templates-${key}.cjs`;
}

/** A CommonJS module of the precompiled templates, by name. */
function precompile(sources: ReadonlyMap<string, string>): string {
  const entries = [...sources].map(([name, source]) => `${JSON.stringify(name)}: ${handlebars().precompile(source, compileOptions())}`);
  return `'use strict';\nmodule.exports = {\n${entries.join(',\n')}\n};\n`;
}

/** Writes under a name of our own, then renames: two processes starting at once never read half a file. */
function writeCache(dir: string, name: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(partial, content);
  for (const old of readdirSync(dir)) if (old.startsWith('templates-') && old.endsWith('.cjs') && old !== name) rmSync(join(dir, old), { force: true });
  renameSync(partial, join(dir, name));
}

/**
 * The templates (name → source) as functions, from the cache, or compiled into it on first use;
 * null when the cache cannot be written or read (the caller compiles them itself).
 */
export function precompiledTemplates(sources: ReadonlyMap<string, string>, cacheDir: string = TEMPLATE_CACHE_DIR): Map<string, TemplateDelegate> | null {
  const name = cacheFileName(sources);
  const file = join(cacheDir, name);
  let specs: Record<string, TemplateSpecification>;
  try {
    if (!existsSync(file)) writeCache(cacheDir, name, precompile(sources));
    specs = require(file) as Record<string, TemplateSpecification>;
  } catch {
    return null;
  }
  const env = runtime().create();
  return new Map([...sources.keys()].map((n) => [n, env.template(specs[n]!)]));
}

type TemplateSpecification = Parameters<ReturnType<typeof runtime>['template']>[0];

// Loads and compiles the Handlebars templates, letting a user's folder override any of them by name.
// Templates only lay out text: every value they receive is already TsCode, MarkdownText or an Identifier.

import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { makeDiagnostic, type Diagnostic } from '../diagnostics';
import { renderDiagnostic, syntaxDiagnostic } from './handlebarsDiagnostics';
import { lazy } from '../lazy';
import { handlebars } from './handlebars';
import { compileOptions, precompiledTemplates } from './precompiledTemplates';
import type { TemplateViews } from './templateViews';

/** Each is documented in templateViews.ts (its view-model) and templates/README.md. */
export const TEMPLATE_NAMES = ['banner', 'runtime.ts', 'operation', 'pagination', 'index.ts', 'README.md'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** A template as emit sees it besides rendering: where it came from and what it rendered. */
export interface TemplateFile {
  /** The file it was read from, for messages. */
  readonly file: string;
  /** Ours, not a user's: its output is already formatted (a unit test holds it to that). */
  readonly builtIn: boolean;
  /**
   * What a user's template rendered (empty for ours): when a file holding its output does not parse,
   * these tell which of the templates in that file the error is in.
   */
  readonly outputs: readonly string[];
}

export interface Template<View extends object = object> extends TemplateFile {
  (view: View): string;
}

/** Every template, each taking its own view-model. */
export type Templates = { readonly [Name in TemplateName]: Template<TemplateViews[Name]> };

export const BUILTIN_TEMPLATE_DIR = resolve(__dirname, '../../templates');

/** A template that cannot be used; its diagnostic names the template file, and the line when known. */
export class TemplateError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.file ?? 'template'}: ${diagnostic.message}`);
    this.name = 'TemplateError';
  }
}

/** The error for a `templates` folder that is not there; null when it is a folder. */
export function templatesFolderError(dir: string): Diagnostic | null {
  const found = statSync(dir, { throwIfNoEntry: false });
  if (found?.isDirectory() === true) return null;
  return makeDiagnostic('TEMPLATES_FOLDER_MISSING', '#', { path: dir, problem: found === undefined ? 'does not exist' : 'is not a folder' });
}

function compileSource(env: typeof import('handlebars'), file: string, source: string, builtIn: boolean): TemplateDelegate {
  // compile() parses lazily, on the first render: parse a user's template now, so that a broken one
  // is reported even when nothing renders it (no operation paginates). Ours are tested to parse.
  try {
    if (!builtIn) env.parse(source);
  } catch (error) {
    throw new TemplateError(syntaxDiagnostic(file, error));
  }
  return env.compile(source, compileOptions());
}

function template(compiled: TemplateDelegate, file: string, builtIn: boolean): Template {
  const outputs: string[] = [];
  const render = (view: object): string => {
    let text: string;
    try {
      text = compiled(view);
    } catch (error) {
      throw new TemplateError(renderDiagnostic(file, error, Object.keys(view)));
    }
    if (!builtIn) outputs.push(text);
    return text;
  };
  return Object.assign(render, { file, builtIn, outputs });
}

function builtInFile(name: TemplateName): string {
  return join(BUILTIN_TEMPLATE_DIR, `${name}.hbs`);
}

/** Compiles every template once; files in `overrideDir` named like a built-in one replace it. */
export function loadTemplates(overrideDir?: string): Templates {
  const missing = overrideDir === undefined ? null : templatesFolderError(overrideDir);
  if (missing !== null) throw new TemplateError(missing);
  // Ours are precompiled as one set, whichever a user replaces, so that the cache holds one file.
  const ours = new Map(TEMPLATE_NAMES.map((name) => [name, readFileSync(builtInFile(name), 'utf8')]));
  const precompiled = precompiledTemplates(ours);
  const env = lazy(() => handlebars().create());
  const out = {} as Record<TemplateName, Template>;
  for (const name of TEMPLATE_NAMES) {
    const own = overrideDir === undefined ? null : join(overrideDir, `${name}.hbs`);
    if (own !== null && existsSync(own)) out[name] = template(compileSource(env(), own, readFileSync(own, 'utf8'), false), own, false);
    else out[name] = template(precompiled?.get(name) ?? compileSource(env(), builtInFile(name), ours.get(name)!, true), builtInFile(name), true);
  }
  return out;
}

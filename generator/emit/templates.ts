// Loads and compiles the Handlebars templates, letting a user's folder override any of them by name.
// Templates only lay out text: every value they receive is already TsCode or an Identifier.

import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';

export const TEMPLATE_NAMES = ['banner', 'runtime.ts', 'operation', 'pagination', 'index.ts'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface Template {
  (view: object): string;
  /** The file it was read from, for messages. */
  readonly file: string;
  /** Ours, not a user's: its output is already formatted (a unit test holds it to that). */
  readonly builtIn: boolean;
}

export const BUILTIN_TEMPLATE_DIR = resolve(__dirname, '../../templates');

export class TemplateError extends Error {
  constructor(readonly template: string, reason: string) {
    super(`template ${template}: ${reason}`);
    this.name = 'TemplateError';
  }
}

/** Compiles every template once; files in `overrideDir` named like a built-in one replace it. */
export function loadTemplates(overrideDir?: string): Readonly<Record<TemplateName, Template>> {
  const env = Handlebars.create();
  const out = {} as Record<TemplateName, Template>;
  for (const name of TEMPLATE_NAMES) {
    const own = overrideDir === undefined ? undefined : join(overrideDir, `${name}.hbs`);
    const file = own !== undefined && existsSync(own) ? own : join(BUILTIN_TEMPLATE_DIR, `${name}.hbs`);
    const compiled = env.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: true });
    const render = (view: object): string => {
      try {
        return compiled(view);
      } catch (error) {
        throw new TemplateError(file, (error as Error).message);
      }
    };
    out[name] = Object.assign(render, { file, builtIn: file === join(BUILTIN_TEMPLATE_DIR, `${name}.hbs`) });
  }
  return out;
}

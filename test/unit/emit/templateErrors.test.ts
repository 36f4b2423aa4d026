// A user's broken template is reported at its file, line and column, in one line without a stack;
// output that does not parse names the template it came from and shows the generated line; a
// templates folder with a misnamed file, or none at all, is reported too.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../../generator/diagnostics';
import { checkTemplatesFolder } from '../../../generator/emit/checkTemplatesFolder';
import { emitFiles, type EmitOptions } from '../../../generator/emit/emitFiles';
import { BUILTIN_TEMPLATE_DIR, TEMPLATE_NAMES, TemplateError } from '../../../generator/emit/templates';
import type { ApiModel } from '../../../generator/model/ApiModel';
import { configuredSpecs } from '../../helpers/configuredSpecs';

let dir: string;
let ringcentral: { model: ApiModel; emit: EmitOptions };
beforeAll(async () => {
  ringcentral = (await configuredSpecs(/ringcentral/))[0]!;
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-template-errors-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The diagnostic emit refuses with, given these user templates. */
function refusal(templates: Record<string, string>): Pick<Diagnostic, 'code' | 'file' | 'line' | 'column' | 'message'> {
  for (const [name, text] of Object.entries(templates)) writeFileSync(join(dir, name), text);
  try {
    emitFiles(ringcentral.model, { ...ringcentral.emit, templatesDir: dir });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    const { code, file, line, column, message } = error.diagnostic;
    return { code, file, line, column, message };
  }
  throw new Error('emit did not refuse');
}

describe('a template Handlebars cannot compile or render', () => {
  it.each<[string, string, number, number, string]>([
    ['a parse error', '{{{doc}}}\nexport function {{fnName}}() {}\n{{ fnName }\n', 3, 11, "Handlebars parse error: expecting 'CLOSE_RAW_BLOCK', 'CLOSE', "],
    ['an unclosed block', '{{#if paramsOptional}}\n\n', 3, 1, "Handlebars parse error: expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'"],
    ['mismatched blocks', 'x\n  {{#if paramsOptional}}\n{{/each}}\n', 2, 6, "if doesn't match each"],
    ['an unterminated comment', 'x\n  {{!-- open\n', 2, 3, 'Handlebars cannot read the text here: unrecognized text.'],
    ['a field the view-model lacks', '{{{doc}}}\n\n  {{nope}}\n', 3, 5, '"nope" not defined; the view-model\'s fields are doc, fnName, paramsType, paramsOptional, responseType, descriptor (templates/README.md)'],
  ])('%s: at its line and column, in one line', (_, text, line, column, message) => {
    const d = refusal({ 'operation.hbs': text });
    expect(d).toMatchObject({ code: 'TEMPLATE_INVALID', file: join(dir, 'operation.hbs'), line, column });
    expect(d.message).toContain(message);
    expect(d.message).not.toMatch(/\n| at \w+ \(|- \d+:\d+$/);
  });

  it('is refused even when nothing renders it (no operation paginates)', async () => {
    const [petstore] = await configuredSpecs(/petstore-v3/);
    writeFileSync(join(dir, 'pagination.hbs'), '{{#each}}\n{{/if}}');
    expect(() => emitFiles(petstore!.model, { ...petstore!.emit, templatesDir: dir })).toThrow(TemplateError);
  });
});

describe('a template whose output does not parse as TypeScript', () => {
  beforeEach(() => {
    for (const name of TEMPLATE_NAMES) copyFileSync(join(BUILTIN_TEMPLATE_DIR, `${name}.hbs`), join(dir, `${name}.hbs`));
  });
  const builtIn = (name: string) => require('node:fs').readFileSync(join(BUILTIN_TEMPLATE_DIR, name), 'utf8') as string;

  it.each<[string, string, (text: string) => string, RegExp]>([
    ['operation.hbs', 'a stray comma', (t) => t.replace('options?: CallOptions,', 'options?: CallOptions,,'), /^operations\.ts:\d+:25: Parameter declaration expected; the generated line: "  options\?: CallOptions,,"$/],
    ['pagination.hbs', 'a stray colon', (t) => t.replace('  pages((page:', '  pages((page::'), /^operations\.ts:\d+:\d+: .*; the generated line: "  pages\(\(page:: /],
    ['pagination.hbs', 'a missing last parenthesis', (t) => t.replace(/\);\s*$/, ';'), /^operations\.ts:\d+:\d+: '\)' expected; the generated line: "….*Pages\(client, params, options\), \w+Operation\.pagination;"$/],
    // The first file with no `*/` after the banner to close it.
    ['banner.hbs', 'an unclosed comment', (t) => `${t}/* an unclosed comment\n`, /^index\.ts:\d+:\d+: '\*\/' expected; the generated line: ".*"$/],
    ['runtime.ts.hbs', 'a doubled =', (t) => t.replace('export type HttpMethod =', 'export type HttpMethod = ='), /^runtime\.ts:\d+:26: Type expected; the generated line: "export type HttpMethod = = 'GET' .*"$/],
  ])('names %s, for %s, among templates that are all a user\'s, and shows the generated line', (name, _, breakIt, expected) => {
    writeFileSync(join(dir, name), breakIt(builtIn(name)));
    const d = refusal({});
    expect(d).toMatchObject({ code: 'TEMPLATE_OUTPUT_INVALID', file: join(dir, name) });
    const prefix = 'what the template rendered is not valid TypeScript: ';
    expect(d.message.startsWith(prefix)).toBe(true);
    expect(d.message.slice(prefix.length)).toMatch(expected);
  });
});

describe('the templates folder', () => {
  it('warns of each .hbs file no template is named after, naming the valid ones; other files are fine', () => {
    for (const name of ['operations.hbs', 'Banner.hbs', 'custom.hbs', 'README.md', 'operation.hbs']) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'partials.hbs'));
    const names = TEMPLATE_NAMES.map((n) => `${n}.hbs`).join(', ');
    expect(checkTemplatesFolder(dir).map((d) => [d.code, d.severity, d.file, d.message])).toEqual([
      ['TEMPLATE_UNKNOWN', 'warning', join(dir, 'Banner.hbs'), `no template is named Banner.hbs, so this file is ignored (did you mean banner.hbs?); the templates are ${names}`],
      ['TEMPLATE_UNKNOWN', 'warning', join(dir, 'custom.hbs'), `no template is named custom.hbs, so this file is ignored; the templates are ${names}`],
      ['TEMPLATE_UNKNOWN', 'warning', join(dir, 'operations.hbs'), `no template is named operations.hbs, so this file is ignored (did you mean operation.hbs?); the templates are ${names}`],
    ]);
  });

  it.each([
    ['missing', (p: string) => p, 'does not exist'],
    ['a file', (p: string) => (writeFileSync(p, ''), p), 'is not a folder'],
  ])('is an error when %s, and emit refuses it too', (_, arrange, problem) => {
    const path = arrange(join(dir, 'tpl'));
    expect(checkTemplatesFolder(path).map((d) => [d.code, d.severity, d.message])).toEqual([['TEMPLATES_FOLDER_MISSING', 'error', `the templates folder ${path} ${problem}`]]);
    expect(() => emitFiles(ringcentral.model, { ...ringcentral.emit, templatesDir: path })).toThrow(`the templates folder ${path} ${problem}`);
  });

  it('is not checked when none is given', () => {
    expect(checkTemplatesFolder(undefined)).toEqual([]);
  });
});

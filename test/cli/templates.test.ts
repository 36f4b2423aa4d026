// --templates: a user's .hbs replaces the built-in one of the same name; a broken one is refused at its
// file, line and column; `templates eject` copies the built-in ones to start from.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/runCli';

const SEED = resolve(__dirname, '../../spec/ringcentral.yaml');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-templates-'));
  mkdirSync(join(dir, 'tpl'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('renders a user operation template from the same escaped view-model', async () => {
  writeFileSync(
    join(dir, 'tpl/operation.hbs'),
    '{{{doc}}}\nexport const {{fnName}} = (client: Client, params: {{paramsType}}{{#if paramsOptional}} = {}{{/if}}, options?: CallOptions): Promise<{{responseType}}> =>\n  call<{{responseType}}>(client, {{descriptor}}, params, options);\n',
  );
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--templates', 'tpl', '--quiet'], dir);
  expect(run.code).toBe(0);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain(
    'export const listExtensionActiveCalls = (client: Client, params: ListExtensionActiveCallsParams, options?: CallOptions): Promise<ListExtensionActiveCallsResponse> =>',
  );
});

it.each([
  ['a template that does not compile', '{{{doc}}}\n{{#if paramsOptional}}\n', 'TEMPLATE_INVALID', ':3:1: error: Handlebars parse error: expecting '],
  ['a template naming a field the view-model lacks', '{{{doc}}}\n  {{nope}}\n', 'TEMPLATE_INVALID', ':2:5: error: "nope" not defined; the view-model\'s fields are doc, fnName, '],
  ['a template whose output does not parse', '{{{doc}}}\nexport function {{fnName}}( {\n', 'TEMPLATE_OUTPUT_INVALID', ': error: what the template rendered is not valid TypeScript: operations.ts:'],
])('refuses %s at the template file, line and column, and writes nothing', async (_, text, code, message) => {
  writeFileSync(join(dir, 'tpl/operation.hbs'), text);
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--templates', 'tpl', '--quiet'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`${join(dir, 'tpl/operation.hbs')}${message}`);
  expect(run.stderr).toContain(`(${code})`);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it('warns of a misnamed template, naming it and the valid names, and refuses it under --strict', async () => {
  writeFileSync(join(dir, 'tpl/operations.hbs'), '');
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--templates', 'tpl'], dir);
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(`${join(dir, 'tpl/operations.hbs')}: warning: no template is named operations.hbs, so this file is ignored (did you mean operation.hbs?); the templates are banner.hbs, `);
  expect(run.stderr).toContain('(TEMPLATE_UNKNOWN)');
  const strict = await runCli(['generate', '--input', SEED, '--output', 'strict', '--templates', 'tpl', '--strict'], dir);
  expect(strict.code).toBe(1);
  expect(existsSync(join(dir, 'strict'))).toBe(false);
});

it('refuses a templates folder that does not exist', async () => {
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--templates', 'nowhere'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`error: the templates folder ${join(dir, 'nowhere')} does not exist (TEMPLATES_FOLDER_MISSING)`);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

describe('templates eject', () => {
  it('copies the templates and their documentation, and says how to use them', async () => {
    const run = await runCli(['templates', 'eject'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('specwright-templates: 7 written (banner.hbs, runtime.ts.hbs, operation.hbs, pagination.hbs, index.ts.hbs, README.md.hbs, README.md)');
    expect(run.stdout).toContain('npx specwright generate --templates specwright-templates');
    expect(readFileSync(join(dir, 'specwright-templates/README.md'), 'utf8')).toContain('## `operation.hbs`: `OperationView`');
  });

  it('refuses to overwrite an edited template without --force, naming it, and exits 1', async () => {
    await runCli(['templates', 'eject', '--output', 'tpl'], dir);
    writeFileSync(join(dir, 'tpl/banner.hbs'), '// mine\n');
    const refused = await runCli(['templates', 'eject', '--output', 'tpl'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('tpl: error: would overwrite files that differ from the built-in ones: banner.hbs; nothing written (TEMPLATES_EJECT_CONFLICT)');
    expect(readFileSync(join(dir, 'tpl/banner.hbs'), 'utf8')).toBe('// mine\n');
    const forced = await runCli(['templates', 'eject', '--output', 'tpl', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('tpl: 1 written, 6 unchanged');
  });

  it.each([
    [['templates'], 'name a templates command: eject'],
    [['templates', 'copy'], 'Unknown argument: copy'],
    [['generate', '--force'], '--force goes with templates eject'],
  ])('%j is a usage error', async (args, message) => {
    const run = await runCli(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('gives templates that, used unchanged, generate the same files as the built-in ones', async () => {
    await runCli(['templates', 'eject', '--output', 'tpl'], dir);
    const files = async (cwd: string, extra: string[]) => {
      mkdirSync(join(dir, cwd));
      const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--quiet', ...extra], join(dir, cwd));
      expect(run).toMatchObject({ code: 0, stderr: '' });
      // The manifest records the options, a templates folder among them, by content.
      const names = readdirSync(join(dir, cwd, 'out')).filter((n) => n !== 'specwright.manifest.json').sort();
      return Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, cwd, 'out', n), 'utf8')]));
    };
    const ours = await files('a', []);
    expect(Object.keys(ours)).toContain('operations.ts');
    expect(await files('b', ['--templates', '../tpl'])).toEqual(ours);
  });
});

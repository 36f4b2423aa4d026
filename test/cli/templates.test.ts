// --templates: a user's .hbs replaces the built-in one of the same name; a broken one is refused by name.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  ['a template that does not parse', '{{{doc}}}\nexport function {{fnName}}( {\n', 'operation.hbs: operations.ts does not parse'],
  ['a template naming a field the view-model lacks', '{{nope}}\n', '"nope" not defined'],
])('refuses %s, naming it, and writes nothing', async (_, text, message) => {
  writeFileSync(join(dir, 'tpl/operation.hbs'), text);
  const run = await runCli(['generate', '--input', SEED, '--output', 'out', '--templates', 'tpl', '--quiet'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('(TEMPLATE_INVALID)');
  expect(run.stderr).toContain(message);
  expect(run.stderr).toContain(join(dir, 'tpl/operation.hbs'));
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

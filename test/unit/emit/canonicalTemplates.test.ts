// The built-in whole-file templates (runtime.ts, index.ts) render text that is already formatted,
// which is why emit skips the formatter for them. Copies of the same templates passed as a user's
// --templates folder do go through the formatter: the two outputs must be the same bytes.

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitFiles, type EmitOptions } from '../../../generator/emit/emitFiles';
import type { ErrorFieldsOption } from '../../../generator/emit/errorFields';
import { BUILTIN_TEMPLATE_DIR } from '../../../generator/emit/templates';
import { model } from '../../helpers/pipeline';

let copies: string;
beforeAll(() => {
  copies = mkdtempSync(join(tmpdir(), 'specwright-templates-'));
  for (const name of ['runtime.ts.hbs', 'index.ts.hbs']) copyFileSync(join(BUILTIN_TEMPLATE_DIR, name), join(copies, name));
});
afterAll(() => rmSync(copies, { recursive: true, force: true }));

const spec = (servers: unknown) => ({ openapi: '3.0.3', info: { title: 't', version: '1' }, servers, paths: {} });
const base: EmitOptions = { generatorVersion: '1', source: 's.yaml', command: 'c' };

it.each<[string, unknown, ErrorFieldsOption, EmitOptions['int64']]>([
  ['no server, generic error fields', [], 'generic', 'number'],
  ["a server URL with quotes, RingCentral's error fields", [{ url: "https://x.test/it's/\"v1\"" }], 'ringcentral', 'string'],
  ['problem details', [{ url: 'https://x.test' }], 'problem', 'bigint'],
  ['custom paths', [{ url: 'https://x.test' }], { code: ['error.details.0.reason', 'a-b'], message: ["it's"] }, 'number'],
])('%s', (_, servers, errorFields, int64) => {
  const built = model(spec(servers)).model;
  const ours = emitFiles(built, { ...base, errorFields, int64 });
  const formatted = emitFiles(built, { ...base, errorFields, int64, templatesDir: copies });
  for (const name of ['runtime.ts', 'index.ts']) {
    expect(ours.find((f) => f.path === name)!.content).toBe(formatted.find((f) => f.path === name)!.content);
  }
});

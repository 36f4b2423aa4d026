// Specs with defects still give clients that compile under the strictest settings: alias loops,
// no operations or schemas at all, missing refs, untyped parameters.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { compileFolder, STRICTEST } from '../helpers/compileFolder';
import { runCli } from '../helpers/runCli';

const BUNDLER = { ...STRICTEST, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler };

it.each<[string, Record<string, unknown>, string[]]>([
  [
    'alias loops through $ref, oneOf, allOf and anyOf',
    {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {},
      components: {
        schemas: {
          A: { $ref: '#/components/schemas/B' },
          B: { $ref: '#/components/schemas/A' },
          Self: { $ref: '#/components/schemas/Self' },
          U: { oneOf: [{ $ref: '#/components/schemas/V' }, { type: 'string' }] },
          V: { allOf: [{ $ref: '#/components/schemas/U' }] },
          N: { anyOf: [{ $ref: '#/components/schemas/N' }, { type: 'null' }] },
          Fine: { type: 'array', items: { $ref: '#/components/schemas/Fine' } },
        },
      },
    },
    ['NO_OPERATIONS', 'SCHEMA_CIRCULAR'],
  ],
  [
    'missing refs, untyped parameters and odd response keys',
    {
      swagger: '2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a/{id}': {
          get: {
            parameters: [{ name: 'id', in: 'path' }, { name: 'q', in: 'query' }],
            responses: { 2: { description: 'x' }, 200: { description: 'ok', schema: { $ref: '#/definitions/Nope' } } },
          },
        },
      },
    },
    ['PARAMETER_UNTYPED', 'PATH_PARAMETER_NOT_REQUIRED', 'REF_MISSING', 'RESPONSE_KEY_INVALID'],
  ],
  // OpenAPI 3.2's QUERY: a safe request with a body.
  [
    'a QUERY operation',
    {
      openapi: '3.2.0',
      info: { title: 't', version: '1' },
      paths: {
        '/search': {
          query: {
            operationId: 'search',
            requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { q: { type: 'string' } } } } } },
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } },
          },
        },
      },
    },
    ['VERSION_READ_AS_3_1'],
  ],
  // A placeholder spec such as a directory keeps for an API whose docs moved: nothing to type.
  ['no operations and no schemas', { openapi: '3.0.0', info: { title: 't', version: '1' }, security: [{}], paths: {} }, ['NO_OPERATIONS']],
  // Its `as const` object's type is past what tsc writes into a declaration file (TS7056).
  [
    'an enum whose values add up to over a million characters',
    {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { Huge: { type: 'string', enum: Array.from({ length: 5000 }, (_, i) => `${i}-${'x'.repeat(200)}`) } } },
    },
    ['NO_OPERATIONS'],
  ],
])('%s', async (_, spec, codes) => {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-defects-'));
  try {
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    const run = await runCli(['generate', '--input', 'spec.json', '--output', 'out', '--format', 'json'], dir);
    expect(run.code).toBe(0);
    const found = (JSON.parse(run.stderr) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    expect([...new Set(found)].sort()).toEqual(codes);
    expect(compileFolder(join(dir, 'out'), BUNDLER)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

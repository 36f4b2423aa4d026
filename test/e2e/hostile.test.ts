// Spec text must never become code. A spec full of comment-closers, quotes, template syntax,
// line separators and prototype names generates a client that compiles under strict, imports,
// runs, and executes nothing the spec wrote.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';
import { compileFolder, STRICTEST } from '../helpers/compileFolder';
import { ts } from 'ts-morph';

const PAYLOAD = "*/ ; globalThis.__pwned = 1; /* ' \" ` ${globalThis.__pwned = 2} \\ \u2028 \u2029 \r\n {{x}} <% y %> \u0000 \ud800";

const spec = {
  swagger: '2.0',
  info: { title: PAYLOAD, version: PAYLOAD, description: PAYLOAD },
  host: "evil.example'; globalThis.__pwned = 3; '",
  basePath: '/v1',
  paths: {
    [`/items/{id}/${"'`${x}"}`]: {
      get: {
        operationId: `constructor`,
        summary: PAYLOAD,
        description: `${PAYLOAD}\nApp Permission\n${PAYLOAD}\nError Codes\n400\nBAD-1'\${x}*/\n${PAYLOAD}`,
        tags: [PAYLOAD, '__proto__'],
        parameters: [
          { in: 'path', name: 'id', required: true, type: 'string', description: PAYLOAD },
          { in: 'query', name: '__proto__', type: 'string', enum: [PAYLOAD, "a'b"], description: PAYLOAD },
          { in: 'query', name: 'constructor', type: 'string', default: PAYLOAD },
          { in: 'header', name: "X-Evil'\"*/", type: 'string' },
        ],
        responses: { 200: { description: PAYLOAD, schema: { $ref: '#/definitions/__proto__' } } },
      },
      post: { operationId: 'class', responses: { 204: { description: PAYLOAD } } },
    },
  },
  // JSON.parse makes `__proto__` an own key, as a YAML or JSON spec would; a literal would set the prototype.
  definitions: JSON.parse(
    JSON.stringify({ x: { type: 'object', description: PAYLOAD, properties: { [PAYLOAD]: { type: 'string', enum: [PAYLOAD] }, constructor: { type: 'integer' } } } }).replace('{"x":', '{"__proto__":'),
  ) as Record<string, unknown>,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('generates, compiles under strict, and runs without executing spec text', async () => {
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(spec));
  const run = await runCli(['generate', '--input', 'hostile.json', '--output', 'out', '--quiet'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  expect(compileFolder(join(dir, 'out'), { ...STRICTEST, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler })).toEqual([]);

  const g = globalThis as { __pwned?: number };
  delete g.__pwned;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const client = require(join(dir, 'out/index.ts')) as Record<string, unknown>;
  expect(g.__pwned).toBeUndefined();
  expect(client['defaultBaseUrl']).toBe("https://evil.example'; globalThis.__pwned = 3; '/v1");
  const descriptor = client['constructorOperation'] as { path: string; parameters: { name: string }[]; errors: { code: string; message: string }[] };
  expect(descriptor.path).toBe("/items/{id}/'`${x}");
  expect(descriptor.parameters.map((p) => p.name)).toEqual(['id', '__proto__', 'constructor', "X-Evil'\"*/", 'x']); // `{x}` in the path key is a template variable
  expect(descriptor.errors).toEqual([{ status: 400, code: "BAD-1'${x}*/", message: PAYLOAD.replace(/[\u2028\u2029\r\n]+/g, ' ').replace(/\s+/g, ' ').trim() }]);
  expect(g.__pwned).toBeUndefined();
});

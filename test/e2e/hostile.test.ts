// Spec text must never become code. A spec full of comment-closers, quotes, template syntax,
// line separators and prototype names generates a client that compiles under strict, imports,
// runs, and executes nothing the spec wrote.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';
import { compileFolder, STRICTEST } from '../helpers/compileFolder';
import { ts } from 'ts-morph';
import { HOSTILE_SPEC, PAYLOAD } from '../helpers/hostileSpec';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('generates, compiles under strict, and runs without executing spec text', async () => {
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(HOSTILE_SPEC));
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
  expect(descriptor.parameters.map((p) => p.name)).toEqual(['id', '__proto__', 'constructor', "X-Evil'`*|~", 'x']); // `{x}` in the path key is a template variable
  expect(descriptor.errors).toEqual([{ status: 400, code: "BAD-1'${x}*/", message: PAYLOAD.replace(/[\u2028\u2029\r\n]+/g, ' ').replace(/\s+/g, ' ').trim() }]);
  expect(g.__pwned).toBeUndefined();
  // The payload's bidirectional controls are in the values, escaped, and nowhere raw (Trojan Source).
  for (const file of readdirSync(join(dir, 'out'))) {
    expect([file, readFileSync(join(dir, 'out', file), 'utf8').match(/[\u202a-\u202e\u2066-\u2069]/)]).toEqual([file, null]);
  }
});

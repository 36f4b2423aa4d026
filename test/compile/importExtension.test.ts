// `--import-extension ts`: relative imports end in `.ts`, for runtimes that run TypeScript as it is
// (Node's type stripping, Deno), which do not map `./x.js` to x.ts as TypeScript does. Every module
// of every configured spec imports its siblings so, the client compiles as such runtimes' users
// configure TypeScript, and TypeScript's own rewriting of the extensions gives JavaScript that runs.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { emitFiles } from '../../generator/emit/emitFiles';
import { compileFolder, STRICTEST } from '../helpers/compileFolder';
import { configuredSpecs } from '../helpers/configuredSpecs';

/** Every module specifier a file imports or re-exports from. */
const specifiers = (text: string) => [...text.matchAll(/^(?:import|export) .* from '([^']+)';$/gm)].map((m) => m[1]!);

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-ts-imports-'));
  for (const spec of await configuredSpecs()) {
    const out = join(dir, spec.output.replace(/^generated\//, ''));
    mkdirSync(out, { recursive: true });
    for (const file of emitFiles(spec.model, { ...spec.emit, importExtension: 'ts' })) writeFileSync(join(out, file.path), file.content);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clients = () => readdirSync(dir);

it('imports every sibling module as .ts, in every file, the README example included', () => {
  for (const client of clients()) {
    for (const file of readdirSync(join(dir, client)).filter((f) => f.endsWith('.ts'))) {
      const found = specifiers(readFileSync(join(dir, client, file), 'utf8'));
      expect(found.filter((s) => !/^\.\/[a-z]+\.ts$/.test(s))).toEqual([]);
    }
    expect(readFileSync(join(dir, client, 'README.md'), 'utf8')).toContain("from './index.ts';");
  }
  // Every kind of import is among them: the codecs, the paginated operations' iterators.
  expect(clients()).toEqual(expect.arrayContaining(['openapi31-bigint', 'ringcentral']));
});

it.each([
  ['bundler, no emit (allowImportingTsExtensions)', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, noEmit: true }],
  ['nodenext, rewriting the extensions', { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, rewriteRelativeImportExtensions: true }],
])('compiles under the strictest settings, %s', (_, options) => {
  for (const client of clients()) expect(compileFolder(join(dir, client), { ...STRICTEST, ...options })).toEqual([]);
});

it('gives JavaScript that runs when TypeScript rewrites the extensions', () => {
  const root = join(dir, 'ringcentral');
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  const program = ts.createProgram(
    readdirSync(root).filter((f) => f.endsWith('.ts')).map((f) => join(root, f)),
    { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, rewriteRelativeImportExtensions: true, outDir: join(root, 'js'), types: [] },
  );
  expect(program.emit().diagnostics).toEqual([]);
  writeFileSync(join(root, 'js/package.json'), '{ "type": "module" }\n');
  const script = [
    `import { createClient, listExtensionActiveCalls } from ${JSON.stringify(join(root, 'js/index.js'))};`,
    "const fetch = async (url) => new Response(JSON.stringify({ records: [], url: String(url) }), { headers: { 'content-type': 'application/json' } });",
    "const page = await listExtensionActiveCalls(createClient({ baseUrl: 'http://api.test', fetch }), {});",
    'process.stdout.write(page.url);',
  ].join('\n');
  expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).toBe('http://api.test/restapi/v1.0/account/~/extension/~/active-calls');
});

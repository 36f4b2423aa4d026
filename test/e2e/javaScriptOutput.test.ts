// --js: the client as JavaScript with declarations. The declarations compile under the strictest
// settings, say what the TypeScript output says, and the JavaScript runs; check and the banner
// know the option; a template whose output cannot be declared file by file is refused at its file.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import { compileFolder, STRICTEST } from '../helpers/compileFolder';
import { HOSTILE_SPEC } from '../helpers/hostileSpec';

// The CLI as users run it, in its own process: oxc-transform is an ES module, which Node's `require`
// loads but the test runner's module system does not.
const BIN = resolve(__dirname, '../../bin/specwright.js');
function runCli(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SPECS = resolve(__dirname, '../../spec');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-js-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function generate(spec: string, out: string, ...flags: string[]): string {
  const run = runCli(['generate', '--input', join(SPECS, spec), '--output', out, '--quiet', ...flags], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return join(dir, out);
}

/**
 * What differs between the two only in how it prints. Types print with the path of the file that
 * declares them (the folders differ); a property name as its source spells it (the declarations
 * use double quotes); a parameter with a default value prints `p?: T` from the source and
 * `p?: T | undefined` from declarations, which callers see as the same type.
 */
function samePrinting(type: string): string {
  return type
    .replace(/'((?:[^'\\]|\\.)*)'/g, (_, body: string) => JSON.stringify(body.replace(/\\'/g, "'")))
    .replace(/ \| undefined(?=[,)])/g, '');
}

/** Every exported name of each file with the type the checker gives it, types and values apart. */
function exportedTypes(folder: string, extension: '.ts' | '.d.ts'): Record<string, string> {
  const project = new Project({ compilerOptions: { ...STRICTEST, noEmit: true }, skipAddingFilesFromTsConfig: true });
  const files = readdirSync(folder).filter((f) => f.endsWith(extension) && (extension === '.d.ts' || !f.endsWith('.d.ts')));
  const sources: SourceFile[] = files.map((f) => project.addSourceFileAtPath(join(folder, f)));
  const checker = project.getTypeChecker().compilerObject;
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseFullyQualifiedType;
  const text = (type: ts.Type) => samePrinting(checker.typeToString(type, undefined, flags).split(folder).join('<out>'));
  // An interface or class prints as its name: spell out its members.
  const members = (type: ts.Type): string => {
    if (!type.isClassOrInterface()) return text(type);
    const index = checker.getIndexInfosOfType(type).map((i) => `[key: ${text(i.keyType)}]: ${text(i.type)}`);
    // A class's `#private` fields are no one's API: declarations keep one `#private` marker for them all.
    const properties = checker.getPropertiesOfType(type).filter((p) => !p.name.startsWith('#')).map((p) => `${p.name}${p.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${text(checker.getTypeOfSymbol(p))}`);
    return `{ ${[...index, ...properties].join('; ')} }`;
  };
  const out: Record<string, string> = {};
  for (const source of sources) {
    const module = checker.getSymbolAtLocation(source.compilerNode)!;
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const file = source.getBaseNameWithoutExtension().replace(/\.d$/, '');
      if (target.flags & ts.SymbolFlags.Value) out[`${file} value ${symbol.name}`] = text(checker.getTypeOfSymbol(target));
      if (target.flags & ts.SymbolFlags.Type) out[`${file} type ${symbol.name}`] = members(checker.getDeclaredTypeOfSymbol(target));
    }
  }
  return out;
}

it('writes a .js and a .d.ts for each TypeScript file, each opening with the banner', () => {
  const out = generate('constructs-v3.yaml', 'files', '--js');
  const names = readdirSync(out).sort();
  expect(names.filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts'))).toEqual([]);
  const scripts = names.filter((n) => n.endsWith('.js'));
  expect(scripts).toEqual(['api.js', 'errors.js', 'index.js', 'operations.js', 'runtime.js', 'types.js']);
  expect(names.filter((n) => n.endsWith('.d.ts'))).toEqual(scripts.map((n) => n.replace(/\.js$/, '.d.ts')));
  for (const name of [...scripts, ...scripts.map((n) => n.replace(/\.js$/, '.d.ts'))]) {
    const text = readFileSync(join(out, name), 'utf8');
    expect(text).toMatch(/^\/\/ Generated by specwright .*\n\/\/ Regenerate with: npx specwright generate --input .* --output files --js\n/);
  }
  expect(readFileSync(join(out, '.gitattributes'), 'utf8')).toContain('/operations.d.ts linguist-generated=true');
  expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('see `ClientOptions` in `runtime.d.ts`');
});

it('keeps a banner of block comments, as written, at the top of every .js and .d.ts', () => {
  // A license block and a lint directive: oxc drops both from declarations and reflows the block.
  const banner = '/* eslint-disable */\n\n/*\n * Copyright © Acme\n *   all rights reserved\n */\n// Generated by specwright {{{version}}}';
  mkdirSync(join(dir, 'banner-tpl'), { recursive: true });
  writeFileSync(join(dir, 'banner-tpl/banner.hbs'), banner);
  const out = join(dir, 'banner');
  const run = runCli(['generate', '--input', join(SPECS, 'petstore-v3.yaml'), '--output', out, '--templates', 'banner-tpl', '--js', '--quiet'], dir);
  expect(run.stderr).toBe('');
  const expected = banner.replace('{{{version}}}', (JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as { version: string }).version);
  for (const name of readdirSync(out).filter((n) => n.endsWith('.js') || n.endsWith('.d.ts'))) {
    const text = readFileSync(join(out, name), 'utf8');
    expect(`${name}: ${text.slice(0, expected.length + 1)}`).toBe(`${name}: ${expected}\n`);
    expect(text.indexOf('eslint-disable', expected.length)).toBe(-1);
  }
  expect(compileFolder(out, { ...STRICTEST, skipLibCheck: false })).toEqual([]);
});

it.each(['constructs-v3.yaml', 'constructs-v2.yaml', 'openapi31.yaml', 'hostile.yaml'])('gives %s declarations that compile under the strictest settings, library checks on', (spec) => {
  const out = generate(spec, `strict-${spec}`, '--js');
  expect(compileFolder(out, { ...STRICTEST, skipLibCheck: false })).toEqual([]);
});

it('holds no raw bidirectional control or invisible character in the JavaScript either (Trojan Source)', () => {
  // The converter prints an enum's string literals anew, with such characters raw.
  const trojan = 'admin\u202e \u2066// check later\u2069 \u2066\u2028\ufeff';
  const spec = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Role: { type: 'string', enum: ['user', trojan] } } } };
  writeFileSync(join(dir, 'trojan.json'), JSON.stringify(spec));
  expect(runCli(['generate', '--input', 'trojan.json', '--output', 'trojan', '--quiet', '--js'], dir).code).toBe(0);
  const out = join(dir, 'trojan');
  const files = readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) expect([file, readFileSync(join(out, file), 'utf8').match(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/)]).toEqual([file, null]);
  expect(readFileSync(join(out, 'types.d.ts'), 'utf8')).toContain('"admin\\u202e \\u2066// check later\\u2069 \\u2066\\u2028\\ufeff"');
});

it.each([
  ['constructs-v3.yaml', []],
  ['ringcentral.yaml', []],
  ['constructs-v2.yaml', []],
  ['hostile.yaml', []],
  ['openapi31.yaml', ['--int64', 'bigint']],
])('gives every export of %s the type the TypeScript output gives it', (spec, flags) => {
  const sources = exportedTypes(generate(spec, `same-ts-${spec}`, ...flags), '.ts');
  const declarations = exportedTypes(generate(spec, `same-js-${spec}`, ...flags, '--js'), '.d.ts');
  expect(Object.keys(sources).length).toBeGreaterThan(20);
  expect(declarations).toEqual(sources);
});

it('runs: the JavaScript calls the API and narrows a documented error', () => {
  const out = generate('petstore-v3.yaml', 'run', '--js');
  // A consumer's package of ES modules, as a bundler or `"type": "module"` project loads the client.
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  const script = join(dir, 'call.mjs');
  writeFileSync(
    script,
    `import { createClient, getPetById, isApiError, getPetByIdOperation } from ${JSON.stringify(`${out}/index.js`)};
const seen = [];
const fetch = async (url, init) => {
  seen.push(init.method + ' ' + url);
  return seen.length === 1
    ? new Response(JSON.stringify({ id: 7, name: 'Rex', photoUrls: [] }), { status: 200, headers: { 'content-type': 'application/json' } })
    : new Response(JSON.stringify({ message: 'no such pet' }), { status: 404, headers: { 'content-type': 'application/json' } });
};
const client = createClient({ baseUrl: 'http://pets.test/v1', fetch });
const pet = await getPetById(client, { petId: 7 });
const error = await getPetById(client, { petId: 8 }).catch((e) => e);
console.log(JSON.stringify({ pet, seen, narrowed: isApiError(error, getPetByIdOperation), status: error.status }));
`,
  );
  const printed = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as unknown;
  expect(printed).toEqual({ pet: { id: 7, name: 'Rex', photoUrls: [] }, seen: ['GET http://pets.test/v1/pet/7', 'GET http://pets.test/v1/pet/8'], narrowed: true, status: 404 });
});

it('runs without executing spec text: the JavaScript of a hostile spec', () => {
  writeFileSync(join(dir, 'hostile.json'), JSON.stringify(HOSTILE_SPEC));
  const run = runCli(['generate', '--input', 'hostile.json', '--output', 'hostile', '--quiet', '--js'], dir);
  expect(run.stderr).toBe('');
  writeFileSync(join(dir, 'hostile/package.json'), '{ "type": "module" }\n');
  const script = join(dir, 'hostile.mjs');
  writeFileSync(
    script,
    `const client = await import(${JSON.stringify(`${dir}/hostile/index.js`)});
const op = client.constructorOperation;
console.log(JSON.stringify({ pwned: globalThis.__pwned ?? null, baseUrl: client.defaultBaseUrl, path: op.path, names: op.parameters.map((p) => p.name), codes: op.errors.map((e) => e.code) }));
`,
  );
  expect(JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as unknown).toEqual({
    pwned: null,
    baseUrl: "https://evil.example'; globalThis.__pwned = 3; '/v1",
    path: "/items/{id}/'`${x}",
    names: ['id', '__proto__', 'constructor', "X-Evil'`*|~", 'x'],
    codes: ["BAD-1'${x}*/"],
  });
});

it('is checked like any output: up to date, then a hand edit of a .js is found', () => {
  generate('petstore-v3.yaml', 'checked', '--js');
  const upToDate = runCli(['generate', '--input', join(SPECS, 'petstore-v3.yaml'), '--output', 'checked', '--js', '--check'], dir);
  expect(upToDate.code).toBe(0);
  const typescript = runCli(['generate', '--input', join(SPECS, 'petstore-v3.yaml'), '--output', 'checked', '--check'], dir);
  expect(typescript.code).not.toBe(0);
  expect(typescript.stdout + typescript.stderr).toContain('options');
  const file = join(dir, 'checked/operations.js');
  writeFileSync(file, `${readFileSync(file, 'utf8')}// mine\n`);
  const edited = runCli(['generate', '--input', join(SPECS, 'petstore-v3.yaml'), '--output', 'checked', '--js', '--check'], dir);
  expect(edited.code).not.toBe(0);
  expect(edited.stdout + edited.stderr).toContain('operations.js');
});

it('tells, after a spec update, what changed for callers: types are compared from the declarations', () => {
  mkdirSync(join(dir, 'evolve'));
  cpSync(join(SPECS, 'petstore-v3.yaml'), join(dir, 'evolve/spec.yaml'));
  const args = ['generate', '--input', 'spec.yaml', '--output', 'out', '--js'];
  expect(runCli([...args, '--quiet'], join(dir, 'evolve')).code).toBe(0);
  const spec = join(dir, 'evolve/spec.yaml');
  writeFileSync(spec, readFileSync(spec, 'utf8').replace('            - pending\n            - sold\n', '            - pending\n            - sold\n            - lost\n'));
  const run = runCli([...args, '--check'], join(dir, 'evolve'));
  expect(run.code).toBe(3);
  expect(run.stdout).toContain('changed: types.d.ts, types.js, specwright.manifest.json.');
  expect(run.stdout).toMatch(/BREAKING +Pet +property "status" widened\n/);
  expect(run.stdout).toMatch(/BREAKING +PetStatus +type widened\n/);
});

it('writes a package.json that exports the JavaScript and its declarations', () => {
  const out = generate('petstore-v3.yaml', 'package', '--js', '--package-name', '@acme/pets');
  const manifest = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest).toMatchObject({ type: 'module', types: './index.d.ts', exports: { '.': { types: './index.d.ts', default: './index.js' } } });
});

it('refuses a template whose output cannot be declared file by file, at the template, and writes nothing', () => {
  mkdirSync(join(dir, 'tpl'), { recursive: true });
  // A banner with characters of two to four UTF-8 bytes: oxc counts bytes, and the line shown must still be the one at fault.
  writeFileSync(join(dir, 'tpl/banner.hbs'), '/*\n * © Acme — ✓ 𝒜\n */');
  // No return type: TypeScript infers it across the file, which declarations made per file cannot.
  writeFileSync(join(dir, 'tpl/operation.hbs'), '{{{doc}}}\nexport function {{fnName}}(client: Client, params: {{paramsType}}) {\n  return call<{{responseType}}>(client, {{descriptor}}, params);\n}\n');
  const run = runCli(['generate', '--input', join(SPECS, 'petstore-v3.yaml'), '--output', 'refused', '--templates', 'tpl', '--js', '--quiet'], dir);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`${join(dir, 'tpl/operation.hbs')}: error: with --js, operations.ts cannot be written as JavaScript with declarations: operations.ts:`);
  expect(run.stderr).toContain('(JS_OUTPUT_INVALID)');
  // Column 17 is `addPet`, after `export function `.
  expect(run.stderr).toMatch(/operations\.ts:\d+:17: TS9007/);
  expect(run.stderr).toContain('the generated line: "export function addPet(client: Client, params: AddPetParams) {"');
  expect(readdirSync(dir)).not.toContain('refused');
});

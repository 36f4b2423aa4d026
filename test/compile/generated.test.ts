// Every generated client compiles under the strictest settings, in every module mode a consumer
// may use, and on its own in an empty folder (it imports nothing outside itself).

import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ts } from 'ts-morph';
import { compileFolder, STRICTEST } from '../helpers/compileFolder';

const GENERATED = resolve(__dirname, '../../generated');
const clients = readdirSync(GENERATED, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const MODES: Record<string, ts.CompilerOptions> = {
  nodenext: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  bundler: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, verbatimModuleSyntax: true },
  'node types, no DOM': {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    typeRoots: [resolve(__dirname, '../../node_modules/@types')],
  },
};

describe.each(clients)('generated/%s', (client) => {
  let copy: string;
  beforeAll(() => {
    // A copy in an empty folder: any import that leaves the client's folder fails to resolve.
    copy = mkdtempSync(join(tmpdir(), 'specwright-compile-'));
    cpSync(join(GENERATED, client), join(copy, client), { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it.each(Object.keys(MODES))('compiles with moduleResolution %s', (mode) => {
    expect(compileFolder(join(copy, client), { ...STRICTEST, ...MODES[mode] })).toEqual([]);
  });

  it('compiles as an ES module package under nodenext', () => {
    writeFileSync(join(copy, 'package.json'), '{ "type": "module" }\n');
    try {
      expect(compileFolder(join(copy, client), { ...STRICTEST, ...MODES['nodenext'], verbatimModuleSyntax: true })).toEqual([]);
    } finally {
      rmSync(join(copy, 'package.json'));
    }
  });
});

it.each([
  ['ringcentral', 'ringcentralUsage.ts', 'an exhaustive switch over error codes, typed permissions'],
  ['constructs-v3', 'constructsUsage.ts', 'discriminated unions, enums, read/write views, typed error bodies'],
  ['openapi31', 'openapi31Usage.ts', 'writeOnly, tuples, const, oneOf discriminators, ranges'],
])('generated/%s as a caller uses it (%s: %s)', (client, usage) => {
  expect(compileFolder(join(GENERATED, client), { ...STRICTEST, ...MODES['bundler'] }, [resolve(__dirname, 'usage', usage)])).toEqual([]);
});

it("lets a library export what createApi returns, with its type inferred or written out, and build its declarations", () => {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-library-'));
  try {
    cpSync(join(GENERATED, 'petstore-v3'), join(dir, 'client'), { recursive: true });
    writeFileSync(
      join(dir, 'inferred.ts'),
      "import { createApi, createClient } from './client/index.js';\nexport const api = createApi(createClient());\nexport const pets = api.byTag.pet;\nexport function make() {\n  return createApi(createClient());\n}\n",
    );
    writeFileSync(
      join(dir, 'written.ts'),
      "import { createApi, createClient, type BoundByTag, type BoundOperations } from './client/index.js';\nexport const api: BoundOperations & { byTag: BoundByTag } = createApi(createClient());\n",
    );
    const library = { ...STRICTEST, ...MODES['bundler'] };
    // Inferred types need a checker to write them out, which isolatedDeclarations rules out.
    expect(compileFolder(join(dir, 'client'), { ...library, isolatedDeclarations: false }, [join(dir, 'inferred.ts')])).toEqual([]);
    expect(compileFolder(join(dir, 'client'), library, [join(dir, 'written.ts')])).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the RingCentral client rejects misuse', () => {
  it.each([
    ['an error code the operation does not document', "case 'CMN-999':", 'TS2678'],
    ['a parameter the operation does not have', 'listExtensionActiveCalls(client, { nope: 1 });', 'TS2353'],
    ['a number where the spec gives no type (string)', "listExtensionActiveCalls(client, { page: 1 });", 'TS2322'],
  ])('rejects %s', (_, snippet, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'specwright-neg-'));
    try {
      cpSync(join(GENERATED, 'ringcentral'), join(dir, 'ringcentral'), { recursive: true });
      const body = snippet.startsWith('case')
        ? `if (isApiError(e, listExtensionActiveCallsOperation)) { switch (e.errorCode) { ${snippet} break; } }`
        : snippet;
      writeFileSync(
        join(dir, 'caller.ts'),
        `import { createClient, isApiError, listExtensionActiveCalls, listExtensionActiveCallsOperation } from './ringcentral/index.js';\n` +
          `export function f(e: unknown): void { const client = createClient(); void client; void isApiError; void listExtensionActiveCallsOperation; void listExtensionActiveCalls; ${body} }\n`,
      );
      const problems = compileFolder(dir, { ...STRICTEST, ...MODES['bundler'] });
      expect(problems.join('\n')).toContain(code);
      expect(problems.every((p) => p.includes('caller.ts'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

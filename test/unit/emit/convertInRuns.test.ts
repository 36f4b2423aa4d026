// Converting a large file in runs of statements: where runs are cut, how the runs' imports and
// oxc's `export {};` come back together, and when the file is left to be converted whole. The
// converter here is a stand-in that does what oxc does to imports (drops those a piece does not
// use); test/e2e/javaScriptRuns.test.ts holds the real converter to the same output as converting
// whole.

import { convertInRuns, statementRuns, type Converter } from '../../../generator/emit/convertInRuns';

/** Each import's names that `code` uses, printed as oxc prints imports. */
function usedImports(importLines: readonly string[], code: string, keepTypes: boolean): string {
  return importLines
    .flatMap((line) => {
      const [, names, from] = /^import \{ (.*) \} from '(.*)';$/.exec(line)!;
      const used = names!.split(', ').filter((name) => (keepTypes || !name.startsWith('type ')) && new RegExp(`\\b${name.replace(/^type /, '')}\\b`).test(code));
      return used.length === 0 ? [] : [`import { ${used.join(', ')} } from "${from}";\n`];
    })
    .join('');
}

/**
 * oxc's part in this: declarations keep the imports the piece uses; JavaScript loses its types and
 * type imports, and gets `export {};` when nothing else is left to make it a module.
 */
const fakeOxc: Converter = async (text) => {
  const lines = text.split('\n');
  const importLines = lines.filter((line) => line.startsWith('import '));
  const code = lines.filter((line) => !line.startsWith('import ')).join('\n');
  const script = code.split('\n\n').filter((statement) => !statement.startsWith('export type ')).join('\n\n');
  const imports = usedImports(importLines, script, false);
  const isModule = imports !== '' || script.includes('export ');
  return { declarations: `${usedImports(importLines, code, true)}${code}`, script: `${imports}${script}${isModule ? '' : 'export {};\n'}` };
};

const HEAD = "import { call, pages, type Client } from './runtime.js';\n\n";

it('cuts only at a blank line after ; or }, before an export or its doc comment', () => {
  const body = 'export const a = {\n\n  x: 1,\n};\n\nexport type B =\n\n  | 1;\n\nexport interface C {\n}\n\n/** D */\nexport const d = 1;\n';
  expect(statementRuns(body, 1)).toEqual(['export const a = {\n\n  x: 1,\n};\n\n', 'export type B =\n\n  | 1;\n\n', 'export interface C {\n}\n\n', '/** D */\nexport const d = 1;\n']);
  expect(statementRuns(body, 1).join('')).toBe(body);
  expect(statementRuns(body, body.length)).toEqual([body]);
});

it('keeps every import some run used, in the order the file wrote them', async () => {
  const body = 'export const a = pages;\n\nexport type B = Client;\n\nexport const c = call;\n';
  const forms = await convertInRuns(HEAD, body, 1, fakeOxc);
  expect(forms!.declarations.join('')).toBe(`import { call, pages, type Client } from "./runtime.js";\nexport const a = pages;\n\nexport type B = Client;\n\nexport const c = call;\n`);
});

it('drops an import no run used, and marks a file of types only as a module once', async () => {
  const body = 'export type A = 1;\n\nexport type B = Client;\n';
  const forms = await convertInRuns(HEAD, body, 1, fakeOxc);
  expect(forms!.declarations.join('')).toBe('import { type Client } from "./runtime.js";\nexport type A = 1;\n\nexport type B = Client;\n');
  expect(forms!.script.join('')).toBe('export {};\n');
  const withValue = await convertInRuns(HEAD, `${body}\nexport const c = call;\n`, 1, fakeOxc);
  expect(withValue!.script.join('')).toBe('import { call } from "./runtime.js";\nexport const c = call;\n');
});

it.each([
  ['a statement that is not exported', HEAD, 'interface A {}\n\nexport const b: A = {};\n'],
  ['a head that holds more than imports', `// a comment\n${HEAD}`, 'export const a = 1;\n'],
  ['an import written in another way', "import call from './runtime.js';\n", 'export const a = call;\n'],
])('leaves the file to be converted whole for %s', async (_, head, body) => {
  expect(await convertInRuns(head, body, 1, fakeOxc)).toBeNull();
});

it('leaves the file to be converted whole when a run does not convert', async () => {
  const failing: Converter = async (text) => (text.includes('b') ? null : fakeOxc(text));
  expect(await convertInRuns(HEAD, 'export const a = 1;\n\nexport const b = 2;\n', 1, failing)).toBeNull();
});

// The `--js` output: each TypeScript file emit made, as a JavaScript module and its declarations
// (`.js` + `.d.ts`). A build that uses such a client reads its types and never type-checks its
// code: in the bench, tsc over GitHub's client takes 2.5 s instead of 6.1 s, over Microsoft
// Graph's 7.3 s instead of 23.0 s. The TypeScript is made first and converted, so names, escaping and
// user templates are those of the TypeScript output; the generated code compiles under
// `isolatedDeclarations`, so each file's declarations follow from that file alone. oxc-transform
// converts natively: about 0.5 s for GitHub's 9 MB, where TypeScript's own transpile took 8 s.
// A large file of our own printing goes to oxc in runs of statements (convertInRuns.ts), which
// holds its memory to a run's syntax tree instead of the whole file's.

import { createRequire } from 'node:module';
import { lazy } from '../lazy';
import { blameTemplate } from './blameTemplate';
import { convertInRuns, type FormParts } from './convertInRuns';
import type { EmittedFile } from './emitFiles';
import { reEscaped } from './escape';
import { lineAt } from './formatTypeScript';
import { makeDiagnostic } from '../diagnostics';
import { TemplateError } from './templates';

type OxcTransform = typeof import('oxc-transform', { with: { 'resolution-mode': 'import' } });

/** oxc-transform is an ES module, which Node's own `require` loads from Node 20.19; only when `--js` asks for it. */
const oxc = lazy((): OxcTransform => {
  try {
    return createRequire(__filename)('oxc-transform') as OxcTransform;
  } catch (error) {
    throw new TemplateError(makeDiagnostic('JS_CONVERTER_UNAVAILABLE', '#', { node: process.version, reason: (error as Error).message.split('\n')[0]! }));
  }
});

interface Problem {
  readonly message: string;
  /** A UTF-8 byte offset into the source, as oxc gives it. */
  readonly at: number;
}

function firstError(errors: readonly { severity: string; message: string; labels: readonly { start: number }[] }[]): Problem | null {
  const error = errors.find((e) => e.severity === 'Error');
  return error === undefined ? null : { message: error.message, at: error.labels[0]?.start ?? 0 };
}

/**
 * oxc's time grows with the type names a file imports times the references to them: Microsoft
 * Graph's operations.ts imports 34,000 and took 5 s to convert, 1.2 s without its import. A type-only
 * import is erased from JavaScript and belongs whole in the declarations, so each one on a line of its
 * own is blanked (spaces keep every offset, for messages) and given back to the declarations.
 */
const TYPE_IMPORT = /^import type \{[^}\n]*\} from '[^'\n]*';$/gm;

/** Where the file's head ends, from `start`: its comments, blank lines and imports (scanning 26 MB took 0.3 s). */
function headLength(text: string, start: number): number {
  let at = start;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line !== '' && !line.startsWith('//') && !line.startsWith('import ')) break;
    at = end < 0 ? text.length : end + 1;
  }
  return at - start;
}

/** Spaces for every UTF-8 byte of `text` but its line breaks: oxc's offsets and lines stay those of the file. */
function blank(text: string): string {
  return text.replace(/[^\n]/gu, (char) => ' '.repeat(Buffer.byteLength(char)));
}

/**
 * The comments a file starts with, `//` lines and `/* *\/` blocks each ending its line, blank lines
 * between them: the banner. oxc drops them from declarations, and from JavaScript too when the first
 * statement is a type, and it reflows a block's indentation; so they are blanked before converting
 * and put back as written. A block ends at its first `*\/`: a line with code after a block is not
 * banner, however many blocks follow.
 */
const BANNER = /^(?:[ \t]*(?:\/\/[^\n]*|\/\*(?:[^*]|\*(?!\/))*\*\/[ \t]*)?\n)*/;

export function bannerOf(text: string): string {
  const lines = BANNER.exec(text)![0];
  // Up to the line break that ends the last comment: blank lines after it are the code's.
  const end = lines.search(/\n[ \t\n]*$/);
  return end < 0 || lines.trim() === '' ? '' : lines.slice(0, end + 1);
}

/** A file as oxc gets it: its banner blanked and the type-only imports taken out of its head. */
interface Prepared {
  /** The whole file to convert. */
  readonly text: string;
  readonly banner: string;
  /** The type-only imports, for the declarations. */
  readonly imports: readonly string[];
  /** What follows the banner, split where the head of comments and imports ends. */
  readonly head: string;
  readonly body: string;
}

function prepared(text: string): Prepared {
  const banner = bannerOf(text);
  const imports: string[] = [];
  const headEnd = banner.length + headLength(text, banner.length);
  const head = text.slice(banner.length, headEnd).replace(TYPE_IMPORT, (statement) => {
    imports.push(statement.replace(/'([^']*)';$/, (_, from: string) => `${JSON.stringify(from)};`));
    return ' '.repeat(statement.length);
  });
  const body = text.slice(headEnd);
  return { text: `${blank(banner)}${head}${body}`, banner, imports, head, body };
}

function refuse(file: EmittedFile, problem: Problem): never {
  const offset = Buffer.from(file.content, 'utf8').subarray(0, problem.at).toString('utf8').length;
  const before = file.content.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = problem.message.replace(/\.$/, '');
  const diagnostic = makeDiagnostic('JS_OUTPUT_INVALID', '#', { path: file.path, line, column, reason, text: JSON.stringify(lineAt(file.content, offset)) });
  const [first, ...rest] = file.templates ?? [];
  // Our own code always converts (tests hold every built-in template to it): a user's template is to blame.
  const blamed = first === undefined ? null : blameTemplate(file.content, offset, [first, ...rest], () => true);
  throw new TemplateError(blamed === null ? diagnostic : { ...diagnostic, file: blamed.file });
}

const isSource = (path: string): boolean => path.endsWith('.ts') && !path.endsWith('.d.ts');

/** Where a TypeScript file's two forms go: `x.ts` becomes `x.d.ts` and `x.js`. */
function formPaths(path: string): { declarations: string; script: string } {
  const base = path.replace(/\.ts$/, '');
  return { declarations: `${base}.d.ts`, script: `${base}.js` };
}

/** The paths of a folder once its TypeScript is converted. */
export function javaScriptPaths(paths: readonly string[]): string[] {
  return paths.flatMap((p) => (isSource(p) ? Object.values(formPaths(p)) : [p]));
}

/**
 * Runs the tasks two at a time: each converts one file on libuv's threads, one run after another
 * or whole. On Microsoft Graph, before files went in runs, the conversions took 3.3 s one after
 * another; all at once, 1.9 s but 1.4 GB. A file converted whole (api.ts; any file with a user's
 * template output) still holds its whole syntax tree while it converts: two at a time holds at most
 * two such trees, and largest first keeps the longest conversion from starting last.
 */
async function twoAtATime(tasks: readonly (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < tasks.length; i = next++) await tasks[i]!();
  };
  await Promise.all([lane(), lane()]);
}

/** oxc's two forms of `text`, and the first error it reports. */
async function oxcForms(path: string, text: string): Promise<{ declarations: string; script: string; problem: Problem | null }> {
  // One call for both forms: oxc parses the file once, and the text crosses into it once.
  // target es2022: the TypeScript's own syntax level, so only types are removed.
  const result = await oxc().transform(path, text, { lang: 'ts', sourceType: 'module', target: 'es2022', sourcemap: false, typescript: { declaration: {} } });
  return { declarations: reEscaped(result.declaration ?? ''), script: reEscaped(result.code), problem: firstError(result.errors) };
}

/** The file converted in one piece; a problem is refused at its place in the file. */
async function convertedWhole(file: EmittedFile, source: Prepared): Promise<FormParts> {
  const forms = await oxcForms(file.path, source.text);
  if (forms.problem !== null) refuse(file, forms.problem);
  return { declarations: [forms.declarations], script: [forms.script] };
}

/**
 * Characters of statements oxc converts at a time in a large file of our own printing; a file that
 * holds a user's template output is converted whole, so that a problem is shown where it is.
 */
const RUN_SIZE = 1_000_000;

/** A `.ts` file as its `.d.ts` and `.js`. */
async function javaScriptForms(file: EmittedFile, runSize: number): Promise<EmittedFile[]> {
  // Blanked here, not for every file up front: each copy lives only while its file converts.
  const source = prepared(file.content);
  const inRuns = file.templates === undefined && source.body.length > 2 * runSize;
  const byRuns = inRuns ? await convertInRuns(source.head, source.body, runSize, async (text) => {
    const forms = await oxcForms(file.path, text);
    return forms.problem === null ? forms : null;
  }) : null;
  const forms = byRuns ?? (await convertedWhole(file, source));
  const imports = source.imports.map((statement) => `${statement}\n`).join('');
  const paths = formPaths(file.path);
  return [
    { path: paths.declarations, content: [source.banner, imports, ...forms.declarations].join('') },
    { path: paths.script, content: [source.banner, ...forms.script].join('') },
  ];
}

/**
 * The `--js` stage, after emit: each TypeScript file emitFiles made becomes its declarations and
 * JavaScript; the other files (emitFiles made them for the JavaScript) stay as they are.
 */
export async function toJavaScript(files: readonly EmittedFile[], runSize = RUN_SIZE): Promise<EmittedFile[]> {
  const converted = new Map<EmittedFile, EmittedFile[]>();
  const refused = new Map<EmittedFile, unknown>();
  // Largest first: the biggest file takes one lane while the others pass through the second.
  const sources = files.filter((f) => isSource(f.path)).sort((a, b) => b.content.length - a.content.length);
  const convert = (file: EmittedFile) => () => javaScriptForms(file, runSize).then((forms) => void converted.set(file, forms), (error: unknown) => void refused.set(file, error));
  await twoAtATime(sources.map(convert));
  // Of several refusals, the same one on every run: the first file's in this order, not the first to finish.
  const first = sources.find((f) => refused.has(f));
  if (first !== undefined) throw refused.get(first);
  return files.flatMap((f) => converted.get(f) ?? [f]);
}

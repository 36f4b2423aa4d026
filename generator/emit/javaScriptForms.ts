// The `--js` output: each TypeScript file emit made, as a JavaScript module and its declarations
// (`.js` + `.d.ts`). A build that uses such a client reads its types and never type-checks its
// code: tsc over GitHub's client takes 2.1 s instead of 5.0 s, over Microsoft Graph's 10 s instead
// of 30 s. The TypeScript is made first and converted, so names, escaping and user templates are
// those of the TypeScript output; the generated code compiles under `isolatedDeclarations`, so each
// file's declarations follow from that file alone. oxc-transform converts natively: about 0.5 s for
// GitHub's 9 MB, where TypeScript's own transpile took 8 s.

import { createRequire } from 'node:module';
import { lazy } from '../lazy';
import { blameTemplate } from './blameTemplate';
import type { EmittedFile } from './emitFiles';
import { lineAt } from './formatTypeScript';
import { makeDiagnostic } from '../diagnostics';
import { TemplateError, type TemplateFile } from './templates';

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

/** The `//` lines a file starts with: our banner, which declaration output would otherwise lose. */
function leadingComments(text: string): string {
  return /^(?:\/\/[^\n]*\n)*/.exec(text)![0];
}

function refuse(file: EmittedFile, problem: Problem, used: readonly TemplateFile[]): never {
  const offset = Buffer.from(file.content, 'utf8').subarray(0, problem.at).toString('utf8').length;
  const before = file.content.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const reason = problem.message.replace(/\.$/, '');
  const diagnostic = makeDiagnostic('JS_OUTPUT_INVALID', '#', { path: file.path, line, column, reason, text: JSON.stringify(lineAt(file.content, offset)) });
  const [first, ...rest] = used.filter((t) => !t.builtIn);
  // Our own code always converts (tests hold every built-in template to it): a user's template is to blame.
  const blamed = first === undefined ? null : blameTemplate(file.content, offset, [first, ...rest], () => true);
  throw new TemplateError(blamed === null ? diagnostic : { ...diagnostic, file: blamed.file });
}

/**
 * `file` (a `.ts` file) as `.d.ts` and `.js`; `used`: the user templates whose output it holds, to
 * blame when it cannot be converted.
 */
export function javaScriptForms(file: EmittedFile, used: readonly TemplateFile[]): EmittedFile[] {
  const base = file.path.replace(/\.ts$/, '');
  const declarations = oxc().isolatedDeclarationSync(file.path, file.content, { sourcemap: false });
  const declarationProblem = firstError(declarations.errors);
  if (declarationProblem !== null) refuse(file, declarationProblem, used);
  // target es2022: the TypeScript's own syntax level, so only types are removed.
  const script = oxc().transformSync(file.path, file.content, { lang: 'ts', sourceType: 'module', target: 'es2022', sourcemap: false });
  const scriptProblem = firstError(script.errors);
  if (scriptProblem !== null) refuse(file, scriptProblem, used);
  const banner = leadingComments(file.content);
  const framed = (text: string) => (text.startsWith(banner) ? text : `${banner}${text}`);
  return [
    { path: `${base}.d.ts`, content: framed(declarations.code) },
    { path: `${base}.js`, content: framed(script.code) },
  ];
}

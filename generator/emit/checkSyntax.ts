// A file that holds a user's template output is parsed before it is returned, so a broken template
// fails here, by name, with a line and column, instead of reaching the user's compiler.

import type { ts as Ts } from 'ts-morph';
import { loadTsMorph } from './loadTsMorph';
import { TemplateError } from './templates';

/** The first syntax error in `text` as `line:column: message`, or null when it parses. */
export function syntaxError(path: string, text: string): string | null {
  const { ts } = loadTsMorph();
  const options: Ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, noLib: true, noResolve: true, types: [] };
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const host: Ts.CompilerHost = {
    ...ts.createCompilerHost(options),
    getSourceFile: (name) => (name === path ? file : undefined),
    fileExists: (name) => name === path,
  };
  const problems = ts.createProgram({ rootNames: [path], options, host }).getSyntacticDiagnostics(file);
  const first = problems[0];
  if (first === undefined) return null;
  const where = first.start === undefined ? '' : (({ line, character }) => ` at ${line + 1}:${character + 1}`)(file.getLineAndCharacterOfPosition(first.start));
  return `${path} does not parse${where}: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')}`;
}

/** Throws a TemplateError naming `origin` (the template the file's text came from) when it does not parse. */
export function checkSyntax(path: string, text: string, origin: string): void {
  const problem = syntaxError(path, text);
  if (problem !== null) throw new TemplateError(origin, problem);
}

// Every emitted file is parsed once before it is returned, so a broken template (or a printer bug)
// fails here with a line and column instead of reaching the user's compiler.

import { ts } from 'ts-morph';
import { TemplateError } from './templates';

const OPTIONS: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, noLib: true, noResolve: true, types: [] };

/** The first syntax error in `text` as `line:column: message`, or null when it parses. */
export function syntaxError(path: string, text: string): string | null {
  // JSDoc is only comment text here: not parsing it halves the time of a check.
  const file = ts.createSourceFile(path, text, { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TS);
  const host: ts.CompilerHost = {
    ...ts.createCompilerHost(OPTIONS),
    getSourceFile: (name) => (name === path ? file : undefined),
    fileExists: (name) => name === path,
  };
  const problems = ts.createProgram({ rootNames: [path], options: OPTIONS, host }).getSyntacticDiagnostics(file);
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

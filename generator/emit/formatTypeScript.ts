// The TypeScript formatter, for files that hold a user's template output: their layout is theirs to
// get wrong, so such a file is parsed (a broken template fails here, by name, with a line and
// column) and formatted, from one parse. Files built only from our printer and templates skip this.

import type { Project, SourceFile, ts } from 'ts-morph';
import { loadTsMorph } from './loadTsMorph';
import { TemplateError } from './templates';

function formatSettings(): ts.FormatCodeSettings {
  const { ts } = loadTsMorph();
  return {
    ...ts.getDefaultFormatCodeSettings('\n'),
    indentSize: 2,
    tabSize: 2,
    convertTabsToSpaces: true,
    newLineCharacter: '\n',
    insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
    semicolons: ts.SemicolonPreference.Insert,
  };
}

function parse(path: string, text: string): { project: Project; file: SourceFile } {
  const { Project, ts } = loadTsMorph();
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { target: ts.ScriptTarget.ES2022, noLib: true, noResolve: true, types: [] } });
  return { project, file: project.createSourceFile(path, text) };
}

/** The first syntax error as `<path> does not parse at line:column: message`, or null. */
function firstProblem(project: Project, file: SourceFile): string | null {
  const first = project.getProgram().compilerObject.getSyntacticDiagnostics(file.compilerNode)[0];
  if (first === undefined) return null;
  const at = first.start === undefined ? null : file.getLineAndColumnAtPos(first.start);
  return `${file.getBaseName()} does not parse${at === null ? '' : ` at ${at.line}:${at.column}`}: ${loadTsMorph().ts.flattenDiagnosticMessageText(first.messageText, '\n')}`;
}

/** Applies formatting edits to the text directly: cheaper than letting ts-morph re-parse the file. */
function applyEdits(text: string, edits: readonly ts.TextChange[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    parts.push(text.slice(at, edit.span.start), edit.newText);
    at = edit.span.start + edit.span.length;
  }
  parts.push(text.slice(at));
  return parts.join('').replace(/\r\n?/g, '\n');
}

function formatted(project: Project, file: SourceFile): string {
  const edits = project.getLanguageService().compilerObject.getFormattingEditsForDocument(file.getFilePath(), formatSettings());
  return `${applyEdits(file.getFullText(), edits).trimEnd()}\n`;
}

/** The first syntax error in `text`, or null when it parses. */
export function syntaxError(path: string, text: string): string | null {
  const { project, file } = parse(path, text);
  return firstProblem(project, file);
}

/** `text` as the formatter lays it out, ending in exactly one `\n`. */
export function formatTypeScript(path: string, text: string): string {
  const { project, file } = parse(path, text);
  return formatted(project, file);
}

/** Formats a file that holds template output; throws a TemplateError naming `origin` when it does not parse. */
export function formatTemplateOutput(path: string, text: string, origin: string): string {
  const { project, file } = parse(path, text);
  const problem = firstProblem(project, file);
  if (problem !== null) throw new TemplateError(origin, problem);
  return formatted(project, file);
}

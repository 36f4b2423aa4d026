// The TypeScript formatter, for files that hold a user's template output: their layout is theirs to
// get wrong, so such a file is parsed (a broken template fails here, by name, with a line and
// column) and formatted, from one parse. Files built only from our printer and templates skip this.

import type { Project, SourceFile, ts } from 'ts-morph';
import { makeDiagnostic } from '../diagnostics';
import { blameTemplate } from './blameTemplate';
import { loadTsMorph } from './loadTsMorph';
import { TemplateError, type TemplateFile } from './templates';

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

interface Problem {
  /** Offset in the text. */
  readonly start: number;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The file's first syntax error, or null. */
function firstProblem(project: Project, file: SourceFile): Problem | null {
  const first = project.getProgram().compilerObject.getSyntacticDiagnostics(file.compilerNode)[0];
  if (first === undefined) return null;
  const start = first.start ?? 0;
  const { line, column } = file.getLineAndColumnAtPos(start);
  return { start, line, column, message: loadTsMorph().ts.flattenDiagnosticMessageText(first.messageText, ' ') };
}

/**
 * The offset where a message should point: `offset`, or when its line is blank (a missing `}` is
 * reported at the end of the file) the end of the last line before it that is not.
 */
function shownOffset(text: string, offset: number): number {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  if (text.slice(from, to < 0 ? undefined : to).trim() !== '' || from === 0) return offset;
  return text.slice(0, from - 1).trimEnd().length;
}

/** The line that holds `offset`, cut to about 160 characters around it: for messages that show a generated line. */
export function lineAt(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  const line = text.slice(from, to < 0 ? undefined : to);
  const at = offset - from;
  return line.length <= 160 ? line : `${at > 80 ? '…' : ''}${line.slice(Math.max(0, at - 80), at + 80)}${at + 80 < line.length ? '…' : ''}`;
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

/** The first syntax error in `text` as `<file> does not parse at line:column: message`, or null when it parses. */
export function syntaxError(path: string, text: string): string | null {
  const { project, file } = parse(path, text);
  const problem = firstProblem(project, file);
  return problem === null ? null : `${file.getBaseName()} does not parse at ${problem.line}:${problem.column}: ${problem.message}`;
}

/** `text` as the formatter lays it out, ending in exactly one `\n`. */
export function formatTypeScript(path: string, text: string): string {
  const { project, file } = parse(path, text);
  return formatted(project, file);
}

/**
 * Formats a file that holds the output of `templates` (a user's); when it does not parse, throws a
 * TemplateError naming the template the error is in, with the generated line.
 */
export function formatTemplateOutput(path: string, text: string, templates: readonly [TemplateFile, ...TemplateFile[]]): string {
  const { project, file } = parse(path, text);
  const problem = firstProblem(project, file);
  if (problem !== null) {
    const shown = shownOffset(text, problem.start);
    const { line, column } = file.getLineAndColumnAtPos(shown);
    const reason = problem.message.replace(/\.$/, '');
    const diagnostic = makeDiagnostic('TEMPLATE_OUTPUT_INVALID', '#', { path, line, column, reason, text: JSON.stringify(lineAt(text, shown)) });
    const parses = (code: string) => syntaxError(path, code) === null;
    throw new TemplateError({ ...diagnostic, file: blameTemplate(text, problem.start, templates, parses).file });
  }
  return formatted(project, file);
}

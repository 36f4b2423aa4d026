// The TypeScript formatter, for files that hold a user's template output: their layout is theirs to
// get wrong, so it is normalised here. Files built only from our printer and templates skip it.

import type { ts } from 'ts-morph';
import { loadTsMorph } from './loadTsMorph';

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

/** `text` as the formatter lays it out, ending in exactly one `\n`. */
export function formatTypeScript(path: string, text: string): string {
  const { Project, ts } = loadTsMorph();
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: { target: ts.ScriptTarget.ES2022, noLib: true } });
  const file = project.createSourceFile(path, text);
  const edits = project.getLanguageService().compilerObject.getFormattingEditsForDocument(file.getFilePath(), formatSettings());
  return `${applyEdits(text, edits).trimEnd()}\n`;
}

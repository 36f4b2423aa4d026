// The emit stage: ApiModel → the generated files, in memory. ts-morph builds the declarations,
// templates render the restylable parts, and every file is formatted and parse-checked once.

import { type CodeBlockWriter, IndentationText, StructureKind, NewLineKind, Project, QuoteKind, ts, type SourceFile, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../model/ApiModel';
import { commentText, literal, code, type TsCode } from './escape';
import { emitErrors } from './emitErrors';
import { emitOperations } from './emitOperations';
import { emitTypes } from './emitTypes';
import { emitApi } from './emitApi';
import { emitCodecs } from './emitCodecs';
import { errorFieldsLiteral, type ErrorFieldsOption } from './errorFields';
import { int64Plans } from './int64Plans';
import { createTypePrinter, type Int64Repr } from './printType';
import { loadTemplates, TemplateError } from './templates';

export interface EmittedFile {
  /** Path inside the output folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
}

export interface EmitOptions {
  readonly generatorVersion: string;
  /** How the banner names the spec, e.g. `spec/ringcentral.yaml`. */
  readonly source: string;
  /** The command the banner tells readers to run to regenerate. */
  readonly command: string;
  /** A folder whose `*.hbs` files replace the built-in templates of the same name. */
  readonly templatesDir?: string;
  /** How int64 values are typed (default `number`); `string` and `bigint` add a codec that keeps every digit. */
  readonly int64?: Int64Repr;
  /** Where error bodies keep their code and message (default `generic`). */
  readonly errorFields?: ErrorFieldsOption;
}

const FORMAT: ts.FormatCodeSettings = {
  ...ts.getDefaultFormatCodeSettings('\n'),
  indentSize: 2,
  tabSize: 2,
  convertTabsToSpaces: true,
  newLineCharacter: '\n',
  insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
  semicolons: ts.SemicolonPreference.Insert,
};

const blankLine = (writer: CodeBlockWriter) => writer.blankLineIfLastNot();

function isImport(s: StatementStructures | string): boolean {
  return typeof s === 'object' && s.kind === StructureKind.ImportDeclaration;
}

/** A blank line between top-level statements, but not inside the block of imports. */
function spaced(statements: readonly (StatementStructures | string)[]): (StatementStructures | string | typeof blankLine)[] {
  return statements.flatMap((s, i) => (i === 0 || (isImport(s) && isImport(statements[i - 1]!)) ? [s] : [blankLine, s]));
}

function createProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, noLib: true },
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
}

/** Fails loudly, naming the template, when rendered text does not parse as TypeScript. */
function checkSyntax(project: Project, file: SourceFile, origin: string): void {
  const problems = project.getProgram().compilerObject.getSyntacticDiagnostics(file.compilerNode);
  if (problems.length === 0) return;
  const first = problems[0]!;
  const where = first.start === undefined ? '' : ` at ${file.getLineAndColumnAtPos(first.start).line}:${file.getLineAndColumnAtPos(first.start).column}`;
  throw new TemplateError(origin, `${file.getBaseName()} does not parse${where}: ${ts.flattenDiagnosticMessageText(first.messageText, '\n')}`);
}

/** Applies formatting edits to the text directly: cheaper than letting ts-morph re-parse the file. */
function formatted(text: string, edits: readonly ts.TextChange[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    parts.push(text.slice(at, edit.span.start), edit.newText);
    at = edit.span.start + edit.span.length;
  }
  parts.push(text.slice(at));
  return parts.join('').replace(/\r\n?/g, '\n');
}

export function emitFiles(model: ApiModel, options: EmitOptions): EmittedFile[] {
  const templates = loadTemplates(options.templatesDir);
  const banner = code(templates.banner({
    version: commentText(options.generatorVersion),
    source: commentText(options.source),
    command: commentText(options.command),
  }).trimEnd());
  const project = createProject();
  const sources: { file: SourceFile; origin: string; formatted: boolean }[] = [];
  /** `formatted`: the text is known to be in its final form, so the formatter need not run over it. */
  const add = (path: string, statements: (StatementStructures | string)[] | TsCode, origin: string, formatted = false) => {
    const file =
      typeof statements === 'string'
        ? project.createSourceFile(path, statements)
        : project.createSourceFile(path, { statements: spaced([banner, ...statements]) });
    sources.push({ file, origin, formatted });
  };
  // Whole-file templates of ours render formatted text; formatting the runtime again took most of
  // the time of generating a small spec.
  const ours = (name: 'runtime.ts' | 'index.ts') => templates[name].builtIn && templates.banner.builtIn;
  const runtimeView = {
    banner,
    defaultBaseUrl: model.defaultBaseUrl === null ? 'undefined' : literal(model.defaultBaseUrl),
    errorFields: errorFieldsLiteral(options.errorFields ?? 'generic'),
  };
  add('runtime.ts', code(templates['runtime.ts'](runtimeView)), templates['runtime.ts'].file, ours('runtime.ts'));
  const repr = options.int64 ?? 'number';
  const plans = repr === 'number' ? null : int64Plans(model);
  add('types.ts', emitTypes(model, createTypePrinter(repr)), templates.banner.file);
  add('errors.ts', emitErrors(model), templates.banner.file);
  add('operations.ts', emitOperations(model, templates, plans), templates.operation.file);
  if (plans !== null && repr !== 'number') add('codecs.ts', emitCodecs(plans, repr), templates.banner.file);
  add('api.ts', emitApi(model), templates.banner.file);
  add('index.ts', code(templates['index.ts']({ banner })), templates['index.ts'].file, ours('index.ts'));
  for (const { file, origin } of sources) checkSyntax(project, file, origin);
  const service = project.getLanguageService().compilerObject;
  return sources.map(({ file, formatted: done }) => {
    const text = file.getFullText();
    const edits = done ? [] : service.getFormattingEditsForDocument(file.getFilePath(), FORMAT);
    return { path: file.getFilePath().replace(/^\//, ''), content: `${formatted(text, edits).trimEnd()}\n` };
  });
}

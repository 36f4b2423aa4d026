// What Handlebars throws (parse errors, strict-mode misses, helper failures) as one diagnostic at the
// template's file, line and column. Handlebars' messages hold an excerpt over several lines and the
// position as text; a diagnostic is one line, with the position in its own fields and no stack.

import { makeDiagnostic, type Diagnostic } from '../diagnostics';
import { handlebars } from './handlebars';

/** 1-based, as editors count. */
interface Position {
  readonly line: number;
  readonly column?: number;
}

function at(file: string, reason: string, position: Position | null): Diagnostic {
  return { ...makeDiagnostic('TEMPLATE_INVALID', '#', { reason }), file, ...(position ?? {}) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Handlebars.Exception keeps a 1-based line and a 0-based column of the node that failed. */
function exceptionPosition(error: unknown): Position | null {
  const { lineNumber, column } = (error ?? {}) as { lineNumber?: unknown; column?: unknown };
  return typeof lineNumber === 'number' && typeof column === 'number' ? { line: lineNumber, column: column + 1 } : null;
}

/**
 * Where the parser stopped. Its errors carry only text (jison passes the location to a handler that
 * drops it), but the lexer still holds the location of the token it failed on until the next parse.
 */
function parserPosition(): Position | null {
  // Not in Handlebars' type declarations, hence read as unknown.
  const { Parser } = handlebars() as unknown as { Parser?: { yy?: { lexer?: { yylloc?: { first_line?: unknown; first_column?: unknown } } } } };
  const loc = Parser?.yy?.lexer?.yylloc;
  if (typeof loc?.first_line !== 'number' || typeof loc.first_column !== 'number') return null;
  return { line: loc.first_line, column: loc.first_column + 1 };
}

/** `Parse error on line 2:\n<excerpt>\n---^\nExpecting 'ID', got 'INVALID'` → `Handlebars parse error: expecting 'ID', got 'INVALID'`. */
function parseReason(message: string): string {
  const lines = message.split('\n');
  const expecting = lines.at(-1)?.match(/^Expecting (.*)$/);
  if (/^Parse error on line \d+:/.test(lines[0] ?? '') && expecting) return `Handlebars parse error: expecting ${expecting[1]}`;
  const lexical = lines[0]?.match(/^Lexical error on line \d+\. (.*)$/);
  if (lexical) return `Handlebars cannot read the text here: ${lexical[1]!.toLowerCase()}`;
  return oneLine(message);
}

/** A Handlebars.Exception message ends with ` - line:column`, which the diagnostic's fields carry. */
function oneLine(message: string): string {
  return message.replace(/ - \d+:\d+$/, '').replace(/\s*\n\s*/g, ' ');
}

/** For an error thrown while parsing a template's source: call it straight from the catch. */
export function syntaxDiagnostic(file: string, error: unknown): Diagnostic {
  const message = messageOf(error);
  const line = message.match(/^(?:Parse|Lexical) error on line (\d+)/)?.[1];
  const position = exceptionPosition(error) ?? (line === undefined ? null : (parserPosition() ?? { line: Number(line) }));
  return at(file, parseReason(message), position);
}

/** For an error thrown while rendering; `fields` are the view-model's, which a strict-mode miss lists. */
export function renderDiagnostic(file: string, error: unknown, fields: readonly string[]): Diagnostic {
  const reason = oneLine(messageOf(error));
  const missing = reason.match(/^"(.*)" not defined in .*$/);
  const explained = missing ? `"${missing[1]}" not defined; the view-model's fields are ${fields.join(', ')} (templates/README.md)` : reason;
  return at(file, explained, exceptionPosition(error));
}

// A YAML parse error in a spec author's words, placed where the mistake is: the parser notices an
// unclosed quote only at the end of the file, and calls a missing colon or a merge-conflict marker
// "implicit keys need to be on a single line".

import type { Document, LineCounter, YAMLError } from 'yaml';
import type { SourcePosition } from './sourceLocator';

export interface YamlProblem {
  readonly reason: string;
  readonly position: SourcePosition | null;
}

const CONFLICT_MARKER = /^(?:<{7}|>{7})(?: |$)|^={7}$/m;

/** Where in `text` a merge-conflict marker is, or null: git leaves them when a merge stops. */
function conflictMarker(text: string, lines: LineCounter): SourcePosition | null {
  const found = CONFLICT_MARKER.exec(text);
  if (found === null) return null;
  const pos = lines.linePos(found.index);
  return { line: pos.line, column: pos.col };
}

/** The quote that opens the value the parser ran to the end of, looking for its close. */
function unclosedQuote(doc: Document, error: YAMLError, lines: LineCounter, visit: typeof import('yaml').visit): SourcePosition | null {
  let start: number | null = null;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
      if (!quoted || node.range === undefined || node.range === null || node.range[1] < error.pos[0]) return undefined;
      start = node.range[0];
      return visit.BREAK;
    },
  });
  if (start === null) return null;
  const pos = lines.linePos(start);
  return { line: pos.line, column: pos.col };
}

/** The parser's own first line, without the position it appends (ours is given apart). */
function parserWords(error: YAMLError): string {
  const line = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return /maximum call stack/i.test(line) ? 'the document nests too deeply to read' : line;
}

export function yamlProblem(text: string, doc: Document, error: YAMLError, lines: LineCounter, visit: typeof import('yaml').visit): YamlProblem {
  const at = error.linePos?.[0];
  const given = at === undefined ? null : { line: at.line, column: at.col };
  const marker = conflictMarker(text, lines);
  if (marker !== null) return { reason: 'a merge-conflict marker (<<<<<<<, =======, >>>>>>>): resolve the conflict first', position: marker };
  const words = parserWords(error);
  if (error.code === 'MISSING_CHAR' && /closing .?quote/i.test(words)) {
    const quote = /closing (.)quote/.exec(words)?.[1] ?? 'quote';
    const opened = unclosedQuote(doc, error, lines, visit);
    return { reason: `a value opened with ${quote} here is never closed`, position: opened ?? given };
  }
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /implicit map keys/i.test(words))) {
    return { reason: `a line that is neither \`key: value\` nor a list item: a missing \`:\`, or a value wrapped onto a new line without quotes (${words})`, position: given };
  }
  if (error.code === 'TAB_AS_INDENT') return { reason: 'a tab as indentation: YAML indents with spaces only', position: given };
  if (error.code === 'BAD_INDENT') return { reason: `this line is indented differently from the lines beside it (${words})`, position: given };
  return { reason: words, position: given };
}

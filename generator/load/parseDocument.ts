// Parses spec text (YAML or JSON) into plain data, and can map a JSON pointer back to line:column.
// Refuses anything that is not exactly one document; knows nothing about what a spec contains.

import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument as parseYamlDocument, type Document, type Node } from 'yaml';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';
import { parsePointer } from '../pointer';

export type SourceFormat = 'yaml' | 'json';

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface ParsedDocument {
  readonly data: unknown;
  /** Where the node at a JSON pointer starts in the text, when it can be found. */
  locate(pointer: string): SourcePosition | null;
}

/** Chooses the parser by file extension, and by the first character when the extension says nothing. */
export function detectFormat(file: string, text: string): SourceFormat {
  if (/\.json$/i.test(file)) return 'json';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

function refuse(file: string, reason: string, position: SourcePosition | null, format: SourceFormat): never {
  const diagnostic = makeDiagnostic('PARSE_ERROR', '#', { format: format.toUpperCase(), reason });
  throw new RefusedInputError([{ ...diagnostic, file, ...(position ?? {}) }]);
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlDocument(text: string, file: string, format: SourceFormat): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  // JSON is read with the YAML 1.2 parser only to report positions; both refuse duplicate keys.
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      refuse(file, firstLine(error.message), pos ? { line: pos.line, column: pos.col } : null, format);
    }
  }
  // A stream may end with `---` and nothing after it (the RingCentral spec does): empty documents are ignored.
  const filled = list.filter((doc) => !isEmptyDocument(doc));
  if (filled.length > 1) {
    throw new RefusedInputError([{ ...makeDiagnostic('MULTIPLE_DOCUMENTS', '#', { count: filled.length }), file }]);
  }
  return { doc: filled[0] ?? parseYamlDocument(''), lines };
}

function isEmptyDocument(doc: Document): boolean {
  return doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null);
}

function locateIn(doc: Document, lines: LineCounter, pointer: string): SourcePosition | null {
  let node: unknown = doc.contents;
  for (const segment of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === segment);
      node = pair?.value ?? pair?.key;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else return null;
    if (node === undefined || node === null) return null;
  }
  const range = (node as Node | null)?.range;
  if (!range) return null;
  const pos = lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

/** Where JSON.parse gave up: V8's messages do not always say, so a tolerant scanner finds the spot. */
function jsonErrorPosition(text: string): SourcePosition | null {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return null;
  const before = text.slice(0, first.offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Parses the text; throws RefusedInputError with line:column when it is not one well-formed document. */
export function parseDocument(text: string, file: string, format: SourceFormat): ParsedDocument {
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      refuse(file, (error as Error).message.split('\n')[0]!, jsonErrorPosition(text), format);
    }
    let located: { doc: Document; lines: LineCounter } | undefined;
    return {
      data,
      locate(pointer) {
        located ??= yamlDocument(text, file, format);
        return locateIn(located.doc, located.lines, pointer);
      },
    };
  }
  const { doc, lines } = yamlDocument(text, file, format);
  return { data: doc.toJS() as unknown, locate: (pointer) => locateIn(doc, lines, pointer) };
}

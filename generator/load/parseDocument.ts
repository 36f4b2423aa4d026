// Parses spec text (YAML or JSON) into plain data, and can map a JSON pointer back to line:column.
// Refuses anything that is not exactly one document; knows nothing about what a spec contains.

import type { Document, LineCounter, Node } from 'yaml';
import type { ParseError } from 'jsonc-parser';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';
import { lazy } from '../lazy';
import { scanJsonText } from './checkLimits';
import { scanDocument, type DocumentScan } from './scanDocument';
import { yamlProblem } from './yamlProblem';
import { jsonLocator, placeAll, positionOf, yamlLocator, type LocateAll, type SourcePosition } from './sourceLocator';

const yaml = lazy(() => require('yaml') as typeof import('yaml'));
// Only a spec that JSON.parse refuses, or one with a repeated key, needs a tolerant scanner.
const jsonc = lazy(() => require('jsonc-parser') as typeof import('jsonc-parser'));

export type SourceFormat = 'yaml' | 'json';

export type { SourcePosition };

export interface ParsedDocument {
  readonly data: unknown;
  /** Where the nodes at JSON pointers start in the text, where they can be found. */
  readonly locateAll: LocateAll;
  /** What one walk over `data` found: its refs, and how many keys it holds. */
  readonly scan: DocumentScan;
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
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return /maximum call stack/i.test(line) ? 'the document nests too deeply to read' : line;
}

function yamlDocument(text: string, file: string, format: SourceFormat): { doc: Document; lines: LineCounter } {
  const { LineCounter, parseAllDocuments, parseDocument: parseYamlDocument } = yaml();
  const lines = new LineCounter();
  // JSON is read with the YAML 1.2 parser only to report positions; both refuse duplicate keys.
  // logLevel silent: the parser would otherwise print warnings itself; we turn them into refusals.
  // Merge keys (`<<: *base`) are YAML 1.1, but hand-written specs use them and they build only plain data.
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, logLevel: 'silent', merge: true });
  const list = Array.isArray(docs) ? docs : [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      // JSON read with the YAML parser keeps the parser's words: its authors do not write YAML.
      if (format === 'json') {
        const pos = error.linePos?.[0];
        refuse(file, firstLine(error.message), pos ? { line: pos.line, column: pos.col } : null, format);
      }
      const problem = yamlProblem(text, doc, error, lines, yaml().visit);
      refuse(file, problem.reason, problem.position, format);
    }
    refuseTags(doc, lines, file, format);
  }
  // A stream may end with `---` and nothing after it (the RingCentral spec does): empty documents are ignored.
  const filled = list.filter((doc) => !isEmptyDocument(doc));
  if (filled.length > 1) {
    const start = filled[1]!.contents?.range?.[0];
    const pos = start === undefined ? null : lines.linePos(start);
    throw new RefusedInputError([{ ...makeDiagnostic('MULTIPLE_DOCUMENTS', '#', { count: filled.length }), file, ...(pos === null ? {} : { line: pos.line, column: pos.col }) }]);
  }
  return { doc: filled[0] ?? parseYamlDocument(''), lines };
}

/** Tags that only say what the plain value already is; any other tag would build something else. */
const PLAIN_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool', 'tag:yaml.org,2002:null', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);

/** A spec is plain data: tags such as `!!binary`, `!!js/function` or `!custom` are refused, not guessed at. */
function refuseTags(doc: Document, lines: LineCounter, file: string, format: SourceFormat): void {
  yaml().visit(doc, (_key, node) => {
    const tag = (node as { tag?: string }).tag;
    if (tag === undefined || PLAIN_TAGS.has(tag)) return;
    const range = (node as Node).range;
    const pos = range ? lines.linePos(range[0]) : null;
    refuse(file, `the tag ${tag.replace('tag:yaml.org,2002:', '!!')} would build a value that is not plain data`, pos ? { line: pos.line, column: pos.col } : null, format);
  });
}

/** Where the document holds an alias to no anchor, or a merge of a scalar: what toJS refuses, without a place. */
function unbuildable(doc: Document, lines: LineCounter): SourcePosition | null {
  const { isAlias, isScalar, visit } = yaml();
  let at: number | null = null;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      at = node.range?.[0] ?? null;
      return visit.BREAK;
    },
    Pair(_key, pair) {
      // With merge keys on, the parser gives `<<` as a symbol, not the string.
      const merge = isScalar(pair.key) && (pair.key.value === '<<' || String(pair.key.value) === 'Symbol(<<)');
      if (!merge || isAlias(pair.value) || !isScalar(pair.value)) return undefined;
      at = pair.value.range?.[0] ?? null;
      return visit.BREAK;
    },
  });
  if (at === null) return null;
  const pos = lines.linePos(at);
  return { line: pos.line, column: pos.col };
}

function isEmptyDocument(doc: Document): boolean {
  return doc.contents === null || (yaml().isScalar(doc.contents) && doc.contents.value === null);
}

/**
 * JSON.parse keeps the last of two equal keys without a word; a spec with them is ambiguous, so it is
 * refused. Counting is cheap: only when the parsed document holds fewer keys than the text spells is
 * there a repeat to find, with a slower walk over the text.
 */
function refuseDuplicateKeys(text: string, keysInText: number, parsedKeys: number, file: string): void {
  if (keysInText === parsedKeys) return;
  const keys: Set<string>[] = [];
  let duplicate: { key: string; offset: number } | null = null;
  jsonc().visit(text, {
    onObjectBegin: () => void keys.push(new Set()),
    onObjectEnd: () => void keys.pop(),
    onObjectProperty: (key, offset) => {
      const seen = keys[keys.length - 1]!;
      if (seen.has(key) && duplicate === null) duplicate = { key, offset };
      seen.add(key);
    },
  });
  if (duplicate === null) return;
  const found: { key: string; offset: number } = duplicate;
  refuse(file, `the key ${JSON.stringify(found.key)} appears twice in one object`, positionOf(text, found.offset), 'json');
}

/** jsonc-parser's ParseErrorCode.InvalidCommentToken (the enum is not imported: jsonc loads lazily). */
const COMMENT_FOUND = 10;

/**
 * Where JSON.parse gave up, and why in words for the two slips hand-edited JSON makes most: V8's
 * messages do not always say where, and name neither ("Expected double-quoted property name").
 */
export function jsonError(text: string, message: string): { reason: string; position: SourcePosition | null } {
  const errors: ParseError[] = [];
  jsonc().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) return { reason: message, position: null };
  if (first.error === COMMENT_FOUND) return { reason: 'a comment, which JSON does not have', position: positionOf(text, first.offset) };
  const comma = /,\s*$/.exec(text.slice(0, first.offset));
  if (comma !== null && (text[first.offset] === '}' || text[first.offset] === ']')) {
    return { reason: `a comma after the last member, which JSON does not allow before \`${text[first.offset]}\``, position: positionOf(text, comma.index) };
  }
  return { reason: message, position: positionOf(text, first.offset) };
}

/** The scan of `data`; a refusal (nesting too deep) is placed at its line:column. */
function scanned(data: unknown, file: string, locateAll: LocateAll): DocumentScan {
  try {
    return scanDocument(data, file);
  } catch (error) {
    if (!(error instanceof RefusedInputError)) throw error;
    throw new RefusedInputError(placeAll(error.diagnostics, locateAll));
  }
}

/** Parses the text; throws RefusedInputError with line:column when it is not one well-formed document. */
export function parseDocument(text: string, file: string, format: SourceFormat): ParsedDocument {
  if (format === 'json') {
    const spelled = scanJsonText(text, file);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      const { reason, position } = jsonError(text, (error as Error).message.split('\n')[0]!);
      refuse(file, reason, position, format);
    }
    const locateAll = jsonLocator(text);
    const scan = scanned(data, file, locateAll);
    refuseDuplicateKeys(text, spelled.keys, scan.keyCount, file);
    return { data, locateAll, scan };
  }
  const { doc, lines } = yamlDocument(text, file, format);
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The parser's own guard against alias bombs ("billion laughs") throws here, and so do an alias
    // to no anchor and a merge (`<<`) of something that is not a map, which it finds only now.
    const message = firstLine((error as Error).message);
    if (/excessive alias count/i.test(message)) refuse(file, 'aliases expand to too much data (an alias bomb?)', null, format);
    refuse(file, message, unbuildable(doc, lines), format);
  }
  const locateAll = yamlLocator(doc, lines);
  return { data, locateAll, scan: scanned(data, file, locateAll) };
}

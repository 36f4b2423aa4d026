// Maps JSON pointers back to line:column in the spec text, for diagnostics. A large spec with a
// defect in every operation asks for thousands at once, so they are found together: JSON in one
// pass over the text, YAML with each mapping's keys indexed the first time a pointer passes it.
// (One tree walk per diagnostic, each scanning an 8,000-key `paths` object, took 1.6 s.)

import type { Document, LineCounter } from 'yaml';
import { lazy } from '../lazy';
import { parsePointer } from '../pointer';

const yaml = lazy(() => require('yaml') as typeof import('yaml'));

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Positions of many pointers at once, in their order; null where a pointer leads nowhere. */
export type LocateAll = (pointers: readonly string[]) => (SourcePosition | null)[];

/** The diagnostics with line:column added where they have none and their pointer can be found: one pass for all. */
export function placeAll<D extends { readonly pointer: string; readonly line?: number }>(diagnostics: readonly D[], locateAll: LocateAll): D[] {
  const unplaced = diagnostics.filter((d) => d.line === undefined);
  const positions = new Map(locateAll(unplaced.map((d) => d.pointer)).map((p, i) => [unplaced[i]!, p]));
  return diagnostics.map((d) => ({ ...d, ...(positions.get(d) ?? {}) }));
}

/** A per-node cache of "key → child", built on first use. */
function childIndex<N extends object, C>(list: (node: N) => Iterable<readonly [string, C]>): (node: N, key: string) => C | undefined {
  const cache = new WeakMap<N, Map<string, C>>();
  return (node, key) => {
    let children = cache.get(node);
    if (children === undefined) {
      children = new Map();
      // The first of repeated keys wins, as the first match of a scan did (JSON refuses repeats anyway).
      for (const [k, child] of list(node)) if (!children.has(k)) children.set(k, child);
      cache.set(node, children);
    }
    return children.get(key);
  };
}

/** The requested pointers as a tree of tokens, so one pass over the text can follow them all. */
interface Wanted {
  readonly children: Map<string, Wanted>;
  /** Indexes into the request list of the pointers that end here. */
  readonly ends: number[];
}

function wantedTree(pointers: readonly string[]): Wanted {
  const root: Wanted = { children: new Map(), ends: [] };
  pointers.forEach((pointer, i) => {
    let node = root;
    for (const token of parsePointer(pointer)) {
      let child = node.children.get(token);
      if (child === undefined) node.children.set(token, (child = { children: new Map(), ends: [] }));
      node = child;
    }
    node.ends.push(i);
  });
  return root;
}

/**
 * Line:column of each offset, by counting line breaks once up to the last of them. Each break is
 * searched for once: searching again per offset read a one-line (minified) spec to its end for
 * every diagnostic (1.7 s of 6.5 on a synthetic spec of 8,000 operations).
 */
function positionsOf(text: string, offsets: readonly number[]): SourcePosition[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  const positions: SourcePosition[] = new Array(offsets.length);
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (const i of order) {
    const offset = offsets[i]!;
    while (nextBreak !== -1 && nextBreak < offset) {
      line += 1;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    positions[i] = { line, column: offset - lineStart + 1 };
  }
  return positions;
}

/** Offset → line:column, both 1-based: for one offset, counting line breaks up to it. */
export function positionOf(text: string, offset: number): SourcePosition {
  return positionsOf(text, [offset])[0]!;
}

// Character codes the JSON scan compares against.
const TAB = 0x09;
const LINE_FEED = 0x0a;
const RETURN = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * For JSON text that JSON.parse accepted: one pass follows every requested pointer at once. It
 * descends only where a pointer leads and skips every other value by its brackets and quotes, so
 * most of a large spec is passed over with indexOf (jsonc's full tokenizer took 150 ms on GitHub's
 * 13 MB). Recursion is bounded: deeper documents are refused before this runs (scanJsonText).
 */
export function jsonLocator(text: string): LocateAll {
  return (pointers) => {
    if (pointers.length === 0) return [];
    const offsets: number[] = pointers.map(() => -1);
    const mark = (wanted: Wanted | undefined, offset: number) => wanted?.ends.forEach((i) => (offsets[i] = offset));
    let at = 0;
    const skipSpace = () => {
      for (let c = text.charCodeAt(at); c === SPACE || c === LINE_FEED || c === RETURN || c === TAB; c = text.charCodeAt(++at));
    };
    /** From an opening quote to just past its closing quote; returns where the closing quote is. */
    const skipString = (): number => {
      let close = closingQuote(text, at);
      // Only valid JSON comes here, but a scan must end even on text that is not.
      if (close === -1) close = text.length;
      at = close + 1;
      return close;
    };
    const skipValue = () => {
      const first = text.charCodeAt(at);
      if (first === QUOTE) return void skipString();
      if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
        // A number, true, false or null: up to the next delimiter.
        while (at < text.length && !/[\s,\]}]/.test(text[at]!)) at += 1;
        return;
      }
      let depth = 0;
      do {
        const c = text.charCodeAt(at);
        if (c === QUOTE) skipString();
        else {
          if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
          else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth -= 1;
          at += 1;
        }
      } while (depth > 0 && at < text.length);
    };
    const visit = (wanted: Wanted) => {
      const first = text.charCodeAt(at);
      if (first !== OPEN_BRACE && first !== OPEN_BRACKET) return skipValue();
      const array = first === OPEN_BRACKET;
      at += 1;
      for (let index = 0, from = -1; at > from; index += 1) {
        from = at; // each member moves on, or the scan stops: it must end even on text that is not JSON
        skipSpace();
        if (at >= text.length || text.charCodeAt(at) === (array ? CLOSE_BRACKET : CLOSE_BRACE)) break;
        let child: Wanted | undefined;
        if (array) {
          child = wanted.children.get(String(index));
        } else {
          // A property's position is its key's, where a reader looks first.
          const keyAt = at;
          const close = skipString();
          child = wanted.children.get(keyText(text, keyAt, close));
          mark(child, keyAt);
          skipSpace();
          at += 1; // the colon
          skipSpace();
        }
        if (array) mark(child, at);
        if (child === undefined) skipValue();
        else visit(child);
        skipSpace();
        if (text.charCodeAt(at) === COMMA) at += 1;
      }
      at += 1;
    };
    const root = wantedTree(pointers);
    skipSpace();
    mark(root, at);
    visit(root);
    const placed = offsets.filter((o) => o >= 0);
    const positions = positionsOf(text, placed);
    let next = 0;
    return offsets.map((o) => (o < 0 ? null : positions[next++]!));
  };
}

/** The key whose quotes are at `open` and `close`, unescaped; as written when it is not a valid JSON string. */
function keyText(text: string, open: number, close: number): string {
  const raw = text.slice(open + 1, close);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(open, close + 1)) as string;
  } catch {
    return raw;
  }
}

/** Where the string whose opening quote is at `open` ends: its first quote not escaped; -1 when none is. */
export function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
  return close;
}

/** Whether the character at `at` follows an odd run of backslashes. */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
  return backslashes % 2 === 1;
}

/** For a YAML document. */
export function yamlLocator(doc: Document, lines: LineCounter): LocateAll {
  const { isMap, isSeq } = yaml();
  const pairOf = childIndex((map: import('yaml').YAMLMap) =>
    map.items.map((p) => [String((p.key as { value?: unknown } | null)?.value ?? p.key), p] as const),
  );
  const locate = (pointer: string): SourcePosition | null => {
    let node: unknown = doc.contents;
    for (const segment of parsePointer(pointer)) {
      if (isMap(node)) {
        const pair = pairOf(node, segment);
        node = pair?.value ?? pair?.key;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
      } else return null;
      if (node === undefined || node === null) return null;
    }
    const range = (node as { range?: readonly number[] } | null)?.range;
    if (!range) return null;
    const pos = lines.linePos(range[0]!);
    return { line: pos.line, column: pos.col };
  };
  return (pointers) => pointers.map(locate);
}

// Maps JSON pointers back to line:column in the spec text, for diagnostics. A large spec with a
// defect in every operation asks for thousands at once, so they are found together: JSON in one
// pass of a scanner, YAML with each mapping's keys indexed the first time a pointer passes it.
// (One tree walk per diagnostic, each scanning an 8,000-key `paths` object, took 1.6 s.)

import type { Document, LineCounter } from 'yaml';
import { visit as visitJson } from 'jsonc-parser';
import { lazyModule } from '../lazyModule';
import { parsePointer } from '../pointer';

const yaml = lazyModule(() => require('yaml') as typeof import('yaml'));

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Positions of many pointers at once, in their order; null where a pointer leads nowhere. */
export type LocateAll = (pointers: readonly string[]) => (SourcePosition | null)[];

/** Offset → line:column (both 1-based), by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => SourcePosition {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let [low, high] = [0, starts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
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
 * For JSON text: one pass of jsonc's scanner follows every requested pointer at once, without
 * building a tree (a tree of a large spec cost seconds of garbage collection).
 */
export function jsonLocator(text: string): LocateAll {
  return (pointers) => {
    const found: (SourcePosition | null)[] = pointers.map(() => null);
    const position = lineIndex(text);
    const frames: { wanted: Wanted | null; array: boolean; index: number }[] = [];
    let next: Wanted | null = wantedTree(pointers);
    const mark = (wanted: Wanted | null, offset: number) => wanted?.ends.forEach((i) => (found[i] = position(offset)));
    /** A value starts: in an array it is the next element, which is where its pointer points. */
    const value = (offset: number): Wanted | null => {
      const frame = frames[frames.length - 1];
      if (frame?.array) {
        frame.index += 1;
        next = frame.wanted?.children.get(String(frame.index)) ?? null;
        mark(next, offset);
      } else if (frame === undefined) mark(next, offset);
      return next;
    };
    const open = (array: boolean) => (offset: number) => {
      frames.push({ wanted: value(offset), array, index: -1 });
    };
    const close = () => {
      frames.pop();
    };
    visitJson(text, {
      onObjectBegin: open(false),
      onArrayBegin: open(true),
      onObjectEnd: close,
      onArrayEnd: close,
      // A property's position is its key's, where a reader looks first.
      onObjectProperty: (key, offset) => {
        next = frames[frames.length - 1]?.wanted?.children.get(key) ?? null;
        mark(next, offset);
      },
      onLiteralValue: (_value, offset) => void value(offset),
    });
    return found;
  };
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

// Pointers back to line:column: every node of any JSON document is found at its key (or, in an
// array, at the element itself); YAML the same for mappings and sequences.

import fc from 'fast-check';
import { jsonLocator, positionOf, type SourcePosition } from '../../../generator/load/sourceLocator';
import { parseDocument } from '../../../generator/load/parseDocument';
import { pointerTo } from '../../../generator/pointer';

/** Every pointer in a value, with what the text should show there: its key, or in an array the element's first character. */
function pointers(value: unknown, pointer = '#'): { pointer: string; key: string | null; first: string }[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = pointerTo(pointer, key);
    const here = Array.isArray(value) ? { key: null, first: JSON.stringify(child).slice(0, 1) } : { key, first: '"' };
    return [{ pointer: at, ...here }, ...pointers(child, at)];
  });
}

function offsetOf(text: string, { line, column }: SourcePosition): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}

/** The same JSON written as other writers write it: any indent or none, CRLF, `\/` and `\uXXXX` escapes. */
const layouts = fc.record({ indent: fc.constantFrom<0 | 2 | '\t'>(0, 2, '\t'), crlf: fc.boolean(), escapeSlash: fc.boolean(), escapeNonAscii: fc.boolean() });

function written(value: unknown, layout: { indent: 0 | 2 | '\t'; crlf: boolean; escapeSlash: boolean; escapeNonAscii: boolean }): string {
  // '/' and non-ASCII characters occur only inside strings, so escaping them everywhere is safe.
  let text = JSON.stringify(value, null, layout.indent);
  if (layout.escapeSlash) text = text.replace(/\//g, '\\/');
  if (layout.escapeNonAscii) text = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return layout.crlf ? text.replace(/\n/g, '\r\n') : text;
}

it('finds every node of a JSON document at its key, or at the element in an array, however the JSON is laid out', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), layouts, (value, layout) => {
      const text = written({ root: value }, layout);
      const wanted = pointers({ root: value });
      const found = jsonLocator(text)([...wanted.map((w) => w.pointer), '#/root/no such key/x', '#']);
      wanted.forEach(({ key, first }, i) => {
        expect(found[i]).not.toBeNull();
        const rest = text.slice(offsetOf(text, found[i]!));
        if (key === null) expect(rest.startsWith(first)).toBe(true);
        else expect(JSON.parse(/^"(?:[^"\\]|\\.)*"/.exec(rest)![0])).toBe(key);
      });
      expect(found.slice(-2)).toEqual([null, { line: 1, column: 1 }]);
    }),
  );
});

it('ends on any text, JSON or not (it is only given JSON, but must never hang)', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.slice(0, -1)), fc.stringMatching(/^[\[\]{}",: a\\]*$/)), (text) => {
      expect(jsonLocator(text)(['#', '#/a', '#/0/a', '#/a/0'])).toHaveLength(4);
    }),
  );
});

it('answers an empty request without reading the text', () => {
  expect(jsonLocator('not even JSON')([])).toEqual([]);
});

it('maps offsets to 1-based lines and columns', () => {
  const at = (offset: number) => positionOf('ab\ncd\n\nef', offset);
  expect([0, 1, 3, 6, 7, 8].map(at)).toEqual([
    { line: 1, column: 1 },
    { line: 1, column: 2 },
    { line: 2, column: 1 },
    { line: 3, column: 1 },
    { line: 4, column: 1 },
    { line: 4, column: 2 },
  ]);
});

it('finds YAML values (a mapping where its first key is) and sequence items, and nothing past a scalar', () => {
  const text = 'openapi: 3.0.0\npaths:\n  /a:\n    get:\n      parameters:\n        - name: x\n        - name: y\n';
  const { locateAll } = parseDocument(text, 'spec.yaml', 'yaml');
  const locate = (pointer: string) => locateAll([pointer])[0];
  expect(locate('#/paths/~1a/get')).toEqual({ line: 5, column: 7 });
  expect(locate('#/paths/~1a/get/parameters/1')).toEqual({ line: 7, column: 11 });
  expect(locate('#/paths/~1a/get/parameters/1/name')).toEqual({ line: 7, column: 17 });
  expect(locate('#/openapi/x')).toBeNull();
});

// Pointers back to line:column: every node of any JSON document is found at its key (or, in an
// array, at the element itself); YAML the same for mappings and sequences.

import fc from 'fast-check';
import { jsonLocator, lineIndex, type SourcePosition } from '../../../generator/load/sourceLocator';
import { parseDocument } from '../../../generator/load/parseDocument';
import { pointerTo } from '../../../generator/pointer';

/** Every pointer in a value, with what the text should show there. */
function pointers(value: unknown, pointer = '#'): { pointer: string; starts: string }[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = pointerTo(pointer, key);
    const starts = Array.isArray(value) ? JSON.stringify(child, null, 2).slice(0, 1) : JSON.stringify(key);
    return [{ pointer: at, starts }, ...pointers(child, at)];
  });
}

function offsetOf(text: string, { line, column }: SourcePosition): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}

it('finds every node of a JSON document at its key, or at the element in an array', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
      const text = JSON.stringify({ root: value }, null, 2);
      const wanted = pointers({ root: value });
      const found = jsonLocator(text)([...wanted.map((w) => w.pointer), '#/root/no such key/x', '#']);
      wanted.forEach(({ starts }, i) => {
        expect(found[i]).not.toBeNull();
        expect(text.slice(offsetOf(text, found[i]!)).startsWith(starts)).toBe(true);
      });
      expect(found.slice(-2)).toEqual([null, { line: 1, column: 1 }]);
    }),
  );
});

it('maps offsets to 1-based lines and columns', () => {
  const at = lineIndex('ab\ncd\n\nef');
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

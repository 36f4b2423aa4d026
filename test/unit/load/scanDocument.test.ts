// The load stage's one walk over a parsed spec: what it reports, where, and what it leaves alone.

import fc from 'fast-check';
import { RefusedInputError } from '../../../generator/diagnostics';
import { MAX_DEPTH, MAX_DOC_LENGTH } from '../../../generator/load/checkLimits';
import { scanDocument } from '../../../generator/load/scanDocument';

it('reports malformed refs where references stand, and none inside examples, enums or extensions', () => {
  const spec = {
    paths: { '/a/{id}': { get: { responses: { 200: { $ref: 5 } } } } },
    definitions: {
      Pet: { properties: { $ref: { type: 'string' } }, example: { $ref: 7 }, 'x-note': { $ref: null } },
      Bad: { $ref: '#definitions/Pet' },
      Odd: { $ref: { $ref: 3 } },
    },
  };
  const { malformedRefs } = scanDocument(spec, 'spec.json');
  expect([...malformedRefs].sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual([
    { pointer: '#/definitions/Bad/$ref', reason: 'has the fragment "#definitions/Pet", which is not a JSON pointer' },
    { pointer: '#/definitions/Odd/$ref', reason: 'is object, not a string' },
    { pointer: '#/paths/~1a~1{id}/get/responses/200/$ref', reason: 'is number, not a string' },
  ]);
});

it('checks the refs of the schemas under properties, whose keys alone are names (a property named $ref, enum or x-id)', () => {
  const spec = {
    definitions: {
      Pet: {
        properties: {
          $ref: { type: 'string' },
          p: { $ref: '%' },
          enum: { items: { $ref: 5 } },
          'x-id': { $ref: null },
          nested: { properties: { deep: { $ref: [] } }, example: { $ref: 7 } },
        },
      },
    },
  };
  expect(scanDocument(spec, 'spec.json').malformedRefs.map((r) => r.pointer).sort()).toEqual([
    '#/definitions/Pet/properties/enum/items/$ref',
    '#/definitions/Pet/properties/nested/properties/deep/$ref',
    '#/definitions/Pet/properties/p/$ref',
    '#/definitions/Pet/properties/x-id/$ref',
  ]);
});

it('lists refs to other files, in data too, sorted by the pointer of the object holding them', () => {
  const spec = { b: { $ref: 'other.json#/B' }, a: [{ $ref: './x.yaml' }, { $ref: '#/local' }], example: { $ref: 'in-data.json' } };
  expect(scanDocument(spec, 'spec.json').externalRefs).toEqual([
    { ref: './x.yaml', pointer: '#/a/0' },
    { ref: 'other.json#/B', pointer: '#/b' },
    { ref: 'in-data.json', pointer: '#/example' },
  ]);
});

it('finds the numbers JSON cannot hold (YAML .inf and .nan, JSON 1e400), anywhere, and only those', () => {
  const spec = { a: { enum: [1, Infinity, -0] }, b: [{ default: NaN }], c: { maximum: Number.MAX_VALUE, const: -Infinity } };
  expect(scanDocument(spec, 'spec.yaml').nonFinite).toEqual([
    { pointer: '#/a/enum/1', value: Infinity },
    { pointer: '#/b/0/default', value: NaN },
    { pointer: '#/c/const', value: -Infinity },
  ]);
});

it('finds documentation longer than the limit without cutting it', () => {
  const long = 'x'.repeat(MAX_DOC_LENGTH + 1);
  const spec = { info: { description: long, title: 'short' }, tags: [long], paths: { '/a': { summary: long } } };
  const { longDocs } = scanDocument(spec, 'spec.json');
  expect(longDocs.map((d) => d.pointer).sort()).toEqual(['#/info/description', '#/paths/~1a/summary']);
  expect(spec.info.description).toBe(long);
});

it('refuses a document nested past the limit, naming the first node too deep', () => {
  let value: unknown = {};
  for (let i = 0; i < MAX_DEPTH + 2; i += 1) value = { k: value };
  try {
    scanDocument(value, 'spec.yaml');
    throw new Error('not refused');
  } catch (error) {
    expect(error).toBeInstanceOf(RefusedInputError);
    const [d] = (error as RefusedInputError).diagnostics;
    expect(d!.code).toBe('NESTING_TOO_DEEP');
    expect(d!.pointer).toBe(`#${'/k'.repeat(MAX_DEPTH)}`);
  }
});

it('refuses a document that contains itself (a recursive YAML alias) at the first node that repeats an ancestor', () => {
  const loop: Record<string, unknown> = { type: 'object' };
  loop['properties'] = { items: [{ self: loop }] };
  const error = (() => {
    try {
      return scanDocument({ components: { schemas: { A: loop } } }, 'spec.yaml');
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(RefusedInputError);
  expect((error as RefusedInputError).diagnostics).toEqual([expect.objectContaining({ code: 'ALIAS_RECURSIVE', pointer: '#/components/schemas/A/properties/items/0/self' })]);
});

/** Every key of every object, and every external ref, found by plain recursion. */
function naive(value: unknown, pointer: string, refs: { ref: string; pointer: string }[]): number {
  if (value === null || typeof value !== 'object') return 0;
  const entries = Object.entries(value);
  let keys = Array.isArray(value) ? 0 : entries.length;
  for (const [key, child] of entries) {
    if (key === '$ref' && !Array.isArray(value) && typeof child === 'string' && !child.startsWith('#')) refs.push({ ref: child, pointer });
    keys += naive(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, refs);
  }
  return keys;
}

it('counts every key and finds every external ref of any JSON value', () => {
  const ref = fc.record({ $ref: fc.oneof(fc.string(), fc.constantFrom('#/a', 'b.json', 'c.yaml#/d')) });
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), ref, fc.array(tie('node')), fc.dictionary(fc.string(), tie('node'))),
  })).node;
  fc.assert(
    fc.property(value, (data) => {
      const refs: { ref: string; pointer: string }[] = [];
      const keyCount = naive(data, '#', refs);
      const scan = scanDocument(data, 'spec.json');
      expect(scan.keyCount).toBe(keyCount);
      expect([...scan.externalRefs].sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual(refs.sort((a, b) => a.pointer.localeCompare(b.pointer)));
    }),
    { numRuns: 300 },
  );
});

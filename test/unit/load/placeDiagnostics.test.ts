// Diagnostics in a spec split over files: a pointer into a part brought in from another file is
// named in that file, at its own pointer, line and column; the rest stay in the spec.

import { resolve } from 'node:path';
import { makeDiagnostic } from '../../../generator/diagnostics';
import { placeDiagnostics } from '../../../generator/load/placeDiagnostics';
import { parseDocument } from '../../../generator/load/parseDocument';

// The spec as a user names it, relative to the working folder, and the files it refers to beside it.
const spec = resolve('spec/root.yaml');
const file = (name: string) => resolve('spec', name);
const at = (pointer: string) => makeDiagnostic('SCHEMA_UNSUPPORTED', pointer, { reason: 'x' });
const texts = new Map<string, string>([
  [file('pets.json'), '{\n  "Pet": {\n    "properties": {\n      "a": { "not": {} }\n    }\n  },\n  "Pet2": { "not": {} }\n}'],
  [file('params.json'), '{\n  "Limit": {\n    "name": "limit",\n    "schema": { "$ref": "more.json#/S" }\n  }\n}'],
  [file('more.json'), '{\n  "S": { "type": "strange" }\n}'],
]);
const loaded = {
  file: 'spec/root.yaml',
  document: {},
  locateAll: parseDocument("paths:\n  /a:\n    get:\n      parameters:\n        - $ref: 'params.json#/Limit'\n", spec, 'yaml').locateAll,
  external: {
    locators: new Map([...texts].map(([path, text]) => [path, parseDocument(text, path, 'json').locateAll])),
    references: {},
    origins: [
      { at: '#/components/schemas/Pet', file: file('pets.json'), pointer: '#/Pet' },
      { at: '#/components/schemas/Pet2', file: file('pets.json'), pointer: '#/Pet2' },
      { at: '#/paths/~1a/get/parameters/0', file: file('params.json'), pointer: '#/Limit' },
      // A part of a part: the schema params.json brings in from more.json, inlined in the parameter.
      { at: '#/paths/~1a/get/parameters/0/schema', file: file('more.json'), pointer: '#/S' },
    ],
  },
};

it('names each diagnostic in the file its part came from, by the nearest origin, and keeps the order', () => {
  const placed = placeDiagnostics(
    [at('#/components/schemas/Pet2/not'), at('#/paths/~1a/get/parameters/0/schema/type'), at('#/paths/~1a/get/parameters/0'), at('#/components/schemas/Pet/properties/a/not'), at('#/paths/~1a')],
    { ...loaded, file: spec },
  );
  expect(placed.map((d) => `${d.file}:${d.line ?? '-'}:${d.column ?? '-'} ${d.pointer}`)).toEqual([
    `${file('pets.json')}:7:13 #/Pet2/not`,
    `${file('more.json')}:2:10 #/S/type`,
    `${file('params.json')}:2:3 #/Limit`,
    `${file('pets.json')}:4:14 #/Pet/properties/a/not`,
    `${spec}:3:5 #/paths/~1a`,
  ]);
});

it('names the other files as the user named the spec', () => {
  const [d] = placeDiagnostics([at('#/components/schemas/Pet')], { ...loaded, locateAll: () => [null] });
  expect(d).toMatchObject({ file: 'spec/pets.json', pointer: '#/Pet', line: 2, column: 3 });
});

it('leaves a spec that brought nothing in as it was: every diagnostic in the spec', () => {
  const [d] = placeDiagnostics([at('#/components/schemas/Pet')], { ...loaded, external: { origins: [], locators: new Map(), references: {} }, locateAll: () => [null] });
  expect(d).toEqual({ ...at('#/components/schemas/Pet'), file: 'spec/root.yaml' });
});

describe('a pointer that passes through a local $ref', () => {
  const text = [
    'paths:',
    '  /a:',
    '    get:',
    '      parameters:',
    "        - $ref: '#/components/parameters/Limit'",
    '  /b:',
    '    get:',
    '      parameters:',
    "        - $ref: '#/components/parameters/Limit'",
    'components:',
    '  parameters:',
    '    Limit:',
    '      name: limit',
    '      schema:',
    "        $ref: '#/components/schemas/Count'",
    '  schemas:',
    '    Count:',
    '      type: integr',
    '    Pet:',
    "      $ref: '#/components/schemas/Count'",
    '      properties:',
    '        a: { not: {} }',
    '',
  ].join('\n');
  const parsed = parseDocument(text, spec, 'yaml');
  const inSpec = { file: 'spec/root.yaml', document: parsed.data, locateAll: parsed.locateAll, external: { origins: [], locators: new Map(), references: {} } };
  const shown = (pointers: string[]) => placeDiagnostics(pointers.map(at), inSpec).map((d) => `${d.line ?? '-'}:${d.column ?? '-'} ${d.pointer}`);

  it('is moved to where the refs lead, and said once for every place that shares the part', () => {
    expect(shown(['#/paths/~1a/get/parameters/0/schema/type', '#/paths/~1b/get/parameters/0/schema/type'])).toEqual(['18:13 #/components/schemas/Count/type']);
  });

  it("stays at a ref it ends at, and at a key the ref node has itself (3.1's siblings of $ref)", () => {
    expect(shown(['#/paths/~1a/get/parameters/0', '#/paths/~1a/get/parameters/0/$ref', '#/components/schemas/Pet/properties/a/not'])).toEqual([
      '5:11 #/paths/~1a/get/parameters/0',
      '5:17 #/paths/~1a/get/parameters/0/$ref',
      '22:19 #/components/schemas/Pet/properties/a/not',
    ]);
  });

  it('stays as given where the refs lead nowhere', () => {
    expect(shown(['#/paths/~1a/get/parameters/0/nothing/here'])).toEqual(['-:- #/paths/~1a/get/parameters/0/nothing/here']);
  });
});

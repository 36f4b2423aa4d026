// One snapshot per schema construct: the types.ts a tiny spec made of just that construct emits.

import { createDiagnosticSink } from '../../generator/diagnostics';
import { emitFiles } from '../../generator/emit/emitFiles';
import { buildModel } from '../../generator/model/buildModel';
import { normaliseSpec } from '../../generator/normalise/normaliseSpec';
import { loaded } from '../helpers/pipeline';

const CONSTRUCTS: Record<string, Record<string, unknown>> = {
  'required and optional, additionalProperties with properties': {
    Labels: { type: 'object', required: ['primary'], properties: { primary: { type: 'string' }, count: { type: 'integer' } }, additionalProperties: { type: 'string' } },
  },
  'readOnly and writeOnly views': {
    User: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, secret: { type: 'string', writeOnly: true } } },
  },
  'enum with null and its const object': { Color: { enum: ['red', 'dark-blue', 1, null] } },
  'tuple and const': { Point: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false }, Kind: { const: 'point' } },
  'allOf discriminator': {
    Shape: { type: 'object', required: ['type'], discriminator: { propertyName: 'type' }, properties: { type: { type: 'string' } } },
    Circle: { allOf: [{ $ref: '#/components/schemas/Shape' }, { type: 'object', properties: { r: { type: 'number' } } }] },
    Square: { allOf: [{ $ref: '#/components/schemas/Shape' }, { type: 'object', properties: { side: { type: 'number' } } }] },
  },
  'oneOf discriminator with mapping': {
    Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } } },
    Cat: { type: 'object', properties: { kind: { type: 'string' }, meows: { type: 'boolean' } } },
    Dog: { type: 'object', properties: { kind: { type: 'string' }, barks: { type: 'boolean' } } },
  },
  'nullable forms': { A: { type: 'string', nullable: true }, B: { type: ['integer', 'null'] }, C: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
  'hoisted inline object and enum': {
    Order: { type: 'object', properties: { status: { type: 'string', enum: ['open', 'closed'] }, address: { type: 'object', properties: { city: { type: 'string' } } } } },
  },
  'recursion and doc tags': {
    Node: {
      type: 'object',
      description: 'A tree */ node',
      properties: { id: { type: 'integer', format: 'int64', minimum: 1, example: 7 }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, old: { type: 'string', deprecated: true, default: 'x' } },
    },
  },
};

it.each(Object.keys(CONSTRUCTS))('%s', (name) => {
  const sink = createDiagnosticSink();
  const document = { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: {}, components: { schemas: CONSTRUCTS[name] } };
  const model = buildModel(normaliseSpec(loaded(document), sink), { parameterDefaults: {} }, sink);
  // Schemas alone: the only warning is that the spec declares no operation.
  expect(sink.list().map((d) => d.code)).toEqual(['NO_OPERATIONS']);
  const types = emitFiles(model, { generatorVersion: '0', source: 's', command: 'c' }).find((f) => f.path === 'types.ts')!;
  expect(types.content.replace(/^(\/\/.*\n)+\n?/, '')).toMatchSnapshot();
});

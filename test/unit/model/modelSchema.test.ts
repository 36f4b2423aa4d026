// specwright.model.schema.json: built from the model's TypeScript types (no drift), versioned with
// the format, and met by the model of every fixture in spec/ and of every config entry.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { loadConfig } from '../../../generator/config/loadConfig';
import { createDiagnosticSink } from '../../../generator/diagnostics';
import { jsonChunks } from '../../../generator/jsonChunks';
import { loadSpec } from '../../../generator/load/loadSpec';
import { buildModel, type ModelOptions } from '../../../generator/model/buildModel';
import { MODEL_FORMAT_VERSION, MODEL_SCHEMA_ID, modelDocument } from '../../../generator/model/modelDocument';
import { normaliseSpec } from '../../../generator/normalise/normaliseSpec';
import { buildModelSchema, MODEL_SCHEMA_FILE } from '../../../scripts/buildModelSchema';

const ROOT = resolve(__dirname, '../../..');
const committed = readFileSync(MODEL_SCHEMA_FILE, 'utf8');

/**
 * The shape of each format version: a hash of the schema without its prose. A change to the
 * model's shape changes the hash; bump MODEL_FORMAT_VERSION and record the new hash here.
 */
const SHAPES: Record<number, string> = {
  1: '3aca684508f65658a171b0ff236544812831be6dc36b41b3059dbce21e7d7e16',
  // A request body's form fields and how each is written (style, part media type); an operation's Accept header and own server.
  2: '7edfa27a07b56144ba7f71a105715b21cc71e72d468814d4da905b9481c728ec',
  // A parameter's media type (OpenAPI 3 `content`); `blob`, a file a response is read as.
  3: '2b29047e492e453228f9221d982fb41517c3dc9ac979704be7095eb4af90eaa1',
  // A request body's variants: its media types grouped by the type each takes; the `linkHeader` pagination style.
  4: '72577f6dc079add6b9da241cd133c5dc10b800e81736c9c5c719a52dc95243fa',
  // OpenAPI 3.2's `query` method.
  5: '53d95b9823ba3b0d4b65264496ad67b2f5b670972f2a8fe9cdc8c25593d0b467',
};

/** The schema without the annotations that do not change what validates. */
function shapeOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shapeOf);
  if (node === null || typeof node !== 'object') return node;
  const kept = Object.entries(node).filter(([key, value]) => !(['description', 'title', '$comment'].includes(key) && typeof value === 'string'));
  return Object.fromEntries(kept.map(([key, value]) => [key, shapeOf(value)]));
}

it('is what the types in generator/model/ give (run `npm run schema:model` after changing them)', () => {
  expect(buildModelSchema()).toBe(committed);
});

it('has the id documents name, and a recorded shape for the current format version', () => {
  const schema = JSON.parse(committed) as { $id: string; properties: { formatVersion: { const: number } } };
  expect(schema.$id).toBe(MODEL_SCHEMA_ID);
  expect(schema.properties.formatVersion.const).toBe(MODEL_FORMAT_VERSION);
  const shape = createHash('sha256').update(JSON.stringify(shapeOf(schema))).digest('hex');
  // A failure here means the model's shape changed: bump MODEL_FORMAT_VERSION and add its shape.
  expect({ version: MODEL_FORMAT_VERSION, shape }).toStrictEqual({ version: MODEL_FORMAT_VERSION, shape: SHAPES[MODEL_FORMAT_VERSION] });
});

/** Every fixture with the default options, and every config entry with its own. */
function cases(): (readonly [label: string, input: string, options: ModelOptions])[] {
  const fixtures = readdirSync(join(ROOT, 'spec')).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  const plain = fixtures.map((f) => [`spec/${f}`, `spec/${f}`, { parameterDefaults: {} }] as const);
  const configured = loadConfig(join(ROOT, 'specwright.config.json'))
    .filter((e) => Object.keys(e.parameterDefaults).length > 0 || e.pagination !== undefined)
    .map((e) => [`${e.input} as configured for ${e.output}`, e.input, { parameterDefaults: e.parameterDefaults, ...(e.pagination ? { pagination: e.pagination } : {}) }] as const);
  return [...plain, ...configured];
}

const validate = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(JSON.parse(committed) as object);

async function documentOf(input: string, options: ModelOptions = { parameterDefaults: {} }) {
  const sink = createDiagnosticSink();
  const model = buildModel(normaliseSpec(await loadSpec(join(ROOT, input)), sink), options, sink);
  return modelDocument(model, { generatorVersion: '1.2.3', source: input });
}

it.each(cases())('the model of %s meets the schema and is written as JSON.stringify writes it', async (_label, input, options) => {
  const document = await documentOf(input, options);
  const text = [...jsonChunks(document)].join('');
  expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
  const parsed: unknown = JSON.parse(text);
  // Nothing is lost in JSON (no undefined, Map or class instance in the model).
  expect(parsed).toStrictEqual(JSON.parse(JSON.stringify(parsed)));
  expect(validate(parsed) ? [] : validate.errors).toStrictEqual([]);
});

it('refuses a document with a field the types do not have, or without one they require', async () => {
  const document = JSON.parse(JSON.stringify(await documentOf('spec/petstore-v3.yaml'))) as { model: { operations: Record<string, unknown>[] } };
  const operation = document.model.operations[0]!;
  operation['extra'] = true;
  expect(validate(document)).toBe(false);
  delete operation['extra'];
  delete operation['path'];
  expect(validate(document)).toBe(false);
  expect(validate.errors?.[0]).toMatchObject({ instancePath: '/model/operations/0', params: { missingProperty: 'path' } });
});

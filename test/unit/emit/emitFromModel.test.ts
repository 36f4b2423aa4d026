// Emitting from hand-built model nodes, without parsing a spec: one construct per snapshot.

import type { ApiModel, OperationModel, TypeRef } from '../../../generator/model/ApiModel';
import { emitFiles } from '../../../generator/emit/emitFiles';
import { printType } from '../../../generator/emit/printType';
import type { Identifier } from '../../../generator/naming';

const id = (name: string) => name as Identifier;
const str: TypeRef = { kind: 'primitive', name: 'string' };

it.each<[string, TypeRef, string]>([
  ['string', str, 'string'],
  ['binary', { kind: 'primitive', name: 'binary' }, 'Blob | Uint8Array'],
  ['array of a union', { kind: 'array', of: { kind: 'union', of: [str, { kind: 'primitive', name: 'null' }] } }, '(string | null)[]'],
  ['array of binary', { kind: 'array', of: { kind: 'primitive', name: 'binary' } }, '(Blob | Uint8Array)[]'],
  ['literals', { kind: 'union', of: [{ kind: 'literal', value: "it's" }, { kind: 'literal', value: -1 }, { kind: 'literal', value: null }] }, "'it\\'s' | -1 | null"],
  ['intersection in a union', { kind: 'union', of: [{ kind: 'intersection', of: [{ kind: 'named', name: id('A') }, { kind: 'named', name: id('B') }] }, str] }, '(A & B) | string'],
  ['empty object', { kind: 'object', properties: [], additional: null }, 'Record<string, never>'],
  ['map', { kind: 'object', properties: [], additional: str }, '{\n  [key: string]: string;\n}'],
  [
    'properties with additionalProperties',
    { kind: 'object', properties: [{ name: 'n', required: false, type: { kind: 'primitive', name: 'number' }, doc: null, tags: [] }], additional: str },
    '{\n  n?: number;\n  [key: string]: string | number | undefined;\n}',
  ],
  ['tuple with rest', { kind: 'tuple', items: [str, { kind: 'primitive', name: 'number' }], rest: { kind: 'primitive', name: 'binary' } }, '[string, number, ...(Blob | Uint8Array)[]]'],
  ['closed tuple', { kind: 'tuple', items: [str], rest: null }, '[string]'],
  [
    'object with quoted keys and docs',
    { kind: 'object', properties: [{ name: 'x-rate', required: true, type: str, doc: 'ends */ here', tags: [{ tag: 'default', text: '"a"' }] }, { name: 'ok', required: false, type: str, doc: null, tags: [] }], additional: null },
    "{\n  /**\n   * ends *\\/ here\n   *\n   * @default \"a\"\n   */\n  'x-rate': string;\n  ok?: string;\n}",
  ],
])('prints %s', (_, type, expected) => {
  expect(printType(type)).toBe(expected);
});

function operation(overrides: Partial<OperationModel> = {}): OperationModel {
  return {
    key: 'POST /pets/{id}',
    pointer: '#/paths/~1pets~1{id}/post',
    method: 'post',
    path: '/pets/{id}',
    server: null,
    operationId: 'updatePet',
    names: {
      fn: id('updatePet'),
      params: id('UpdatePetParams'),
      response: id('UpdatePetResponse'),
      responses: id('UpdatePetResponses'),
      responseHeaders: id('UpdatePetResponseHeaders'),
      errorCode: id('UpdatePetErrorCode'),
      error: id('UpdatePetError'),
      errors: id('updatePetErrors'),
      descriptor: id('updatePetOperation'),
    },
    summary: 'Update a pet',
    description: null,
    deprecated: true,
    tags: [],
    params: [
      { key: 'id', name: 'id', in: 'path', required: true, type: str, clientDefault: null, style: 'simple', explode: false, contentType: null, doc: null, tags: [], deprecated: false, pointer: '#' },
    ],
    requestBody: {
      key: 'body',
      mediaType: 'application/json',
      required: true,
      type: { kind: 'named', name: id('Pet') },
      doc: 'The new pet',
      mediaTypes: ['application/json', 'application/x-www-form-urlencoded'],
      contentTypeKey: 'contentType',
      fields: [],
      variants: [{ mediaTypes: ['application/json', 'application/x-www-form-urlencoded'], type: { kind: 'named', name: id('Pet') } }],
    },
    responses: [
      { status: '200', success: true, mediaType: 'application/json', type: { kind: 'named', name: id('Pet') }, headers: [{ name: 'X-Rate-Limit', required: true, type: { kind: 'primitive', name: 'number' }, doc: 'Calls left' }], doc: 'OK' },
      { status: '4XX', success: false, mediaType: 'application/json', type: str, headers: [], doc: null },
    ],
    accept: null,
    successType: { kind: 'named', name: id('Pet') },
    errors: [],
    permissions: [],
    security: [[{ scheme: { key: 'key', type: 'apiKey', scheme: null, in: 'query', name: 'api_key' }, scopes: [] }], []],
    pagination: null,
    ...overrides,
  };
}

const model = (operations: OperationModel[]): ApiModel => ({
  title: 'T',
  version: '1',
  description: null,
  defaultBaseUrl: null,
  securitySchemes: [],
  operations,
  schemas: [{ name: id('Pet'), view: 'both', type: { kind: 'object', properties: [], additional: str }, doc: null, tags: [], enumMembers: null, pointer: '#/definitions/Pet' }],
  errorCodes: [],
});

it('emits an operation with a required body and no documented errors', () => {
  const files = emitFiles(model([operation()]), { generatorVersion: '0', source: 's', command: 'c' });
  const byPath = Object.fromEntries(files.map((f) => [f.path, f.content]));
  expect(byPath['operations.ts']).toMatchSnapshot('operations.ts');
  expect(byPath['types.ts']).toMatchSnapshot('types.ts');
  expect(byPath['errors.ts']).toMatchSnapshot('errors.ts');
  expect(byPath['runtime.ts']).toContain('export const defaultBaseUrl: string | undefined = undefined;');
});

it("writes the form fields a body's encoding names into its descriptor", () => {
  const base = operation();
  const fields = [
    { name: 'tags', style: 'pipeDelimited', explode: false, contentType: null },
    { name: "it's", style: 'deepObject', explode: true, contentType: 'application/json' },
  ] as const;
  const files = emitFiles(model([{ ...base, requestBody: { ...base.requestBody!, fields } }]), { generatorVersion: '0', source: 's', command: 'c' });
  expect(files.find((f) => f.path === 'operations.ts')!.content).toContain(
    "  body: { key: 'body', mediaType: 'application/json', required: true, contentTypeKey: 'contentType', fields: [{ name: 'tags', style: 'pipeDelimited', explode: false }, { name: 'it\\'s', style: 'deepObject', explode: true, contentType: 'application/json' }] },\n",
  );
});

it('ties each body type to the media types that send it, the default one optional', () => {
  const base = operation();
  const variants = [
    { mediaTypes: ['application/json'], type: { kind: 'named', name: id('Pet') } },
    { mediaTypes: ['application/xml', 'text/xml'], type: { kind: 'primitive', name: 'binary' } },
  ] as const;
  const requestBody = { ...base.requestBody!, required: false, mediaTypes: ['application/json', 'application/xml', 'text/xml'], variants };
  const files = emitFiles(model([{ ...base, requestBody }]), { generatorVersion: '0', source: 's', command: 'c' });
  const types = files.find((f) => f.path === 'types.ts')!.content;
  expect(types).toContain(
    [
      '/** Parameters of `updatePet`. */',
      'export type UpdatePetParams = {',
      '  id: string;',
      '} & ({',
      '  /**',
      '   * The new pet',
      '   *',
      '   * Sent as application/json unless `contentType` says otherwise.',
      '   */',
      '  body?: Pet | undefined;',
      '  /** The media type to send `body` as; application/json when left out. */',
      "  contentType?: 'application/json' | undefined;",
      '} | {',
      '  /** The new pet */',
      '  body?: Blob | Uint8Array | undefined;',
      "  contentType: 'application/xml' | 'text/xml';",
      '});',
    ].join('\n'),
  );
});

it('lists the successes typed as text for the runtime to read as text, not the errors', () => {
  const str = { kind: 'primitive', name: 'string' } as const;
  const responses = [
    { status: '200', success: true, mediaType: 'text/csv', type: str, headers: [], doc: null },
    { status: 'default', success: false, mediaType: 'text/plain', type: str, headers: [], doc: null },
  ];
  const files = emitFiles(model([{ ...operation(), responses, successType: str }]), { generatorVersion: '0', source: 's', command: 'c' });
  const operations = files.find((f) => f.path === 'operations.ts')!.content;
  expect(operations).toContain("  text: ['200'],\n");
});

it('emits a client with no operations at all', () => {
  const files = emitFiles(model([]), { generatorVersion: '0', source: 's', command: 'c' });
  expect(files.find((f) => f.path === 'operations.ts')!.content).toBe('// Generated by specwright 0 from s. Do not edit: regenerating overwrites this file.\n// Regenerate with: c\n\nexport {};\n');
});

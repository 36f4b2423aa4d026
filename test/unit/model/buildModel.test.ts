// model: names, parameter typing, config defaults, error codes and permissions, asserted on model nodes.

import { codes, model } from '../../helpers/pipeline';
import { printType } from '../../../generator/emit/printType';

const swagger = (paths: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  swagger: '2.0',
  info: { title: 'T', version: '1' },
  host: 'api.example.com',
  paths,
  ...extra,
});

const op = (extra: Record<string, unknown> = {}) => ({ responses: { 200: { description: 'OK' } }, ...extra });

describe('operation names', () => {
  it('uses a usable operationId, else verb + path with {id} → ById', () => {
    const { model: m } = model(swagger({ '/pets/{petId}/toys': { get: op(), put: op({ operationId: 'replace-toys.v2' }) } }));
    expect(m.operations.map((o) => o.names)).toStrictEqual([
      {
        fn: 'getPetsByPetIdToys',
        params: 'GetPetsByPetIdToysParams',
        response: 'GetPetsByPetIdToysResponse',
        responses: 'GetPetsByPetIdToysResponses',
        responseHeaders: 'GetPetsByPetIdToysResponseHeaders',
        errorCode: 'GetPetsByPetIdToysErrorCode',
        error: 'GetPetsByPetIdToysError',
        errors: 'getPetsByPetIdToysErrors',
        descriptor: 'getPetsByPetIdToysOperation',
      },
      {
        fn: 'replaceToysV2',
        params: 'ReplaceToysV2Params',
        response: 'ReplaceToysV2Response',
        responses: 'ReplaceToysV2Responses',
        responseHeaders: 'ReplaceToysV2ResponseHeaders',
        errorCode: 'ReplaceToysV2ErrorCode',
        error: 'ReplaceToysV2Error',
        errors: 'replaceToysV2Errors',
        descriptor: 'replaceToysV2Operation',
      },
    ]);
  });

  it('resolves duplicate operationIds by path then method, whatever the spec order, and warns', () => {
    const spec = swagger({ '/b': { get: op({ operationId: 'list' }) }, '/a': { post: op({ operationId: 'list' }), get: op({ operationId: 'list' }) } });
    const { model: m, diagnostics } = model(spec);
    expect(m.operations.map((o) => [o.key, o.names.fn])).toEqual([
      ['GET /b', 'list3'],
      ['POST /a', 'list2'],
      ['GET /a', 'list'],
    ]);
    expect(codes(diagnostics)).toEqual([
      ['OPERATION_ID_DUPLICATE', '#/paths/~1a/post/operationId'],
      ['OPERATION_ID_DUPLICATE', '#/paths/~1b/get/operationId'],
    ]);
  });

  it('never takes a reserved or runtime name', () => {
    const { model: m } = model(swagger({ '/a': { get: op({ operationId: 'delete' }), post: op({ operationId: 'createClient' }) } }));
    expect(m.operations.map((o) => o.names.fn)).toEqual(['_delete', '_createClient']);
  });
});

describe('parameters', () => {
  const seedLike = swagger({
    '/account/{accountId}/calls': {
      get: op({
        parameters: [
          { in: 'path', name: 'accountId', description: 'account or ~' },
          { in: 'query', name: 'page' },
          { in: 'query', name: 'perPage', type: 'integer' },
          { in: 'query', name: 'view', type: 'string', enum: ['Simple', 'Detailed'] },
          { in: 'query', name: 'ids', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' },
        ],
      }),
    },
  });

  it('types untyped parameters as string with a warning at each one: never guessed from the name', () => {
    const { model: m, diagnostics } = model(seedLike);
    expect(m.operations[0]!.params.map((p) => [p.key, p.type])).toStrictEqual([
      ['accountId', { kind: 'primitive', name: 'string' }],
      ['page', { kind: 'primitive', name: 'string' }],
      ['perPage', { kind: 'primitive', name: 'number' }],
      ['view', { kind: 'named', name: 'GetAccountByAccountIdCallsView' }],
      ['ids', { kind: 'array', of: { kind: 'primitive', name: 'string' } }],
    ]);
    expect(m.schemas.find((d) => d.name === 'GetAccountByAccountIdCallsView')!.type).toStrictEqual({
      kind: 'union',
      of: [
        { kind: 'literal', value: 'Simple' },
        { kind: 'literal', value: 'Detailed' },
      ],
    });
    const base = '#/paths/~1account~1{accountId}~1calls/get/parameters';
    expect(codes(diagnostics)).toEqual([
      ['PATH_PARAMETER_NOT_REQUIRED', `${base}/0`],
      ['PARAMETER_UNTYPED', `${base}/0`],
      ['PARAMETER_UNTYPED', `${base}/1`],
    ]);
  });

  it('warns of a shared untyped parameter once, where it is defined', () => {
    const shared = { ...swagger({ '/a': { get: op({ parameters: [{ $ref: '#/parameters/Page' }] }) }, '/b': { get: op({ parameters: [{ $ref: '#/parameters/Page' }] }) } }), parameters: { Page: { in: 'query', name: 'page' } } };
    expect(codes(model(shared).diagnostics)).toEqual([['PARAMETER_UNTYPED', '#/parameters/Page']]);
  });

  it('applies config defaults: the parameter becomes optional and carries the default', () => {
    const { model: m } = model(seedLike, { parameterDefaults: { path: { accountId: '~' }, query: { page: 1 } } });
    expect(m.operations[0]!.params.slice(0, 2)).toStrictEqual([
      {
        key: 'accountId',
        name: 'accountId',
        in: 'path',
        required: false,
        type: { kind: 'primitive', name: 'string' },
        clientDefault: '~',
        style: 'simple',
        explode: false,
        contentType: null,
        doc: 'account or ~',
        tags: [],
        deprecated: false,
        pointer: '#/paths/~1account~1{accountId}~1calls/get/parameters/0',
      },
      expect.objectContaining({ key: 'page', required: false, clientDefault: 1 }),
    ]);
  });

  it("documents a parameter with its schema's description when it has none of its own", () => {
    const spec = { openapi: '3.0.3', info: {}, paths: { '/a': { get: { parameters: [{ name: 'market', in: 'query', schema: { type: 'string', description: 'An ISO country code.' } }, { name: 'q', in: 'query', description: 'Own.', schema: { type: 'string', description: 'Schema.' } }], responses: {} } } } };
    expect(model(spec).model.operations[0]!.params.map((p) => p.doc)).toEqual(['An ISO country code.', 'Own.']);
  });

  it('keeps the same name in two locations apart', () => {
    const { model: m } = model(
      swagger({
        '/a/{id}': {
          get: op({
            parameters: [
              { in: 'query', name: 'id', type: 'string' },
              { in: 'path', name: 'id', required: true, type: 'string' },
              { in: 'header', name: 'id', type: 'string' },
            ],
          }),
        },
      }),
    );
    expect(m.operations[0]!.params.map((p) => [p.key, p.name, p.in])).toEqual([
      ['idQuery', 'id', 'query'],
      ['id', 'id', 'path'],
      ['idHeader', 'id', 'header'],
    ]);
  });

  it('keeps the key the last generation gave a parameter when one of the same name arrives in another location', () => {
    const spec = (parameters: unknown[]) => swagger({ '/a': { get: op({ parameters }) } });
    const header = { in: 'header', name: 'id', type: 'string' };
    const query = { in: 'query', name: 'id', type: 'string' };
    const before = model(spec([header])).model;
    expect(before.operations[0]!.params.map((p) => p.key)).toEqual(['id']);
    const lock = { operations: {}, schemas: {}, parameters: { 'GET /a': { 'header id': 'id', 'query nope': 'x', 'cookie id': 'constructor' } } };
    const after = model(spec([query, header]), { parameterDefaults: {}, nameLock: lock }).model;
    expect(after.operations[0]!.params.map((p) => [p.key, p.in])).toEqual([
      ['idQuery', 'query'],
      ['id', 'header'],
    ]);
    // Without the lock, the query parameter, which ranks first, would take `id`.
    expect(model(spec([query, header])).model.operations[0]!.params.map((p) => [p.key, p.in])).toEqual([
      ['id', 'query'],
      ['idHeader', 'header'],
    ]);
  });

  it('numbers a location-suffixed key that another parameter already has as its name', () => {
    const { model: m } = model(
      swagger({
        '/a/{id}': {
          post: op({
            parameters: [
              { in: 'query', name: 'id', type: 'string' },
              { in: 'path', name: 'id', required: true, type: 'string' },
              { in: 'query', name: 'idQuery', type: 'integer' },
              { in: 'header', name: 'idQuery', type: 'string' },
              { in: 'header', name: 'idQuery2', type: 'string' },
              { in: 'header', name: 'body', type: 'string' },
              { in: 'body', name: 'payload', schema: { type: 'object' } },
            ],
          }),
        },
      }),
    );
    const operation = m.operations[0]!;
    expect(operation.params.map((p) => [p.key, p.name, p.in])).toEqual([
      ['idQuery3', 'id', 'query'],
      ['id', 'id', 'path'],
      ['idQuery', 'idQuery', 'query'],
      ['idQueryHeader', 'idQuery', 'header'],
      ['idQuery2', 'idQuery2', 'header'],
      ['body', 'body', 'header'],
    ]);
    expect(operation.requestBody?.key).toBe('requestBody');
  });

  it.each<[string[], string]>([
    [['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'], 'application/merge-patch+json'],
    [['application/vnd.api+json', 'application/json; charset=utf-8'], 'application/json; charset=utf-8'],
    [['application/json-patch+json'], 'application/json-patch+json'],
    [['application/xml', 'application/hal+json'], 'application/hal+json'],
    [['text/plain', 'application/octet-stream'], 'text/plain'],
  ])('sends a body offered as %j as %s unless told otherwise', (mediaTypes, sent) => {
    const content = Object.fromEntries(mediaTypes.map((m) => [m, { schema: { type: 'object' } }]));
    const { model: m } = model({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { patch: op({ requestBody: { content } }) } } });
    expect(m.operations[0]!.requestBody!.mediaType).toBe(sent);
  });

  it('paginates only the operations whose response holds the items where the rule says', () => {
    const list = (schema: unknown) => ({ get: { parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }], responses: { 200: { description: 'ok', content: { 'application/json': { schema } } } } } });
    const spec = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/calls': list({ type: 'object', properties: { records: { type: 'array', items: { type: 'string' } } } }),
        '/messages': list({ type: 'object', properties: { messages: { type: 'array', items: { type: 'string' } } } }),
        '/free': { get: { parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }], responses: { 200: { description: 'ok' } } } },
        '/named': list({ type: 'object', properties: { records: { $ref: '#/components/schemas/Records' } } }),
        '/nullable': list({ type: 'object', properties: { records: { type: 'array', nullable: true, items: { type: 'number' } } } }),
        '/array': list({ type: 'array', items: { type: 'string' } }),
        '/text': list({ type: 'string' }),
      },
      components: { schemas: { Records: { type: 'array', items: { type: 'boolean' } } } },
    };
    const { model: m, diagnostics } = model(spec, { parameterDefaults: {}, pagination: { style: 'page', param: 'page', items: 'records', next: 'next' } });
    expect(m.operations.map((op) => [op.path, op.pagination?.itemType ?? null])).toEqual([
      ['/calls', { kind: 'primitive', name: 'string' }],
      ['/messages', null],
      ['/free', { kind: 'primitive', name: 'unknown' }],
      ['/named', { kind: 'primitive', name: 'boolean' }],
      ['/nullable', { kind: 'primitive', name: 'number' }],
      ['/array', null],
      ['/text', null],
    ]);
    expect(codes(diagnostics)).toEqual([
      ['PAGINATION_ITEMS_NOT_FOUND', '#/paths/~1messages/get'],
      ['PAGINATION_ITEMS_NOT_FOUND', '#/paths/~1array/get'],
      ['PAGINATION_ITEMS_NOT_FOUND', '#/paths/~1text/get'],
    ]);
  });

  it('groups the media types of a body by the type each takes, the one sent by default first', () => {
    const pet = { $ref: '#/components/schemas/Pet' };
    const content = { 'application/xml': { schema: pet }, 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: pet }, 'text/json': { schema: pet }, 'image/png': {} };
    const components = { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } };
    const { model: m } = model({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { post: op({ requestBody: { content } }) } }, components });
    const body = m.operations[0]!.requestBody!;
    expect(body.variants.map((v) => [v.mediaTypes, v.type.kind === 'primitive' ? v.type.name : v.type.kind])).toEqual([
      [['application/json', 'text/json'], 'named'],
      [['application/xml'], 'union'],
      [['text/csv'], 'string'],
      [['image/png'], 'unknown'],
    ]);
    expect(body.mediaTypes).toEqual(['application/xml', 'text/csv', 'application/json', 'text/json', 'image/png']);
  });

  it.each<[string, string]>([
    ['application/xml', 'string | Blob | Uint8Array'],
    ['text/xml; charset=utf-8', 'string | Blob | Uint8Array'],
    ['application/atom+xml', 'string | Blob | Uint8Array'],
    ['application/xml-patch', 'Blob | Uint8Array'],
    ['text/plain', '{\n  a?: number;\n}'],
  ])('types a body sent as %s, whatever its schema, as %s', (mediaType, printed) => {
    const content = { [mediaType]: { schema: { type: 'object', properties: { a: { type: 'integer' } } } } };
    const { model: m } = model({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { post: op({ requestBody: { content } }) } } });
    const type = m.operations[0]!.requestBody!.type;
    expect(type.kind === 'named' ? printType(m.schemas.find((s) => s.name === type.name)!.type) : printType(type)).toBe(printed);
  });

  it.each<[string, Record<string, unknown>, string | null]>([
    ['JSON among others', { 200: { description: 'ok', content: { 'application/xml': {}, 'application/json; charset=utf-8': {} } } }, null],
    ['the JSON types offered when none is plain JSON', { 200: { description: 'ok', content: { 'application/xml': {}, 'application/hal+json': {} } }, 201: { description: 'ok', content: { 'application/vnd.api+json': {} } } }, 'application/hal+json, application/vnd.api+json'],
    ['no content at all', { 204: { description: 'none' } }, null],
    [
      'files only, every success media type in order, errors not counted',
      { 200: { description: 'ok', content: { 'application/pdf': {}, 'image/png': {} } }, 201: { description: 'ok', content: { 'image/png': {}, 'text/csv': {} } }, 400: { description: 'bad', content: { 'application/json': {} } } },
      'application/pdf, image/png, text/csv',
    ],
    ['JSON, when the response is typed by its JSON schema beside an image', { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object' } }, 'image/*': { schema: { type: 'string', format: 'binary' } } } } }, null],
    ['a file to download, its own types first, JSON (listed for the errors) last', { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'string', format: 'binary' } }, 'image/png': { schema: { type: 'string', format: 'binary' } } } } }, 'image/png, application/json'],
    ['a media type that cannot go into a header left out', { 200: { description: 'ok', content: { 'text/plain': {}, 'text/x\nbad': {}, 'né/x': {} } } }, 'text/plain'],
  ])('asks for %s', (_, responses, accept) => {
    const { model: m } = model({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses } } } });
    expect(m.operations[0]!.accept).toBe(accept);
  });

  it("keeps the form fields written other than form and exploded, or as a typed part, from the body's form media types only", () => {
    const content = {
      'application/json': { schema: { type: 'object' }, encoding: { json: { style: 'form', explode: false } } },
      'application/x-www-form-urlencoded': { schema: { type: 'object' }, encoding: { csv: { explode: false }, plain: {}, deep: { style: 'deepObject', explode: true } } },
      'multipart/form-data': { schema: { type: 'object' }, encoding: { csv: { style: 'pipeDelimited', explode: false }, more: { explode: false }, meta: { contentType: 'application/json' } } },
    };
    const { model: m } = model({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { post: op({ requestBody: { content } }) } } });
    expect(m.operations[0]!.requestBody!.fields).toEqual([
      { name: 'csv', style: 'form', explode: false, contentType: null },
      { name: 'deep', style: 'deepObject', explode: true, contentType: null },
      { name: 'more', style: 'form', explode: false, contentType: null },
      { name: 'meta', style: 'form', explode: true, contentType: 'application/json' },
    ]);
  });

  it('follows refs written percent-encoded, as a URI fragment may (RFC 6901): parameters and schemas', () => {
    const { model: m, diagnostics } = model({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a/{id}': { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
        '/b/{id}': {
          get: {
            operationId: 'getB',
            parameters: [{ $ref: '#/paths/~1a~1%7Bid%7D/parameters/0' }],
            responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet%20Record' } } } } },
          },
        },
      },
      components: {
        schemas: {
          'Pet Record': { type: 'object', properties: { share: { $ref: '#/components/schemas/100%25' } } },
          '100%': { type: 'number' },
        },
      },
    });
    expect(codes(diagnostics)).toEqual([]);
    const op = m.operations.find((o) => o.operationId === 'getB')!;
    expect(op.params.map((p) => [p.key, p.in, p.required])).toEqual([['id', 'path', true]]);
    expect(JSON.stringify(op.responses)).toContain('"name":"PetRecord"');
    const pet = m.schemas.find((s) => s.name === 'PetRecord')!;
    expect(JSON.stringify(pet.type)).toContain('"kind":"named"');
  });

  it('ignores prototype names in the config defaults', () => {
    const { model: m } = model(swagger({ '/a': { get: op({ parameters: [{ in: 'query', name: 'constructor', type: 'string' }] }) } }));
    expect(m.operations[0]!.params[0]).toMatchObject({ key: 'constructor', clientDefault: null, required: false });
  });
});

describe('description: error codes and permissions', () => {
  const description = [
    'Lists things.',
    'App Permission',
    'ReadAccounts',
    'Usage Plan Group',
    'Light',
    'Error Codes',
    'HTTP Code',
    'Error Code',
    'Error Message',
    '400',
    'CMN-101',
    'Parameter [x] value is invalid',
    '404',
    'CMN-102',
    'Not found',
  ].join('\n');

  it('splits prose, permissions and errors, and builds the API-wide catalogue', () => {
    const spec = swagger({
      '/a': { get: op({ operationId: 'listA', description }) },
      '/b': { get: op({ operationId: 'listB', description: 'B.\nError Codes\n400\nCMN-101\nBad b' }) },
    });
    const { model: m, diagnostics } = model(spec);
    expect(diagnostics).toEqual([]);
    expect(m.operations[0]).toMatchObject({
      description: 'Lists things.',
      permissions: [
        { key: 'appPermission', value: 'ReadAccounts' },
        { key: 'usagePlanGroup', value: 'Light' },
      ],
      errors: [
        { status: 400, code: 'CMN-101', message: 'Parameter [x] value is invalid' },
        { status: 404, code: 'CMN-102', message: 'Not found' },
      ],
    });
    expect(m.errorCodes).toStrictEqual([
      {
        code: 'CMN-101',
        member: 'CMN_101',
        uses: [
          { status: 400, message: 'Parameter [x] value is invalid', operationId: 'listA' },
          { status: 400, message: 'Bad b', operationId: 'listB' },
        ],
      },
      { code: 'CMN-102', member: 'CMN_102', uses: [{ status: 404, message: 'Not found', operationId: 'listA' }] },
    ]);
  });

  it('reports table lines it cannot read, at the description', () => {
    const { model: m, diagnostics } = model(swagger({ '/a': { get: op({ description: 'X\nError Codes\nsomething odd\n400\nCMN-1\nok' }) } }));
    expect(m.operations[0]!.errors).toEqual([{ status: 400, code: 'CMN-1', message: 'ok' }]);
    expect(codes(diagnostics)).toEqual([['ERROR_TABLE_ROW_UNREAD', '#/paths/~1a/get/description']]);
  });
});

describe('responses and schemas', () => {
  it('types responses per status, 204 as no body, and refs to named schemas', () => {
    const spec = swagger(
      {
        '/a': {
          get: {
            responses: {
              200: { description: 'OK', schema: { $ref: '#/definitions/Pet' } },
              204: { description: 'none' },
              404: { description: 'missing', schema: { $ref: '#/definitions/Nope' } },
            },
          },
        },
      },
      { definitions: { Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string', 'x-nullable': true } } } } },
    );
    const { model: m, diagnostics } = model(spec);
    expect(m.operations[0]!.responses).toStrictEqual([
      { status: '200', success: true, mediaType: 'application/json', type: { kind: 'named', name: 'Pet' }, headers: [], doc: 'OK' },
      { status: '204', success: true, mediaType: null, type: { kind: 'primitive', name: 'undefined' }, headers: [], doc: 'none' },
      { status: '404', success: false, mediaType: 'application/json', type: { kind: 'primitive', name: 'unknown' }, headers: [], doc: 'missing' },
    ]);
    expect(m.operations[0]!.successType).toStrictEqual({ kind: 'union', of: [{ kind: 'named', name: 'Pet' }, { kind: 'primitive', name: 'undefined' }] });
    expect(m.schemas).toStrictEqual([
      {
        name: 'Pet',
        view: 'both',
        doc: null,
        tags: [],
        enumMembers: null,
        pointer: '#/definitions/Pet',
        type: {
          kind: 'object',
          additional: null,
          properties: [
            { name: 'name', required: true, type: { kind: 'primitive', name: 'string' }, doc: null, tags: [] },
            { name: 'tag', required: false, type: { kind: 'union', of: [{ kind: 'primitive', name: 'string' }, { kind: 'primitive', name: 'null' }] }, doc: null, tags: [] },
          ],
        },
      },
    ]);
    expect(codes(diagnostics)).toEqual([['REF_MISSING', '#/paths/~1a/get/responses/404/schema/$ref']]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['JSON by its schema', { 'application/json': { schema: { type: 'integer' } } }, 'number'],
    ['text as a string, whatever its schema says', { 'text/plain': { schema: { type: 'integer' } } }, 'string'],
    ['XML text as a string (AWS query APIs declare text/xml with object schemas)', { 'text/xml': { schema: { $ref: '#/components/schemas/R' } } }, 'string'],
    ['a CSV file as a file', { 'text/csv': { schema: { type: 'string', format: 'binary' } } }, 'blob'],
    ['a PDF without a schema as a file', { 'application/pdf': {} }, 'blob'],
    ['a CSV file through a $ref', { 'text/csv': { schema: { $ref: '#/components/schemas/File' } } }, 'blob'],
    ['an object as XML as a file', { 'application/xml': { schema: { $ref: '#/components/schemas/R' } } }, 'blob'],
    ['a file in JSON terms (Swagger 2.0 type: file) as a Blob, which is what the runtime reads', { 'application/json': { schema: { type: 'string', format: 'binary' } } }, 'blob'],
  ])('types a response body as the runtime reads it: %s', (_, content, type) => {
    const spec = { openapi: '3.0.3', info: {}, paths: { '/a': { get: { responses: { 200: { description: 'OK', content } } } } }, components: { schemas: { R: { type: 'object' }, File: { type: 'string', format: 'binary' } } } };
    expect(model(spec).model.operations[0]!.successType).toStrictEqual({ kind: 'primitive', name: type });
  });

  it.each<[string, Record<string, unknown>, unknown]>([
    ['the default response, when no success response is declared', { default: { description: 'successful operation', schema: { type: 'string' } } }, { kind: 'primitive', name: 'string' }],
    ['the success responses, not the default, when both are', { 201: { description: 'made', schema: { type: 'integer' } }, default: { description: 'error', schema: { type: 'string' } } }, { kind: 'primitive', name: 'number' }],
    ['unknown with neither', { 404: { description: 'missing', schema: { type: 'string' } } }, { kind: 'primitive', name: 'unknown' }],
  ])('resolves a call to %s', (_, responses, type) => {
    expect(model(swagger({ '/a': { get: { responses } } })).model.operations[0]!.successType).toStrictEqual(type);
  });

  it('uses the first server as the default base URL, without a trailing slash', () => {
    expect(model(swagger({}, { basePath: '/', schemes: ['http'] })).model.defaultBaseUrl).toBe('http://api.example.com');
  });
});

describe('naming edge cases', () => {
  it.each<[string[], string[]]>([
    [['getPet', 'GetPet', 'get_pet'], ['getPet', 'getPet2', 'getPet3']],
    [['2fa-verify', 'émettre', '__proto__'], ['_2faVerify', 'émettre', 'proto']],
    [['constructor', 'class', 'Promise'], ['_constructor', '_class', 'promise']],
  ])('%j → %j, every derived type name unique too', (ids, fns) => {
    const paths = Object.fromEntries(ids.map((id, i) => [`/p${i}`, { get: op({ operationId: id }) }]));
    const { model: m } = model(swagger(paths));
    expect(m.operations.map((o) => o.names.fn)).toEqual(fns);
    const all = m.operations.flatMap((o) => Object.values(o.names));
    expect(new Set(all).size).toBe(all.length);
  });
});

// normalise: both dialects become one shape; Swagger 2.0 details survive the mapping.

import { codes, model, normalise, ONE_OPERATION } from '../../helpers/pipeline';

const swagger = (paths: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  swagger: '2.0',
  info: { title: 'T', version: '1' },
  paths,
  ...extra,
});

/** A Swagger 2.0 POST that sends `parameters` as a URL-encoded form. */
const formPost = (parameters: unknown[]) =>
  normalise(swagger({ '/a': { post: { consumes: ['application/x-www-form-urlencoded'], parameters, responses: {} } } }));

describe('servers', () => {
  it.each([
    [{ host: 'api.example.com', basePath: '/v1', schemes: ['http', 'https'] }, ['https://api.example.com/v1', 'http://api.example.com/v1']],
    [{ host: 'api.example.com' }, ['https://api.example.com']],
    [{ basePath: '/v1' }, ['/v1']],
    [{}, []],
  ])('Swagger 2.0 %j', (extra, urls) => {
    expect(normalise(swagger({}, extra)).spec.servers.map((s) => s.url)).toEqual(urls);
  });

  it('OpenAPI 3 servers', () => {
    const { spec } = normalise({ openapi: '3.0.3', info: {}, paths: ONE_OPERATION, servers: [{ url: 'https://a.example' }, { nope: 1 }] });
    expect(spec.servers).toStrictEqual([{ url: 'https://a.example', variables: {}, pointer: '#/servers/0' }]);
  });
});

describe('server URL variables', () => {
  const servers = [
    {
      url: 'https://{env}.example.com:{port}/{version}/{region}',
      variables: { env: { enum: ['prod', 'test'] }, port: { default: 8443 }, version: { default: 'v2', enum: ['v1', 'v2'] } },
    },
    { url: 'https://{other}.example.com' },
  ];

  it('says when a server is left out for want of a url, and reads `servers` given as one URL as that server', () => {
    const listed = normalise({ openapi: '3.0.3', info: {}, paths: ONE_OPERATION, servers: [{ description: 'prod' }, { url: 'https://sandbox.example' }] });
    expect(listed.spec.servers.map((s) => s.url)).toEqual(['https://sandbox.example']);
    expect(codes(listed.diagnostics)).toEqual([['SERVER_URL_MISSING', '#/servers/0']]);
    const one = normalise({ openapi: '3.0.3', info: {}, paths: ONE_OPERATION, servers: 'https://api.example/{region}' });
    expect(one.spec.servers.map((s) => s.url)).toEqual(['https://api.example/{region}']);
    expect(codes(one.diagnostics)).toEqual([
      ['SERVERS_NOT_A_LIST', '#/servers'],
      ['SERVER_VARIABLE_UNDECLARED', '#/servers'],
    ]);
  });

  it('takes a default, else the first of the enum; warns at the first server of a variable without a default', () => {
    const { spec, diagnostics } = normalise({ openapi: '3.0.3', info: {}, paths: ONE_OPERATION, servers });
    expect(spec.servers.map((s) => s.variables)).toEqual([{ env: 'prod', port: '8443', version: 'v2' }, {}]);
    expect(diagnostics.map((d) => [d.pointer, d.message])).toEqual([
      ['#/servers/0/variables/env', 'server URL variable `env` has no default; the first of its enum, `prod`, is used'],
      ['#/servers/0/url', 'the server URL names `{region}`, which its `variables` do not declare; the client has no default server URL: give `baseUrl` to createClient'],
    ]);
  });

  it('keeps a variable named __proto__ as data', () => {
    const spec = JSON.parse('{"openapi": "3.0.3", "info": {}, "paths": {"/ping": {"get": {"responses": {"204": {"description": "ok"}}}}}, "servers": [{"url": "https://{__proto__}.example", "variables": {"__proto__": {"default": "eu"}}}]}') as Record<string, unknown>;
    expect(model(spec).model.defaultBaseUrl).toBe('https://eu.example');
  });

  it('gives the client no default URL while a variable of it has no value', () => {
    expect(model({ openapi: '3.0.3', info: {}, paths: ONE_OPERATION, servers }).model.defaultBaseUrl).toBeNull();
    const resolved = [{ ...servers[0]!, url: 'https://{env}.example.com:{port}/{version}/' }];
    expect(model({ openapi: '3.0.3', info: {}, paths: ONE_OPERATION, servers: resolved }).model.defaultBaseUrl).toBe('https://prod.example.com:8443/v2');
  });
});

describe("an operation's own servers", () => {
  it("takes the operation's, else its path item's; the model gives the first one's URL, a relative one on the document's", () => {
    const upload = { url: 'https://{host}.example.com/', variables: { host: { default: 'uploads' } } };
    const document = {
      openapi: '3.0.3',
      info: {},
      servers: [{ url: 'https://api.example.com' }],
      paths: {
        '/assets': { servers: [{ url: 'https://path.example.com' }], get: { responses: {} }, post: { servers: [upload], responses: {} } },
        '/other': { get: { responses: {} } },
        '/broken': { get: { servers: [{ url: 'https://{nope}.example.com' }], responses: {} } },
        '/same': { get: { servers: [{ url: 'https://api.example.com/' }], responses: {} } },
        '/relative': { get: { servers: [{ url: '/v2' }], responses: {} } },
      },
    };
    const { model: m, diagnostics } = model(document);
    expect(m.operations.map((o) => [o.key, o.server])).toEqual([
      ['GET /assets', 'https://path.example.com'],
      ['POST /assets', 'https://uploads.example.com'],
      ['GET /other', null],
      ['GET /broken', null],
      ['GET /same', null],
      ['GET /relative', 'https://api.example.com/v2'],
    ]);
    expect(diagnostics.map((d) => [d.pointer, d.message])).toEqual([
      ['#/paths/~1broken/get/servers/0/url', "the server URL names `{nope}`, which its `variables` do not declare; the operation is sent to the client's base URL"],
    ]);
  });
});

describe('parameters', () => {
  it('merges path-level parameters, the operation-level one winning on the same name and location', () => {
    const { spec } = normalise(
      swagger({
        '/a/{id}': {
          parameters: [
            { name: 'id', in: 'path', required: true, type: 'string' },
            { name: 'q', in: 'query', type: 'string', description: 'path level' },
          ],
          get: { parameters: [{ name: 'q', in: 'query', type: 'integer', description: 'op level' }], responses: {} },
        },
      }),
    );
    expect(spec.operations[0]!.parameters.map((p) => [p.name, p.in, p.description, p.pointer])).toEqual([
      ['id', 'path', null, '#/paths/~1a~1{id}/parameters/0'],
      ['q', 'query', 'op level', '#/paths/~1a~1{id}/get/parameters/0'],
    ]);
  });

  it.each([
    [undefined, 'form', false],
    ['csv', 'form', false],
    ['multi', 'form', true],
    ['ssv', 'spaceDelimited', false],
    ['pipes', 'pipeDelimited', false],
    ['tsv', 'tabDelimited', false],
  ])('keeps Swagger 2.0 collectionFormat %s as style %s, explode %s', (collectionFormat, style, explode) => {
    const param = { name: 'ids', in: 'query', type: 'array', items: { type: 'string' }, ...(collectionFormat ? { collectionFormat } : {}) };
    const [p] = normalise(swagger({ '/a': { get: { parameters: [param], responses: {} } } })).spec.operations[0]!.parameters;
    expect(p).toMatchObject({ style, explode, schema: { node: { type: 'array', items: { type: 'string' } } } });
  });

  it("says a shared parameter's own defects where it is defined, once, and what concerns one use where it is used", () => {
    const doc = {
      ...swagger({
        '/a/{id}': { get: { parameters: [{ $ref: '#/parameters/Id' }, { $ref: '#/parameters/NoIn' }, { $ref: '#/parameters/Type' }], responses: {} } },
        '/b/{id}': { get: { parameters: [{ $ref: '#/parameters/Id' }, { $ref: '#/parameters/NoIn' }, { $ref: '#/parameters/Type' }], responses: {} } },
        '/c': { get: { parameters: [{ $ref: '#/parameters/Id' }], responses: {} } },
      }),
      parameters: { Id: { name: 'id', in: 'path', type: 'string' }, NoIn: { name: 'x' }, Type: { name: 'Content-Type', in: 'header', type: 'string' } },
    };
    expect(codes(normalise(doc).diagnostics)).toEqual([
      ['PARAMETER_INVALID', '#/parameters/NoIn'],
      ['PARAMETER_IGNORED', '#/parameters/Type'],
      ['PATH_PARAMETER_NOT_REQUIRED', '#/parameters/Id'],
      ['PATH_PARAMETER_UNUSED', '#/paths/~1c/get/parameters/0'],
    ]);
  });

  it('reads a response whose media type was left out, or written as a word, or put outside `content`, as JSON, with a warning', () => {
    const list = { type: 'array', items: { type: 'string' } };
    const { spec, diagnostics } = normalise({
      openapi: '3.0.3',
      info: {},
      paths: {
        '/a': { get: { responses: { '200': { description: 'ok', content: { schema: list } } } } },
        '/b': { get: { responses: { '200': { description: 'ok', content: { json: { schema: list } } } } } },
        '/c': { get: { responses: { '200': { description: 'ok', schema: list } } } },
        '/d': { get: { responses: { '200': { description: 'ok', content: { pdf: {} } } } } },
      },
    });
    expect(spec.operations.map((o) => o.responses[0]!.content.map((c) => [c.mediaType, c.schema?.pointer ?? null]))).toEqual([
      [['application/json', '#/paths/~1a/get/responses/200/content/schema']],
      [['application/json', '#/paths/~1b/get/responses/200/content/json/schema']],
      [['application/json', '#/paths/~1c/get/responses/200/schema']],
      [['pdf', null]],
    ]);
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ['MEDIA_TYPE_INVALID', '#/paths/~1a/get/responses/200/content/schema', '`schema` is no media type (`type/subtype`); read as application/json'],
      ['MEDIA_TYPE_INVALID', '#/paths/~1b/get/responses/200/content/json', '`json` is no media type (`type/subtype`); read as application/json'],
      ['RESPONSE_SCHEMA_WITHOUT_CONTENT', '#/paths/~1c/get/responses/200/schema', expect.stringContaining('read as application/json')],
      ['MEDIA_TYPE_INVALID', '#/paths/~1d/get/responses/200/content/pdf', '`pdf` is no media type (`type/subtype`); read as a file'],
    ]);
  });

  it("reads OpenAPI's query operation (3.2's QUERY) with its body; Swagger 2.0 has no such method", () => {
    const item = { query: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } }, responses: {} } };
    const { spec } = normalise({ openapi: '3.2.0', info: {}, paths: { '/search': item } });
    expect(spec.operations.map((o) => [o.method, o.requestBody?.content.map((c) => c.mediaType)])).toEqual([['query', ['application/json']]]);
    const v2 = normalise(swagger({ '/search': { query: { responses: {} } } }));
    expect(v2.spec.operations).toEqual([]);
    expect(codes(v2.diagnostics)).toContainEqual(['PATH_ITEM_KEY_UNKNOWN', '#/paths/~1search/query']);
  });

  it("says what OpenAPI 3.2 adds that it does not read: a whole-query parameter, a stream's itemSchema", () => {
    const { diagnostics } = normalise({
      openapi: '3.2.0',
      info: {},
      paths: {
        '/events': {
          get: {
            parameters: [{ name: 'q', in: 'querystring', content: { 'application/x-www-form-urlencoded': {} } }],
            responses: { '200': { description: 'ok', content: { 'text/event-stream': { itemSchema: { type: 'object' } } } } },
          },
        },
      },
    });
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ['PARAMETER_INVALID', '#/paths/~1events/get/parameters/0', "parameter is in `querystring` (OpenAPI 3.2's whole query string), which specwright does not read yet; left out"],
      ['ITEM_SCHEMA_IGNORED', '#/paths/~1events/get/responses/200/content/text~1event-stream/itemSchema', expect.stringContaining('`text/event-stream` stream')],
    ]);
  });

  it('leaves the schema null for an untyped parameter: the model decides what that means', () => {
    const { spec, diagnostics } = normalise(swagger({ '/a': { get: { parameters: [{ name: 'page', in: 'query' }], responses: {} } } }));
    expect(spec.operations[0]!.parameters[0]!.schema).toBeNull();
    expect(diagnostics).toEqual([]);
  });

  it('reports parameters it cannot place, and path parameters that disagree with the template', () => {
    const { spec, diagnostics } = normalise(
      swagger({
        '/a/{id}/{other}': {
          get: {
            parameters: [
              { name: 'id', in: 'path', type: 'string' },
              { name: 'x', in: 'nowhere' },
              { in: 'query' },
              { name: 'gone', in: 'path', required: true, type: 'string' },
              'not an object',
            ],
            responses: {},
          },
        },
      }),
    );
    const op = '#/paths/~1a~1{id}~1{other}/get';
    expect(codes(diagnostics)).toEqual([
      ['PARAMETER_INVALID', `${op}/parameters/2`],
      ['NOT_AN_OBJECT_NODE', `${op}/parameters/4`],
      ['PARAMETER_INVALID', `${op}/parameters/1`],
      ['PATH_PARAMETER_NOT_REQUIRED', `${op}/parameters/0`],
      ['PATH_PARAMETER_UNUSED', `${op}/parameters/3`],
      ['PATH_PARAMETER_UNDECLARED', op],
    ]);
    expect(spec.operations[0]!.parameters.map((p) => [p.name, p.required])).toEqual([
      ['id', true],
      ['other', true],
    ]);
  });
});

describe('refs that lead nowhere', () => {
  it('reports each at its $ref and leaves out what it stood for: parameter, body, response, header, path', () => {
    const { spec, diagnostics } = normalise({
      openapi: '3.0.3',
      info: {},
      paths: {
        '/gone': { $ref: '#/components/pathItems/Nope' },
        '/a': {
          post: {
            parameters: [{ $ref: '#/components/parameters/Missing' }, { name: 'kept', in: 'query' }],
            requestBody: { $ref: '#/components/requestBodies/Missing' },
            responses: {
              200: { $ref: '#/components/responses/Missing' },
              201: { $ref: '#/components/responses/Loop' },
              202: { description: 'ok', headers: { 'X-A': { $ref: '#/components/headers/Missing' } } },
            },
          },
        },
      },
      components: { responses: { Loop: { $ref: '#/components/responses/Again' }, Again: { $ref: '#/components/responses/Loop' } } },
    });
    expect(codes(diagnostics)).toEqual([
      ['REF_BROKEN', '#/paths/~1gone/$ref'],
      ['REF_BROKEN', '#/paths/~1a/post/parameters/0/$ref'],
      ['REF_BROKEN', '#/paths/~1a/post/requestBody/$ref'],
      ['REF_BROKEN', '#/paths/~1a/post/responses/200/$ref'],
      ['REF_BROKEN', '#/components/responses/Again/$ref'],
      ['REF_BROKEN', '#/paths/~1a/post/responses/202/headers/X-A/$ref'],
    ]);
    expect(diagnostics[4]!.message).toContain('leads back to itself');
    const [op] = spec.operations;
    expect(spec.operations).toHaveLength(1);
    expect(op!.parameters.map((p) => p.name)).toEqual(['kept']);
    expect(op!.requestBody).toBeNull();
    expect(op!.responses.map((r) => [r.status, r.headers.length])).toEqual([['202', 0]]);
  });
});

describe('Swagger 2.0 bodies beside the body', () => {
  it('keeps the first body parameter and warns at every other body or form field', () => {
    const { spec, diagnostics } = normalise(
      swagger({
        '/a': {
          post: {
            parameters: [
              { name: 'f', in: 'formData', type: 'string' },
              { name: 'first', in: 'body', schema: { type: 'string' } },
              { name: 'second', in: 'body', schema: { type: 'integer' } },
            ],
            responses: {},
          },
        },
      }),
    );
    expect(codes(diagnostics)).toEqual([
      ['BODY_PARAMETER_EXTRA', '#/paths/~1a/post/parameters/2'],
      ['BODY_PARAMETER_EXTRA', '#/paths/~1a/post/parameters/0'],
    ]);
    expect(spec.operations[0]!.requestBody!.content[0]!.schema?.node).toEqual({ type: 'string' });
  });
});

describe('Swagger 2.0 bodies without a type', () => {
  it('warns at a body parameter without a schema and leaves the body unknown', () => {
    const { spec, diagnostics } = normalise(
      swagger({ '/a': { post: { parameters: [{ name: 'payload', in: 'body', required: true }], responses: {} } } }),
    );
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ['BODY_PARAMETER_UNTYPED', '#/paths/~1a/post/parameters/0', 'body parameter `payload` has no schema; the body is typed as unknown'],
    ]);
    expect(spec.operations[0]!.requestBody).toMatchObject({ required: true, content: [{ mediaType: 'application/json', schema: { node: {} } }] });
  });

  it('types a form field without a type as a string, as it is sent, and says so at the field', () => {
    const { spec, diagnostics } = formPost([
      { name: 'note', in: 'formData', description: 'free text' },
      { name: 'count', in: 'formData', type: 'integer' },
    ]);
    expect(codes(diagnostics)).toEqual([['PARAMETER_UNTYPED', '#/paths/~1a/post/parameters/0']]);
    expect(spec.operations[0]!.requestBody!.content[0]!.schema!.node).toEqual({
      type: 'object',
      properties: { note: { type: 'string', description: 'free text' }, count: { type: 'integer' } },
    });
  });
});

describe('path keys', () => {
  it('sends a key without a leading slash with one, warning at it, and passes over extensions', () => {
    const ok = { get: { responses: {} } };
    const { spec, diagnostics } = normalise(swagger({ pets: ok, '/owners': ok, 'x-note': { get: 'not an operation' } }));
    expect(spec.operations.map((o) => [o.path, o.pointer])).toEqual([
      ['/pets', '#/paths/pets/get'],
      ['/owners', '#/paths/~1owners/get'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ['PATH_KEY_RELATIVE', '#/paths/pets', 'path `pets` does not start with `/`; sent as `/pets`'],
    ]);
  });

  it('warns at a brace that encloses no parameter name', () => {
    const ok = { get: { responses: {} } };
    const { diagnostics } = normalise(swagger({ '/b/{': ok, '/c/}{x}': ok, '/f/{}': ok, '/g/{id}/{name}': ok }));
    expect(diagnostics.filter((d) => d.code === 'PATH_TEMPLATE_BRACE').map((d) => d.pointer)).toEqual(['#/paths/~1b~1{', '#/paths/~1c~1}{x}', '#/paths/~1f~1{}']);
  });
});

describe('parameters without a name', () => {
  it.each([
    [{ in: 'query', type: 'string' }, 'parameter has no `name`; left out'],
    [{ name: '', in: 'query', type: 'string' }, 'parameter has an empty `name`; left out'],
    [{ name: 'X-Evil\'"*/', in: 'header', type: 'string' }, 'parameter is a header named `X-Evil\'"*/`, which is no HTTP header name (fetch refuses to send it); left out'],
    [{ name: 'X Trace', in: 'header', type: 'string' }, 'parameter is a header named `X Trace`, which is no HTTP header name (fetch refuses to send it); left out'],
  ])('leaves %j out with a warning at it', (param, message) => {
    const { spec, diagnostics } = normalise(
      swagger({ '/a': { get: { parameters: [param, { name: 'kept', in: 'query', type: 'string' }], responses: {} } } }),
    );
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([['PARAMETER_INVALID', '#/paths/~1a/get/parameters/0', message]]);
    expect(spec.operations[0]!.parameters.map((p) => p.name)).toEqual(['kept']);
  });
});

describe('header parameters the client sets itself', () => {
  const headers = ['Accept', 'content-type', 'Authorization', 'X-Trace'].map((name) => ({ name, in: 'header', required: true }));

  it('leaves out Accept, Content-Type and Authorization in OpenAPI 3, which says to ignore them', () => {
    const params = headers.map((h) => ({ ...h, schema: { type: 'string' } }));
    const { spec, diagnostics } = normalise({ openapi: '3.0.3', info: {}, paths: { '/a': { post: { parameters: params, responses: {} } } } });
    expect(spec.operations[0]!.parameters.map((p) => p.name)).toEqual(['X-Trace']);
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ['PARAMETER_IGNORED', '#/paths/~1a/post/parameters/0', "header parameter `Accept` is left out: OpenAPI 3 ignores it; the responses' media types set it"],
      ['PARAMETER_IGNORED', '#/paths/~1a/post/parameters/1', "header parameter `content-type` is left out: the client sets it from the request body's media type (and sends none without a body)"],
      ['PARAMETER_IGNORED', '#/paths/~1a/post/parameters/2', 'header parameter `Authorization` is left out: OpenAPI 3 ignores it; the security schemes set it'],
    ]);
  });

  it('leaves out only Content-Type in Swagger 2.0, whose specs often send a token as an Authorization parameter', () => {
    const params = headers.map((h) => ({ ...h, type: 'string' }));
    const { spec, diagnostics } = normalise(swagger({ '/a': { post: { parameters: params, responses: {} } } }));
    expect(spec.operations[0]!.parameters.map((p) => p.name)).toEqual(['Accept', 'Authorization', 'X-Trace']);
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([['PARAMETER_IGNORED', '#/paths/~1a/post/parameters/1']]);
  });
});

describe('request bodies of GET and HEAD, which fetch refuses', () => {
  const withBody = (method: string, schema: unknown) => normalise({ openapi: '3.0.3', info: {}, paths: { '/a': { [method]: { requestBody: { content: { 'application/json': { schema } } }, responses: {} } } } });

  it.each([
    ['an empty object (Stripe), silently', 'get', { type: 'object', properties: {}, additionalProperties: false }, []],
    ['one that says something, with a warning', 'head', { type: 'object', properties: { q: { type: 'string' } } }, [['REQUEST_BODY_IGNORED', '#/paths/~1a/head/requestBody']]],
  ])('are left out: %s', (_, method, schema, warnings) => {
    const { spec, diagnostics } = withBody(method, schema);
    expect(spec.operations[0]!.requestBody).toBeNull();
    expect(codes(diagnostics)).toEqual(warnings);
  });

  it('but not those of DELETE, which fetch sends', () => {
    expect(withBody('delete', { type: 'object', properties: { q: { type: 'string' } } }).spec.operations[0]!.requestBody).not.toBeNull();
  });
});

describe('parameters given by content', () => {
  it('keep the media type their value is written in, and its schema', () => {
    const filter = { name: 'filter', in: 'query', content: { 'application/json': { schema: { type: 'object' } } } };
    const plain = { name: 'q', in: 'query', schema: { type: 'string' } };
    const { spec } = normalise({ openapi: '3.1.0', info: {}, paths: { '/a': { get: { parameters: [filter, plain], responses: {} } } } });
    expect(spec.operations[0]!.parameters.map((p) => [p.name, p.contentType, p.schema?.pointer])).toEqual([
      ['filter', 'application/json', '#/paths/~1a/get/parameters/0/content/application~1json/schema'],
      ['q', null, '#/paths/~1a/get/parameters/1/schema'],
    ]);
  });
});

describe('lists that are not lists', () => {
  it('says a list was expected and what was found', () => {
    const { diagnostics } = normalise({ openapi: '3.0.3', info: {}, paths: { '/a': { get: { parameters: 'id', security: { x: [] }, responses: {} } } } });
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ['NOT_A_LIST_NODE', '#/paths/~1a/get/parameters', 'expected a list here, found a string; ignored'],
      ['NOT_A_LIST_NODE', '#/paths/~1a/get/security', 'expected a list here, found an object; ignored'],
    ]);
  });
});

describe('duplicate responses', () => {
  it('keeps the first of two keys that differ only in case', () => {
    const { spec, diagnostics } = normalise({
      openapi: '3.0.3',
      info: {},
      paths: { '/a': { get: { responses: { '2XX': { description: 'x' }, '2xx': { description: 'y' }, default: { description: 'd' }, DEFAULT: { description: 'D' } } } } },
    });
    expect(codes(diagnostics)).toEqual([
      ['RESPONSE_DUPLICATE', '#/paths/~1a/get/responses/2xx'],
      ['RESPONSE_DUPLICATE', '#/paths/~1a/get/responses/DEFAULT'],
    ]);
    expect(spec.operations[0]!.responses.map((r) => [r.status, r.description])).toEqual([['2XX', 'x'], ['default', 'd']]);
  });
});

describe('duplicate parameters', () => {
  it('keeps the first of two parameters with the same name and location, in either list, and says where', () => {
    const { spec, diagnostics } = normalise({
      openapi: '3.0.3',
      info: {},
      paths: {
        '/a': {
          parameters: [
            { name: 'v', in: 'header', schema: { type: 'string' } },
            { name: 'v', in: 'header', schema: { type: 'number' } },
          ],
          get: {
            parameters: [
              { name: 'id', in: 'query', schema: { type: 'string' } },
              { name: 'id', in: 'header', schema: { type: 'string' } },
              { name: 'id', in: 'query', schema: { type: 'integer' } },
            ],
            responses: {},
          },
        },
      },
    });
    expect(codes(diagnostics)).toEqual([
      ['PARAMETER_DUPLICATE', '#/paths/~1a/get/parameters/2'],
      ['PARAMETER_DUPLICATE', '#/paths/~1a/parameters/1'],
    ]);
    expect(diagnostics[0]!.message).toContain('first at #/paths/~1a/get/parameters/0');
    expect(spec.operations[0]!.parameters.map((p) => [p.name, p.in, p.schema?.node])).toEqual([
      ['v', 'header', { type: 'string' }],
      ['id', 'query', { type: 'string' }],
      ['id', 'header', { type: 'string' }],
    ]);
  });

  it('keeps a Swagger 2.0 formData field named __proto__ as a property of that name', () => {
    const { spec } = formPost([{ name: '__proto__', in: 'formData', type: 'string', required: true }]);
    const schema = spec.operations[0]!.requestBody!.content[0]!.schema?.node as { properties: object; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(['__proto__']);
    expect(schema.required).toEqual(['__proto__']);
  });

  it('keeps the first of two Swagger 2.0 formData fields of one name', () => {
    const { spec, diagnostics } = formPost([
      { name: 'f', in: 'formData', type: 'string' },
      { name: 'f', in: 'formData', type: 'integer' },
    ]);
    expect(codes(diagnostics)).toEqual([['PARAMETER_DUPLICATE', '#/paths/~1a/post/parameters/1']]);
    expect(spec.operations[0]!.requestBody!.content[0]!.schema?.node).toMatchObject({ properties: { f: { type: 'string' } } });
  });
});

describe('bodies and responses', () => {
  it('maps a Swagger 2.0 body parameter onto the consumes media types', () => {
    const body = { name: 'pet', in: 'body', required: true, schema: { type: 'object' } };
    const { spec } = normalise(swagger({ '/a': { post: { parameters: [body], responses: {} } } }, { consumes: ['application/json', 'text/xml'] }));
    expect(spec.operations[0]!.requestBody).toStrictEqual({
      required: true,
      description: null,
      content: [
        { mediaType: 'application/json', schema: { node: { type: 'object' }, pointer: '#/paths/~1a/post/parameters/0/schema' }, encoding: [] },
        { mediaType: 'text/xml', schema: { node: { type: 'object' }, pointer: '#/paths/~1a/post/parameters/0/schema' }, encoding: [] },
      ],
      pointer: '#/paths/~1a/post/parameters/0',
    });
  });

  it('maps formData parameters to one object schema, multipart when a file is sent', () => {
    const form = [
      { name: 'file', in: 'formData', type: 'file', required: true },
      { name: 'note', in: 'formData', type: 'string' },
    ];
    const { spec } = normalise(swagger({ '/a': { post: { parameters: form, responses: {} } } }));
    expect(spec.operations[0]!.requestBody!.content[0]).toStrictEqual({
      mediaType: 'multipart/form-data',
      schema: {
        node: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } }, required: ['file'] },
        pointer: '#/paths/~1a/post/parameters',
      },
      encoding: [],
    });
  });

  it("keeps a Swagger 2.0 form array's collectionFormat, csv unless it says otherwise, as the field's encoding", () => {
    const form = [
      { name: 'csv', in: 'formData', type: 'array', items: { type: 'string' } },
      { name: 'multi', in: 'formData', type: 'array', items: { type: 'string' }, collectionFormat: 'multi' },
      { name: 'pipes', in: 'formData', type: 'array', items: { type: 'string' }, collectionFormat: 'pipes' },
      { name: 'one', in: 'formData', type: 'string' },
    ];
    const { spec } = formPost(form);
    expect(spec.operations[0]!.requestBody!.content[0]!.encoding).toEqual([
      { name: 'csv', style: 'form', explode: false, contentType: null },
      { name: 'multi', style: 'form', explode: true, contentType: null },
      { name: 'pipes', style: 'pipeDelimited', explode: false, contentType: null },
    ]);
  });

  it("reads an OpenAPI 3 media type's encoding: form and exploded unless it says otherwise, and a part's one media type", () => {
    const encoding = {
      a: { style: 'form', explode: false },
      b: { style: 'deepObject' },
      c: { contentType: 'image/png, image/jpeg' },
      d: { style: 'matrix', contentType: 'image/*' },
      e: { contentType: 'application/json\nX: y' },
      f: { contentType: 'application/json' },
      g: { explode: false, contentType: 'application/json' },
    };
    const content = { 'application/x-www-form-urlencoded': { schema: { type: 'object' }, encoding } };
    const { spec } = normalise({ openapi: '3.0.3', info: {}, paths: { '/a': { post: { requestBody: { content }, responses: {} } } } });
    expect(spec.operations[0]!.requestBody!.content[0]!.encoding).toEqual([
      { name: 'a', style: 'form', explode: false, contentType: null },
      { name: 'b', style: 'deepObject', explode: false, contentType: null },
      { name: 'c', style: 'form', explode: true, contentType: 'image/png' },
      { name: 'd', style: 'form', explode: true, contentType: null },
      { name: 'e', style: 'form', explode: true, contentType: null },
      { name: 'f', style: 'form', explode: true, contentType: 'application/json' },
      // In a URL-encoded body a style or explode takes precedence over the contentType.
      { name: 'g', style: 'form', explode: false, contentType: null },
    ]);
  });

  it('reads response keys, warning on ones that are not statuses', () => {
    const responses = { 2: { description: 'two' }, 200: { description: 'OK', schema: { type: 'string' } }, '4xx': { description: 'bad' }, default: { description: 'd' } };
    const { spec, diagnostics } = normalise(swagger({ '/a': { get: { responses } } }, { produces: ['application/json'] }));
    expect(spec.operations[0]!.responses.map((r) => [r.status, r.description, r.content.map((c) => c.mediaType)])).toEqual([
      ['200', 'OK', ['application/json']],
      ['4XX', 'bad', []],
      ['default', 'd', []],
    ]);
    expect(codes(diagnostics)).toEqual([['RESPONSE_KEY_INVALID', '#/paths/~1a/get/responses/2']]);
  });

  it('gives Swagger 2.0 and OpenAPI 3.0 the same operation shape', () => {
    const v2 = normalise(
      swagger({ '/pets/{id}': { get: { operationId: 'getPet', parameters: [{ name: 'id', in: 'path', required: true, type: 'integer' }], responses: { 200: { description: 'ok', schema: { type: 'string' } } } } } }),
    ).spec.operations[0]!;
    const v3 = normalise({
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {
        '/pets/{id}': {
          get: {
            operationId: 'getPet',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
            responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } } },
          },
        },
      },
    }).spec.operations[0]!;
    const shape = (op: typeof v2) => ({
      ...op,
      parameters: op.parameters.map((p) => ({ ...p, schema: p.schema?.node })),
      responses: op.responses.map((r) => ({ ...r, content: r.content.map((c) => ({ ...c, schema: c.schema?.node })) })),
    });
    expect(shape(v2)).toStrictEqual(shape(v3));
  });
});

it('drops a slug-like info.description with a warning, keeps real prose', () => {
  const slug = normalise(swagger(ONE_OPERATION, { info: { title: 'T', description: 'this-is-an-api-explorer-for-the-platform' } }));
  expect(slug.spec.info.description).toBeNull();
  expect(codes(slug.diagnostics)).toEqual([['INFO_DESCRIPTION_SLUG', '#/info/description']]);
  expect(normalise(swagger({}, { info: { description: 'The pet-store API.' } })).spec.info.description).toBe('The pet-store API.');
});

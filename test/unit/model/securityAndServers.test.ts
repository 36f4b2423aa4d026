// Security schemes and requirements, servers with variables, response headers: model nodes.

import { codes, model, ONE_OPERATION } from '../../helpers/pipeline';

describe('security', () => {
  const v2 = {
    swagger: '2.0',
    info: { title: 'T', version: '1' },
    securityDefinitions: {
      basicAuth: { type: 'basic' },
      key: { type: 'apiKey', in: 'query', name: 'api_key' },
      oauth: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://a', scopes: { read: 'r' } },
      broken: { type: 'apiKey' },
    },
    security: [{ key: [] }],
    paths: {
      '/a': {
        get: { responses: {} },
        post: { security: [{ oauth: ['read'], basicAuth: [] }, { nope: [] }], responses: {} },
        put: { security: [], responses: {} },
      },
    },
  };

  it('maps Swagger 2.0 definitions to OAS 3 schemes and applies global vs per-operation requirements', () => {
    const { model: m, diagnostics } = model(v2);
    expect(m.securitySchemes).toStrictEqual([
      { key: 'basicAuth', type: 'http', scheme: 'basic', in: null, name: null },
      { key: 'key', type: 'apiKey', scheme: null, in: 'query', name: 'api_key' },
      { key: 'oauth', type: 'oauth2', scheme: null, in: null, name: null },
    ]);
    const [get, post, put] = m.operations;
    expect(get!.security).toStrictEqual([[{ scheme: m.securitySchemes[1], scopes: [] }]]);
    // The schemes of one alternative, all needed, in no order: sorted.
    expect(post!.security).toStrictEqual([
      [
        { scheme: m.securitySchemes[0], scopes: [] },
        { scheme: m.securitySchemes[2], scopes: ['read'] },
      ],
    ]);
    // An explicit `security: []`: one empty alternative, no credential (not the spec saying nothing).
    expect(put!.security).toStrictEqual([[]]);
    expect(codes(diagnostics)).toEqual([
      ['SECURITY_SCHEME_INVALID', '#/securityDefinitions/broken'],
      ['SECURITY_SCHEME_UNKNOWN', '#/paths/~1a/post/security/1/nope'],
    ]);
  });

  it('leaves out an apiKey in a header whose name no header may have', () => {
    const { model: m, diagnostics } = model({
      openapi: '3.0.3',
      info: {},
      paths: ONE_OPERATION,
      components: { securitySchemes: { bad: { type: 'apiKey', in: 'header', name: 'X Key: "' }, good: { type: 'apiKey', in: 'header', name: "X-Key'`" } } },
    });
    expect(m.securitySchemes.map((s) => s.key)).toEqual(['good']);
    expect(codes(diagnostics)).toEqual([['SECURITY_SCHEME_INVALID', '#/components/securitySchemes/bad']]);
  });

  it('reads OAS 3 http bearer schemes', () => {
    const { model: m } = model({
      openapi: '3.0.3',
      info: {},
      paths: ONE_OPERATION,
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'Bearer', bearerFormat: 'JWT' } } },
    });
    expect(m.securitySchemes).toStrictEqual([{ key: 'bearer', type: 'http', scheme: 'bearer', in: null, name: null }]);
  });
});

describe('servers', () => {
  it.each([
    [[{ url: 'https://{region}.api.example/{version}/', variables: { region: { default: 'eu' }, version: { default: 'v2', enum: ['v1', 'v2'] } } }], 'https://eu.api.example/v2'],
    // A URL still naming a variable reaches no server: the caller gives `baseUrl` instead.
    [[{ url: 'https://{unknown}.example' }], null],
    [[{ url: 'https://{env}.example', variables: { env: { enum: ['prod', 'test'] } } }], 'https://prod.example'],
    [[{ url: '/relative' }], '/relative'],
    [[], null],
  ])('%j → %s', (servers, expected) => {
    expect(model({ openapi: '3.0.3', info: {}, paths: ONE_OPERATION, servers }).model.defaultBaseUrl).toBe(expected);
  });
});

it('types declared response headers, inline in 2.0 and by schema in 3.x', () => {
  const v2 = model({
    swagger: '2.0',
    info: {},
    paths: { '/a': { get: { responses: { 200: { description: 'OK', headers: { 'X-Rate-Limit': { type: 'integer', description: 'left' } } } } } } },
  }).model;
  const v3 = model({
    openapi: '3.0.3',
    info: {},
    paths: { '/a': { get: { responses: { 200: { description: 'OK', headers: { 'X-Rate-Limit': { schema: { type: 'integer' }, description: 'left' } } } } } } },
  }).model;
  const expected = [{ name: 'X-Rate-Limit', required: false, type: { kind: 'primitive', name: 'number' }, doc: 'left' }];
  expect(v2.operations[0]!.responses[0]!.headers).toStrictEqual(expected);
  expect(v3.operations[0]!.responses[0]!.headers).toStrictEqual(expected);
});

// call(): response parsing and error shaping, with a stub fetch.

import {
  ApiError,
  InvalidResponseError,
  authorise,
  call,
  createClient,
  isApiError,
  type Authorisation,
  type ClientOptions,
  type OperationDescriptor,
  type SecuritySchemeDescriptor,
} from '../../../generated/ringcentral/runtime';

const op = {
  operationId: 'getThing',
  method: 'GET',
  path: '/things',
  parameters: [],
  errors: [{ status: 400, code: 'BAD-1', message: 'bad' }],
  permissions: {},
  tags: [],
  security: [],
  responses: ['200', '400', '4XX', 'default'],
  types: {} as { responses: { 200: { ok: boolean }; 400: { errorCode: string }; '4XX': { other: true }; default: string } },
} as const satisfies OperationDescriptor;

function clientReturning(response: Response, seen: RequestInit[] = []) {
  return createClient({
    baseUrl: 'https://x.test',
    token: 'tok',
    fetch: async (_url, init) => {
      seen.push(init ?? {});
      return response;
    },
  });
}

it.each([
  ['JSON', new Response('{"a":1}', { headers: { 'content-type': 'application/json; charset=utf-8' } }), { a: 1 }],
  ['vendor JSON', new Response('[1]', { headers: { 'content-type': 'application/vnd.api+json' } }), [1]],
  ['text', new Response('hi', { headers: { 'content-type': 'text/plain' } }), 'hi'],
  ['empty JSON', new Response('', { headers: { 'content-type': 'application/json' } }), undefined],
  ['204', new Response(null, { status: 204 }), undefined],
])('parses a %s success body', async (_, response, expected) => {
  expect(await call(clientReturning(response), op, {})).toEqual(expected);
});

it('parses a binary body as a Blob', async () => {
  const result = await call<Blob>(clientReturning(new Response(new Uint8Array([1, 2]), { headers: { 'content-type': 'application/octet-stream' } })), op, {});
  expect(result).toBeInstanceOf(Blob);
  expect(result.size).toBe(2);
});

it.each([
  ['text/csv', 'a,b\n1,2'],
  [null, 'xx'],
])('reads a body the operation declares a file as a Blob, whatever its Content-Type (%s)', async (type, text) => {
  const download = { ...op, responses: ['2XX', '400'], binary: ['2XX'] } satisfies OperationDescriptor;
  const response = new Response(text, { status: 201, headers: type === null ? {} : { 'content-type': type } });
  if (type === null) response.headers.delete('content-type');
  const result = await call<Blob>(clientReturning(response), download, {});
  expect(result).toBeInstanceOf(Blob);
  expect(await result.text()).toBe(text);
  const error = await call(clientReturning(new Response('{"errorCode":"BAD-1"}', { status: 400, headers: { 'content-type': 'application/json' } })), download, {}).catch((e: unknown) => e);
  expect(isApiError(error) && error.errorCode).toBe('BAD-1');
});

it.each([
  ['application/json', '{"a":1}'],
  ['application/octet-stream', 'a,b'],
  [null, '{"a":1}'],
])('reads a body the operation declares text as a string, whatever its Content-Type (%s)', async (type, text) => {
  const csv = { ...op, text: ['200'] } satisfies OperationDescriptor;
  const response = new Response(text, { headers: type === null ? {} : { 'content-type': type } });
  if (type === null) response.headers.delete('content-type');
  expect(await call(clientReturning(response), csv, {})).toBe(text);
});

it('reads an error of an operation whose success is text by its own Content-Type, so its code is found', async () => {
  const csv = { ...op, text: ['200'] } satisfies OperationDescriptor;
  const failed = new Response('{"errorCode":"BAD-1"}', { status: 400, headers: { 'content-type': 'application/json' } });
  const error = await call(clientReturning(failed), csv, {}).catch((e: unknown) => e);
  expect(isApiError(error) && error.errorCode).toBe('BAD-1');
});

it.each([
  ['JSON', '{"a":1}', { a: 1 }],
  ['text', 'plain words', 'plain words'],
])('reads a body sent without a Content-Type as JSON when it is %s', async (_, text, expected) => {
  const response = new Response(text);
  response.headers.delete('content-type');
  expect(await call(clientReturning(response), op, {})).toEqual(expected);
});

it.each([
  ['an HTML page', 'application/json', '<html>Service Unavailable</html>'],
  ['JSON lines (a watch stream)', 'application/json; charset=utf-8', '{"type":"ADDED"}\n{"type":"DELETED"}\n'],
  ['a cut-off object', 'application/vnd.api+json', '{"a":'],
])('rejects a success whose body is not the JSON its Content-Type says (%s), keeping the text', async (_, type, text) => {
  const seen: unknown[] = [];
  const client = createClient({ baseUrl: 'https://x.test', fetch: async () => new Response(text, { headers: { 'content-type': type } }), hooks: { onError: ({ error }) => void seen.push(error) } });
  const error = await call(client, op, {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidResponseError);
  expect(error).toMatchObject({ name: 'InvalidResponseError', operationId: 'getThing', status: 200, contentType: type, text });
  expect((error as InvalidResponseError).failure).toBeInstanceOf(SyntaxError);
  expect((error as InvalidResponseError).message).toMatch(new RegExp(`^getThing \\(GET https://x\\.test/things\\) answered 200 with a body that is not the JSON its Content-Type \\(${type.replace(/[.+]/g, '\\$&')}\\) says: `));
  expect(seen).toEqual([error]);
});

it("lets a call hear its response's status and headers, on success and on failure", async () => {
  const heard: [number, string | null][] = [];
  const onResponse = ({ status, headers }: { status: number; headers: Headers }) => void heard.push([status, headers.get('etag') ?? headers.get('x-rate-limit')]);
  const ok = new Response('{"ok":true}', { headers: { 'content-type': 'application/json', etag: '"v1"' } });
  expect(await call(clientReturning(ok), op, {}, { onResponse })).toEqual({ ok: true });
  const failed = new Response('{}', { status: 400, headers: { 'content-type': 'application/json', 'x-rate-limit': '0' } });
  expect(isApiError(await call(clientReturning(failed), op, {}, { onResponse }).catch((e: unknown) => e))).toBe(true);
  expect(heard).toEqual([
    [200, '"v1"'],
    [400, '0'],
  ]);
  // Awaited, as the client's hooks are: what it records is there when the call resolves.
  let recorded = '';
  const later = async ({ headers }: { headers: Headers }) => {
    await new Promise((done) => setTimeout(done, 5));
    recorded = headers.get('etag') ?? '';
  };
  await call(clientReturning(new Response('{}', { headers: { 'content-type': 'application/json', etag: '"v2"' } })), op, {}, { onResponse: later });
  expect(recorded).toBe('"v2"');
});

it('sends the bearer token and the signal', async () => {
  const seen: RequestInit[] = [];
  const signal = new AbortController().signal;
  await call(clientReturning(new Response('{}'), seen), op, {}, { signal });
  expect(new Headers(seen[0]!.headers).get('authorization')).toBe('Bearer tok');
  expect(seen[0]!.signal).toBeInstanceOf(AbortSignal); // the call's own, which the given signal aborts
  expect(seen[0]!.method).toBe('GET');
});

it('shapes an error: documented code typed, message from the body, malformed JSON kept as text', async () => {
  const documented = await call(clientReturning(new Response('{"errorCode":"BAD-1","message":"nope"}', { status: 400, headers: { 'content-type': 'application/json' } })), op, {}).catch((e: unknown) => e);
  expect(isApiError(documented, op)).toBe(true);
  expect(documented).toMatchObject({ status: 400, errorCode: 'BAD-1', rawErrorCode: 'BAD-1', serverMessage: 'nope', name: 'ApiError' });

  const malformed = await call(clientReturning(new Response('{oops', { status: 502, headers: { 'content-type': 'application/json' } })), op, {}).catch((e: unknown) => e);
  expect(malformed).toBeInstanceOf(ApiError);
  expect(malformed).toMatchObject({ status: 502, body: '{oops', text: '{oops', errorCode: undefined, rawErrorCode: undefined });
  expect((malformed as ApiError).message).toBe('getThing (GET /things) failed with 502');
});

it('isApiError only matches errors of the given operation', async () => {
  const error = await call(clientReturning(new Response('', { status: 500 })), op, {}).catch((e: unknown) => e);
  expect(isApiError(error)).toBe(true);
  expect(isApiError(error, op)).toBe(true);
  expect(isApiError(error, { ...op, operationId: 'other' })).toBe(false);
  expect(isApiError(new Error('x'))).toBe(false);
});

describe('bodyAt: the error body typed by the declared response for its status', () => {
  async function errorWith(status: number, body: string) {
    const error = await call(clientReturning(new Response(body, { status, headers: { 'content-type': 'application/json' } })), op, {}).catch((e: unknown) => e);
    if (!isApiError(error, op)) throw new Error('expected an ApiError');
    return error;
  }

  it('matches an exact status before a range, and a range before default', async () => {
    const e400 = await errorWith(400, '{"errorCode":"X"}');
    expect(e400.bodyAt(400)).toEqual({ errorCode: 'X' });
    expect(e400.bodyAt('4XX')).toBeUndefined();
    expect(e400.bodyAt('default')).toBeUndefined();
    const e404 = await errorWith(404, '{"other":true}');
    expect(e404.bodyAt(400)).toBeUndefined();
    expect(e404.bodyAt('4XX')).toEqual({ other: true });
    expect(e404.bodyAt('default')).toBeUndefined();
    const e500 = await errorWith(500, '"boom"');
    expect(e500.bodyAt('default')).toBe('boom');
    expect(e500.bodyAt('4XX')).toBeUndefined();
  });
});

describe('authorise: credentials per the operation\'s security requirements', () => {
  const scheme = (s: SecuritySchemeDescriptor) => s;
  const secured = (security: OperationDescriptor['security']): OperationDescriptor => ({ ...op, security });
  const apiKeyHeader = scheme({ key: 'key', type: 'apiKey', in: 'header', name: 'X-Key' });
  const apiKeyQuery = scheme({ key: 'qkey', type: 'apiKey', in: 'query', name: 'api key' });
  const apiKeyCookie = scheme({ key: 'ckey', type: 'apiKey', in: 'cookie', name: 'sid' });
  const basic = scheme({ key: 'basic', type: 'http', scheme: 'basic' });
  const authorizationKey = scheme({ key: 'BearerToken', type: 'apiKey', in: 'header', name: 'authorization' });
  const oauth = scheme({ key: 'oauth', type: 'oauth2', scopes: ['read'] });

  it.each<[string, OperationDescriptor['security'], ClientOptions, Authorisation]>([
    ['no security: the token as a bearer', [], { token: 't' }, { headers: [['authorization', 'Bearer t']], query: [], cookies: [] }],
    ['no security, no token: nothing', [], {}, { headers: [], query: [], cookies: [] }],
    ['an apiKey in a header', [[apiKeyHeader]], { auth: { key: 'k' } }, { headers: [['X-Key', 'k']], query: [], cookies: [] }],
    ['an apiKey in the query and a cookie together', [[apiKeyQuery, apiKeyCookie]], { auth: { qkey: 'q', ckey: async () => 'c' } }, { headers: [], query: [['api key', 'q']], cookies: [['sid', 'c']] }],
    ['basic, UTF-8 safe', [[basic]], { auth: { basic: { username: 'zoë', password: 'p:w' } } }, { headers: [['authorization', `Basic ${Buffer.from('zoë:p:w').toString('base64')}`]], query: [], cookies: [] }],
    ['basic, given encoded', [[basic]], { auth: { basic: 'dTpw' } }, { headers: [['authorization', 'Basic dTpw']], query: [], cookies: [] }],
    ['another HTTP scheme, under its own name', [[scheme({ key: 'tok', type: 'http', scheme: 'token' })]], { auth: { tok: 'abc' } }, { headers: [['authorization', 'Token abc']], query: [], cookies: [] }],
    ['the first alternative the client can satisfy', [[apiKeyHeader], [oauth]], { token: 'tok' }, { headers: [['authorization', 'Bearer tok']], query: [], cookies: [] }],
    ['nothing when no alternative can be satisfied', [[apiKeyHeader]], { token: 'tok' }, { headers: [], query: [], cookies: [] }],
    ['optional security (`{}` first): the credentials the client has', [[], [apiKeyHeader]], { auth: { key: 'k' } }, { headers: [['X-Key', 'k']], query: [], cookies: [] }],
    ['optional security without credentials: nothing', [[], [apiKeyHeader]], {}, { headers: [], query: [], cookies: [] }],
    ['none, as the spec says (`security: []`): not even the token', [[]], { token: 't', auth: { key: 'k' } }, { headers: [], query: [], cookies: [] }],
    ["an apiKey in the Authorization header (Swagger 2.0's bearer): the token as a bearer", [[authorizationKey]], { token: 't' }, { headers: [['authorization', 'Bearer t']], query: [], cookies: [] }],
    ['that apiKey given under its own name: as given', [[authorizationKey]], { token: 't', auth: { BearerToken: 'Token abc' } }, { headers: [['authorization', 'Token abc']], query: [], cookies: [] }],
  ])('%s', async (_, security, options, expected) => {
    expect(await authorise(createClient({ baseUrl: 'https://x.test', ...options }), secured(security))).toEqual(expected);
  });

  it('puts query and cookie credentials on the wire', async () => {
    const seen: string[] = [];
    const client = createClient({
      baseUrl: 'https://x.test',
      auth: { qkey: 'q v', ckey: 's%3Aabc.def' },
      fetch: async (url, init) => {
        seen.push(String(url), new Headers(init?.headers).get('cookie') ?? '');
        return new Response('{}');
      },
    });
    await call(client, secured([[apiKeyQuery, apiKeyCookie]]), {});
    // A cookie credential goes as the server set it (express-session's `s%3A…`), else percent-encoded.
    expect(seen).toEqual(['https://x.test/things?api%20key=q%20v', 'sid=s%3Aabc.def']);
    await call(createClient({ baseUrl: 'https://x.test', auth: { ckey: 'a; b' }, fetch: async (_url, init) => {
      seen.push(new Headers(init?.headers).get('cookie') ?? '');
      return new Response('{}');
    } }), secured([[apiKeyCookie]]), {});
    expect(seen[2]).toBe('sid=a%3B%20b');
  });
});

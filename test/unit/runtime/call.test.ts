// call(): response parsing and error shaping, with a stub fetch.

import { ApiError, call, createClient, isApiError, type OperationDescriptor } from '../../../generated/ringcentral/runtime';

const op = {
  operationId: 'getThing',
  method: 'GET',
  path: '/things',
  parameters: [],
  errors: [{ status: 400, code: 'BAD-1', message: 'bad' }],
  permissions: {},
  tags: [],
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

it('sends the bearer token and the signal', async () => {
  const seen: RequestInit[] = [];
  const signal = new AbortController().signal;
  await call(clientReturning(new Response('{}'), seen), op, {}, { signal });
  expect(new Headers(seen[0]!.headers).get('authorization')).toBe('Bearer tok');
  expect(seen[0]!.signal).toBe(signal);
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

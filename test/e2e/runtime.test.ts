// The runtime's behaviour over real HTTP: retries with Retry-After, timeouts, aborts, network
// failures, hooks, multipart uploads and 204s, against a server on 127.0.0.1.

import { AbortError, NetworkError, TimeoutError, call, createClient, isApiError, type OperationDescriptor } from '../../generated/openapi31/runtime';
import { getStatement, listAccounts, putAvatar, putStatement } from '../../generated/openapi31/index';
import { createClient as createPetClient, createUser, uploadPetPhoto } from '../../generated/constructs-v3/index';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const json = (body: unknown) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

it('retries a 429 after the Retry-After it asks for, then returns the 200', async () => {
  server.reply({ status: 429, headers: { 'retry-after': '0' } }, { status: 503 }, json([{ id: 'a' }]));
  const client = createClient({ baseUrl: server.baseUrl, retry: { retries: 3, minDelayMs: 1, random: () => 0 } });
  expect(await listAccounts(client)).toEqual([{ id: 'a' }]);
  expect(server.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
});

it('gives up after the retries it was allowed, with the last error', async () => {
  server.reply({ status: 503, body: 'busy', headers: { 'content-type': 'text/plain' } });
  const client = createClient({ baseUrl: server.baseUrl, retry: { retries: 1, minDelayMs: 1 } });
  const error = await listAccounts(client).catch((e: unknown) => e);
  expect(isApiError(error) && error.status).toBe(503);
  expect(server.requests).toHaveLength(2);
});

it('does not retry a method that is not idempotent unless told to', async () => {
  server.reply({ status: 503 });
  const descriptor: OperationDescriptor = { operationId: 'post', method: 'POST', path: '/x', parameters: [], errors: [], permissions: {}, tags: [], security: [], responses: [] };
  const once = createClient({ baseUrl: server.baseUrl, retry: { retries: 2, minDelayMs: 1 } });
  await call(once, descriptor, {}).catch(() => undefined);
  expect(server.requests).toHaveLength(1);
  server.requests.length = 0;
  const told = createClient({ baseUrl: server.baseUrl, retry: { retries: 2, minDelayMs: 1, methods: ['POST'] } });
  await call(told, descriptor, {}).catch(() => undefined);
  expect(server.requests).toHaveLength(3);
});

it('times out an attempt that does not answer, as a TimeoutError', async () => {
  server.reply({ ...json([]), delayMs: 2000 });
  const error = await listAccounts(createClient({ baseUrl: server.baseUrl, timeoutMs: 50 })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  expect((error as TimeoutError).message).toBe(`listAccounts (GET ${server.baseUrl}/accounts) timed out after 50 ms`);
});

it('aborts through the call signal, as an AbortError', async () => {
  server.reply({ ...json([]), delayMs: 2000 });
  const controller = new AbortController();
  const pending = listAccounts(createClient({ baseUrl: server.baseUrl }), {}, { signal: controller.signal }).catch((e: unknown) => e);
  setTimeout(() => controller.abort(), 20);
  expect(await pending).toBeInstanceOf(AbortError);
});

it('names the method and URL of a network failure, with query credentials masked', async () => {
  const descriptor: OperationDescriptor = {
    operationId: 'keyed',
    method: 'GET',
    path: '/x',
    parameters: [],
    errors: [],
    permissions: {},
    tags: [],
    security: [[{ key: 'k', type: 'apiKey', in: 'query', name: 'api_key' }]],
    responses: [],
  };
  // A scheme of this hand-made descriptor's own, which the spec's SecuritySchemeName does not list.
  const auth: Record<string, string> = { k: 'secret-key' };
  const client = createClient({ baseUrl: 'http://127.0.0.1:9', auth, token: 'secret-token' });
  const error = await call(client, descriptor, {}).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NetworkError);
  expect((error as NetworkError).message).toMatch(/^keyed \(GET http:\/\/127\.0\.0\.1:9\/x\?api_key=\*\*\*\) failed: /);
  expect(JSON.stringify(error) + String((error as Error).stack)).not.toMatch(/secret/);
});

it('calls the hooks around each attempt, letting onRequest add headers', async () => {
  server.reply({ status: 503 }, json([]));
  const seen: string[] = [];
  const client = createClient({
    baseUrl: server.baseUrl,
    retry: { retries: 1, minDelayMs: 1 },
    hooks: {
      onRequest: ({ attempt, headers }) => {
        seen.push(`request ${attempt}`);
        headers.set('x-attempt', String(attempt));
      },
      onResponse: ({ attempt, response }) => void seen.push(`response ${attempt} ${response.status}`),
      onError: () => void seen.push('error'),
    },
  });
  await listAccounts(client);
  expect(seen).toEqual(['request 0', 'response 0 503', 'request 1', 'response 1 200']);
  expect(server.requests.map((r) => r.headers['x-attempt'])).toEqual(['0', '1']);
});

it('sends a body as the media type its params pick: JSON by default, an image when told', async () => {
  server.reply({ status: 204 }, { status: 204 });
  const client = createClient({ baseUrl: server.baseUrl, token: 't' });
  await putAvatar(client, { id: 'a', body: { url: 'https://example.com/a.png' } });
  await putAvatar(client, { id: 'a', body: new Uint8Array([137, 80]), contentType: 'image/png' });
  const [asJson, asImage] = server.requests;
  expect(asJson!.headers['content-type']).toBe('application/json');
  expect(asJson!.body.toString()).toBe('{"url":"https://example.com/a.png"}');
  expect(asImage!.headers['content-type']).toBe('image/png');
  expect([...asImage!.body]).toEqual([137, 80]);
});

it("sends XML as the caller's text, under the XML type picked", async () => {
  server.reply({ status: 201, headers: { 'content-type': 'application/json' }, body: '{"username":"ann"}' });
  const client = createPetClient({ baseUrl: server.baseUrl, auth: { apiKeyHeader: 'k' } });
  await createUser(client, { body: '<User><username>ann</username></User>', contentType: 'text/xml' });
  expect(server.requests[0]!.headers['content-type']).toBe('text/xml');
  expect(server.requests[0]!.body.toString()).toBe('<User><username>ann</username></User>');
});

it('sends a body offered as any media type (`*/*`) as JSON, and a file as its own type', async () => {
  server.reply({ status: 204 });
  const descriptor: OperationDescriptor = {
    operationId: 'replace', method: 'PUT', path: '/x', parameters: [], body: { key: 'body', mediaType: '*/*', required: true },
    errors: [], permissions: {}, tags: [], security: [], responses: ['204'],
  };
  const client = createClient({ baseUrl: server.baseUrl });
  await call(client, descriptor, { body: { metadata: { name: 'web' } } });
  await call(client, descriptor, { body: new Blob(['x'], { type: 'image/png' }) });
  await call(client, descriptor, { body: new Uint8Array([1]) });
  await call(client, { ...descriptor, body: { key: 'body', mediaType: 'text/*', required: true } }, { body: 'hello' });
  const [value, file, bytes, text] = server.requests;
  expect([value!.headers['content-type'], value!.body.toString()]).toEqual(['application/json', '{"metadata":{"name":"web"}}']);
  expect([file!.headers['content-type'], file!.body.toString()]).toEqual(['image/png', 'x']);
  expect(bytes!.headers['content-type']).toBe('application/octet-stream');
  expect([text!.headers['content-type'], text!.body.toString()]).toEqual(['text/plain', 'hello']);
});

it.each([
  ['times out', () => ({ timeoutMs: 100 }), TimeoutError],
  ['is aborted', () => ({ signal: AbortSignal.timeout(100) }), AbortError],
])('stops a call whose body stalls after its headers when it %s', async (_, options, expected) => {
  server.reply({ status: 200, headers: { 'content-type': 'application/json' }, stallAfter: '[{"id":' });
  const error = await listAccounts(createClient({ baseUrl: server.baseUrl }), undefined, options()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(expected);
});

it('says why the network failed, from the cause Node gives', async () => {
  const closed = await startRecordingServer();
  await closed.close();
  const error = await listAccounts(createClient({ baseUrl: closed.baseUrl })).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NetworkError);
  expect((error as Error).message).toBe(`listAccounts (GET ${closed.baseUrl}/accounts) failed: fetch failed (connect ECONNREFUSED ${closed.baseUrl.slice('http://'.length)})`);
});

it('takes a short text/plain error body as the message, and says a status repeated as the code once', async () => {
  server.reply(
    { status: 500, headers: { 'content-type': 'text/plain' }, body: 'boom\n' },
    { status: 404, headers: { 'content-type': 'application/json' }, body: '{"code":404,"message":"pods \\"web\\" not found"}' },
    { status: 502, headers: { 'content-type': 'text/html' }, body: '<html>bad gateway</html>' },
  );
  const client = createClient({ baseUrl: server.baseUrl });
  const messages = [];
  for (let i = 0; i < 3; i += 1) messages.push(await listAccounts(client).catch((e: unknown) => (e as Error).message));
  expect(messages).toEqual([
    'listAccounts (GET /accounts) failed with 500: boom',
    'listAccounts (GET /accounts) failed with 404: pods "web" not found',
    'listAccounts (GET /accounts) failed with 502',
  ]);
});

it('sends a filter the spec gives as JSON (`content`) as JSON text under its own name', async () => {
  server.reply(json([]));
  await listAccounts(createClient({ baseUrl: server.baseUrl }), { where: { owner: 'a&b', minAge: 3 } });
  const query = new URL(server.requests[0]!.url, 'http://x').searchParams;
  expect(query.get('where')).toBe('{"owner":"a&b","minAge":3}');
  expect(server.requests[0]!.headers['accept']).toBe('application/json');
});

it('uploads raw bytes and reads a 204 as undefined; reads text/plain as a string', async () => {
  server.reply({ status: 204 });
  const client = createClient({ baseUrl: server.baseUrl, token: 't' });
  expect(await putStatement(client, { id: 'a b', body: new Uint8Array([0, 255, 7]) })).toBeUndefined();
  const [put] = server.requests;
  expect(put!.method).toBe('PUT');
  expect(put!.url).toBe('/accounts/a%20b/statement');
  expect(put!.headers['content-type']).toBe('application/octet-stream');
  expect([...put!.body]).toEqual([0, 255, 7]);
  server.reply({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'statement text' });
  expect(await getStatement(client, { id: 'x' })).toBe('statement text');
});

it.each([
  ['', {}],
  [', whatever Content-Type the client sends with every call', { headers: { 'Content-Type': 'application/json' } }],
])('uploads a multipart form with a file and a field%s', async (_, options) => {
  server.reply({ status: 202, headers: { 'content-type': 'application/json' }, body: '{"ticket":"t1","status":"queued"}' });
  const client = createPetClient({ baseUrl: server.baseUrl, auth: { oauth2: 'tok', apiKeyHeader: 'k' }, ...options });
  const ticket = await uploadPetPhoto(client, { id: 7, body: { file: new Blob(['PNGDATA'], { type: 'image/png' }), caption: 'Rex "the" dog' } });
  expect(ticket).toEqual({ ticket: 't1', status: 'queued' });
  const [upload] = server.requests;
  expect(upload!.url).toBe('/pets/7/photo');
  const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(upload!.headers['content-type'] ?? '')?.[1];
  expect(boundary).toBeDefined();
  const text = upload!.body.toString('latin1');
  expect(text).toContain('name="file"');
  expect(text).toContain('PNGDATA');
  expect(text).toContain('Content-Type: image/png');
  expect(text).toMatch(/name="caption"\r\n\r\nRex "the" dog\r\n/);
});

it("lets a call's header replace the client's, whatever the case of either name", async () => {
  server.reply({ status: 204 });
  const client = createClient({ baseUrl: server.baseUrl, token: 't', headers: { 'X-Trace': 'client' } });
  await putStatement(client, { id: 'a', body: new Uint8Array([1]) }, { headers: { 'x-trace': 'call' } });
  expect(server.requests[0]!.headers['x-trace']).toBe('call');
});

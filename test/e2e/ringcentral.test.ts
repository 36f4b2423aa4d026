// Calls the committed RingCentral client over real HTTP and checks the exact wire request and
// the typed outcome, as a user's code would see them.

import {
  ApiError,
  createApi,
  createClient,
  defaultBaseUrl,
  isApiError,
  listExtensionActiveCalls,
  listExtensionActiveCallsItems,
  listExtensionActiveCallsOperation,
} from '../../generated/ringcentral/index';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const ACTIVE_CALLS = '/restapi/v1.0/account/~/extension/~/active-calls';

it('defaults the base URL from schemes, host and basePath', () => {
  expect(defaultBaseUrl).toBe('http://platform.ringcentral.com');
  expect(createClient().baseUrl).toBe('http://platform.ringcentral.com');
});

it('sends method, path with the configured defaults, query and headers, and parses JSON', async () => {
  server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"records":[{"id":"abc"}]}' });
  const client = createClient({ baseUrl: server.baseUrl, token: 'secret-token', headers: { 'x-app': 'tests' } });
  const result = await listExtensionActiveCalls(client, { direction: 'Inbound', page: '2', perPage: '50', type: 'Voice' });
  expect(result).toEqual({ records: [{ id: 'abc' }] });
  expect(server.requests).toHaveLength(1);
  const [request] = server.requests;
  expect(request!.method).toBe('GET');
  expect(request!.url).toBe(`${ACTIVE_CALLS}?direction=Inbound&page=2&perPage=50&type=Voice`);
  expect(request!.headers['authorization']).toBe('Bearer secret-token');
  expect(request!.headers['accept']).toBe('application/json');
  expect(request!.headers['x-app']).toBe('tests');
  expect(request!.body.length).toBe(0);
});

it('percent-encodes path parameters and leaves out undefined query parameters', async () => {
  server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: '[]' });
  const client = createClient({ baseUrl: `${server.baseUrl}/`, token: async () => 'from-provider' });
  await listExtensionActiveCalls(client, { accountId: 'a/b c?', extensionId: '12', direction: undefined, type: 'Fax & Voice' });
  const [request] = server.requests;
  expect(request!.url).toBe('/restapi/v1.0/account/a%2Fb%20c%3F/extension/12/active-calls?type=Fax%20%26%20Voice');
  expect(request!.headers['authorization']).toBe('Bearer from-provider');
});

it('turns a 404 with a CMN-102 body into an ApiError typed by the operation', async () => {
  const body = '{"errorCode":"CMN-102","message":"Resource for parameter [accountId] is not found"}';
  server.reply({ status: 404, headers: { 'content-type': 'application/json' }, body });
  const client = createClient({ baseUrl: server.baseUrl, token: 'secret-token' });
  const error: unknown = await listExtensionActiveCalls(client).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  if (!isApiError(error, listExtensionActiveCallsOperation)) throw new Error('expected the operation error');
  expect(error.status).toBe(404);
  expect(error.errorCode).toBe('CMN-102');
  expect(error.serverMessage).toBe('Resource for parameter [accountId] is not found');
  expect(error.body).toEqual(JSON.parse(body));
  expect(error.text).toBe(body);
  expect(error.operationId).toBe('listExtensionActiveCalls');
  expect(error.message).toBe(
    'listExtensionActiveCalls (GET /restapi/v1.0/account/{accountId}/extension/{extensionId}/active-calls) failed with 404 CMN-102: Resource for parameter [accountId] is not found',
  );
  expect(JSON.stringify(error) + error.message + String(error.stack)).not.toContain('secret-token');
});

it('keeps an undocumented code out of the typed errorCode but reports it raw', async () => {
  server.reply({ status: 500, headers: { 'content-type': 'application/json' }, body: '{"errors":[{"errorCode":"XYZ-1","message":"boom"}]}' });
  const error: unknown = await listExtensionActiveCalls(createClient({ baseUrl: server.baseUrl })).catch((e: unknown) => e);
  if (!isApiError(error, listExtensionActiveCallsOperation)) throw new Error('expected the operation error');
  expect(error.errorCode).toBeUndefined();
  expect(error.rawErrorCode).toBe('XYZ-1');
  expect(error.serverMessage).toBe('boom');
});

it('reports a non-JSON error body as text', async () => {
  server.reply({ status: 503, headers: { 'content-type': 'text/plain' }, body: 'down for maintenance' });
  const error: unknown = await listExtensionActiveCalls(createClient({ baseUrl: server.baseUrl })).catch((e: unknown) => e);
  expect(isApiError(error)).toBe(true);
  expect((error as ApiError).body).toBe('down for maintenance');
  expect((error as ApiError).errorCode).toBeUndefined();
});

it('binds every operation to the client, flat and by tag', async () => {
  server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"records":[]}' });
  const api = createApi(createClient({ baseUrl: server.baseUrl }));
  expect(api.byTag.User.listExtensionActiveCalls).toBe(api.listExtensionActiveCalls);
  expect(await api.byTag.Calls.listExtensionActiveCalls({ page: '3' })).toEqual({ records: [] });
  expect(server.requests[0]!.url).toBe(`${ACTIVE_CALLS}?page=3`);
});

it('walks a paginated list to the end, page by page and item by item', async () => {
  const page = (records: unknown[], next: boolean) => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ records, paging: { perPage: 2 }, navigation: next ? { nextPage: { uri: 'https://x/next' } } : {} }),
  });
  server.reply(page([{ id: 1 }, { id: 2 }], true), page([{ id: 3 }, { id: 4 }], true), page([{ id: 5 }], false));
  const client = createClient({ baseUrl: server.baseUrl });
  const seen: unknown[] = [];
  for await (const item of listExtensionActiveCallsItems(client, { perPage: '2' })) seen.push(item);
  expect(seen).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }, { id: 5 }]);
  expect(server.requests.map((r) => r.url)).toEqual([
    `${ACTIVE_CALLS}?perPage=2`,
    `${ACTIVE_CALLS}?page=2&perPage=2`,
    `${ACTIVE_CALLS}?page=3&perPage=2`,
  ]);
});

it('types a 400 with a CMN-101 body as that operation\'s documented error', async () => {
  server.reply({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"errorCode":"CMN-101","message":"Parameter [direction] value is invalid","errors":[{"errorCode":"CMN-101","message":"Parameter [direction] value is invalid","parameterName":"direction"}]}' });
  const error: unknown = await listExtensionActiveCalls(createClient({ baseUrl: server.baseUrl }), { direction: 'Sideways' }).catch((e: unknown) => e);
  if (!isApiError(error, listExtensionActiveCallsOperation)) throw new Error('expected the operation error');
  expect([error.status, error.errorCode, error.serverMessage]).toEqual([400, 'CMN-101', 'Parameter [direction] value is invalid']);
  expect(server.requests.at(-1)!.url).toBe(`${ACTIVE_CALLS}?direction=Sideways`);
});

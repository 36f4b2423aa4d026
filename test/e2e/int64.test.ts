// int64 as bigint, over real HTTP: digits past 2^53 survive the request body and the response.

import { createAccount, createClient, isApiError, listAccounts, listAccountsOperation } from '../../generated/openapi31-bigint/index';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';

let server: RecordingServer;
beforeAll(async () => {
  server = await startRecordingServer();
});
afterAll(() => server.close());

const BIG = '9007199254740993'; // 2^53 + 1: a double would round it to ...992

it('sends bigints as exact JSON numbers and reads them back as bigints', async () => {
  server.reply({ status: 201, headers: { 'content-type': 'application/json' }, body: `{"id":"a1","name":"n","kind":"personal","balance":${BIG},"history":[1,${BIG}]}` });
  const client = createClient({ baseUrl: server.baseUrl, token: 't' });
  const created = await createAccount(client, { body: { name: 'n', password: 'p', kind: 'personal', balance: BigInt(BIG), history: [2n] } });
  expect(server.requests[0]!.body.toString()).toBe(`{"name":"n","password":"p","kind":"personal","balance":${BIG},"history":[2]}`);
  expect(created).toEqual({ id: 'a1', name: 'n', kind: 'personal', balance: BigInt(BIG), history: [1n, BigInt(BIG)] });
});

it('decodes int64 fields of error bodies too', async () => {
  server.reply({ status: 404, headers: { 'content-type': 'application/json' }, body: `{"title":"missing","traceId":${BIG}}` });
  const error = await listAccounts(createClient({ baseUrl: server.baseUrl })).catch((e: unknown) => e);
  if (!isApiError(error, listAccountsOperation)) throw new Error('expected an ApiError');
  expect(error.bodyAt('4XX')).toEqual({ title: 'missing', traceId: BigInt(BIG) });
});

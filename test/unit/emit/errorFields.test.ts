// Where error codes are read from: presets and custom paths, as written into the runtime.

import { errorFieldsLiteral } from '../../../generator/emit/errorFields';
import { call, createClient, type OperationDescriptor } from '../../../generated/petstore-v2/runtime';

it.each([
  ['ringcentral', "{ code: [['errorCode'], ['errors', 0, 'errorCode']], message: [['message'], ['errors', 0, 'message']] }"],
  [{ code: ['error.details.0.reason'], message: ["it's"] }, "{ code: [['error', 'details', 0, 'reason']], message: [['it\\'s']] }"],
] as const)('%j', (option, expected) => {
  expect(errorFieldsLiteral(option)).toBe(expected);
});

it.each([
  ['{"errorCode":"CMN-101","message":"bad"}', 'CMN-101', 'bad'],
  ['{"errors":[{"errorCode":"CMN-102","message":"missing"}]}', 'CMN-102', 'missing'],
  ['{"code":"E1","detail":"problem"}', 'E1', 'problem'],
  ['{"error":{"code":"E2","message":"nested"}}', 'E2', 'nested'],
  ['{"error":"invalid_grant","error_description":"expired"}', 'invalid_grant', 'expired'],
  ['{"__proto__":{"errorCode":"X"}}', undefined, undefined],
])('the generic preset reads %s', async (body, code, message) => {
  const op: OperationDescriptor = { operationId: 'o', method: 'GET', path: '/', parameters: [], errors: [], permissions: {}, tags: [], security: [], responses: [] };
  const client = createClient({ baseUrl: 'http://x.test', fetch: async () => new Response(body, { status: 400, headers: { 'content-type': 'application/json' } }) });
  await expect(call(client, op, {})).rejects.toMatchObject({ rawErrorCode: code, serverMessage: message });
});

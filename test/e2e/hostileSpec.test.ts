// spec/hostile.yaml's client, imported and called: none of the spec's text runs, and every wire
// value it declares reaches the wire exactly. (The compile tests type-check it like every client.)

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startRecordingServer, type RecordingServer } from '../helpers/recordingServer';

// Required lazily, inside the tests, so the check that importing runs nothing happens after the reset.
type Hostile = typeof import('../../generated/hostile/index');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (): Hostile => require('../../generated/hostile/index') as Hostile;

const g = globalThis as { __pwned?: unknown };
let server: RecordingServer;
beforeAll(async () => {
  delete g.__pwned;
  server = await startRecordingServer();
});
afterAll(() => server.close());

it('imports without running spec text', async () => {
  const client = load();
  expect(g.__pwned).toBeUndefined();
  // `{1}` is a server variable: its (hostile) default takes its place, and is not read for variables again.
  expect(client.defaultBaseUrl).toBe("https://api.example.com/'; globalThis.__pwned = 'server'; '/`$'; globalThis.__pwned = 'variable'; '${2}`\\");
  expect(client.constructorOperation.path).toBe("/items/{id}/'`${x}\\\u2028");
  expect(client.constructorErrors).toEqual([{ status: 400, code: "BAD-1'${x}", message: '*/ message with "quotes" and `backticks` and ${template} and \\ backslash' }]);
  expect(client.constructorOperation.permissions).toEqual({ appPermission: '*/perm\'"`${x}' });
});

it('sends every hostile value exactly, and runs none of it', async () => {
  const { createClient, _constructor } = load();
  server.reply({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"__proto__":{"polluted":true},"constructor":1}' });
  const params = { x: "a/'`${x}`", id: '*/', ['__proto__']: "it's" as const, constructor: '</script>', 'cookie"name': '${v}' };
  const result = (await _constructor(createClient({ baseUrl: server.baseUrl }), params)) as unknown as Record<string, unknown>;
  expect(g.__pwned).toBeUndefined();
  expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  expect(Object.keys(result)).toEqual(['__proto__', 'constructor']);
  const [request] = server.requests;
  // Parameter values are percent-encoded; the path template's own characters are the spec's.
  expect(request!.url).toBe("/items/%2A%2F/'%60$a%2F%27%60%24%7Bx%7D%60/%E2%80%A8?__proto__=it%27s&constructor=%3C%2Fscript%3E");
  expect(request!.headers['cookie']).toBe('cookie%22name=%24%7Bv%7D');
});

it('stays a module when an operation is called `then`, and keeps createApi\'s `byTag` apart from one called so', async () => {
  // A module that exported `then` would be thenable: `await import()` resolves to the module
  // through the same step as this, which would call `then` instead.
  const client = load();
  expect('then' in client).toBe(false);
  await expect(Promise.resolve(client)).resolves.toBe(client);
  const api = client.createApi(client.createClient({ baseUrl: server.baseUrl }));
  expect(Object.keys(api.byTag.byTag)).toEqual(['_byTag']);
  server.reply({ status: 204 });
  await api._byTag();
  expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', url: '/members' });
});

it('calls an operation whose optional parameters are named like members of every object, with and without params', async () => {
  const { createClient, _then } = load();
  const c = createClient({ baseUrl: server.baseUrl });
  server.reply({ status: 204 });
  await _then(c);
  expect(server.requests.at(-1)!.url).toBe('/members');
  server.reply({ status: 204 });
  await _then(c, { constructor: 'c', toString: 't' });
  expect(server.requests.at(-1)!.url).toBe('/members?constructor=c');
  expect(server.requests.at(-1)!.headers['tostring']).toBe('t');
});

it('holds no raw bidirectional control in any file, so every line shows as it runs (Trojan Source)', () => {
  const folder = resolve(__dirname, '../../generated/hostile');
  const files = readdirSync(folder).filter((f) => f.endsWith('.ts') || f.endsWith('.md'));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) expect([file, readFileSync(join(folder, file), 'utf8').match(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/)]).toEqual([file, null]);
  expect(readFileSync(join(folder, 'operations.ts'), 'utf8')).toContain('admin\\u202e \\u2066// check later\\u2069');
});

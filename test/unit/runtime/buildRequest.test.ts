// The shipped runtime (as generated into generated/ringcentral/runtime.ts): how each parameter
// style reaches the wire, and how bodies are encoded. No network: buildRequest is pure.

import {
  buildRequest,
  createClient,
  type OperationDescriptor,
  type ParameterDescriptor,
  type ParameterStyle,
} from '../../../generated/ringcentral/runtime';

const client = createClient({ baseUrl: 'https://api.example.com/v1/' });

function param(name: string, where: ParameterDescriptor['in'], style: ParameterStyle, explode: boolean, required = false): ParameterDescriptor {
  return { key: name, name, in: where, required, style, explode };
}

function op(parameters: ParameterDescriptor[], body?: OperationDescriptor['body']): OperationDescriptor {
  return { operationId: 'op', method: 'POST', path: '/items/{id}', parameters, errors: [], permissions: {}, tags: [], security: [], responses: [], ...(body ? { body } : {}) };
}

const idParam = param('id', 'path', 'simple', false, true);

it.each<[string, ParameterStyle, boolean, unknown, string]>([
  ['scalar', 'form', true, 'a b', '?q=a%20b'],
  ['csv array', 'form', false, ['a', 'b,c'], '?q=a,b%2Cc'],
  ['multi array', 'form', true, ['a', 'b'], '?q=a&q=b'],
  ['space-delimited', 'spaceDelimited', false, ['a', 'b'], '?q=a%20b'],
  ['pipe-delimited', 'pipeDelimited', false, ['a', 'b'], '?q=a|b'],
  ['tab-delimited', 'tabDelimited', false, ['a', 'b'], '?q=a%09b'],
  ['deepObject', 'deepObject', true, { role: 'admin', 'first name': 'A' }, '?q[role]=admin&q[first%20name]=A'],
  ['nested deepObject, lists by index', 'deepObject', true, { address: { city: 'Oslo', lines: ['a', 'b'] }, tags: [], none: null }, '?q[address][city]=Oslo&q[address][lines][0]=a&q[address][lines][1]=b&q[none]='],
  ['deepObject list', 'deepObject', true, ['a', 'b'], '?q[0]=a&q[1]=b'],
  ['object nested deeper than form reaches, as JSON', 'form', true, { a: { b: 1n } }, '?a=%7B%22b%22%3A%221%22%7D'],
  ['exploded object', 'form', true, { a: 1, b: true }, '?a=1&b=true'],
  ['object, not exploded', 'form', false, { a: 1, b: 2 }, '?q=a,1,b,2'],
  ['null', 'form', true, null, '?q='],
  ['reserved characters', 'form', true, "&=?/#!'()*~", '?q=%26%3D%3F%2F%23%21%27%28%29%2A~'],
  ['numbers and booleans', 'form', false, [1, false], '?q=1,false'],
  ['space-delimited object', 'spaceDelimited', false, { R: 100, G: 200 }, '?q=R%20100%20G%20200'],
  ['pipe-delimited object', 'pipeDelimited', false, { R: 100, G: 200 }, '?q=R|100|G|200'],
])('query %s', (_, style, explode, value, search) => {
  const built = buildRequest(client, op([idParam, param('q', 'query', style, explode)]), { id: 'x', q: value });
  expect(built.url).toBe(`https://api.example.com/v1/items/x${search}`);
});

it.each([
  ["a fixed query, which the call's own query follows", '/?Action=List&Version=2', { q: 'a b' }, '/?Action=List&Version=2&q=a%20b'],
  ['a fixed query alone', '/?Action=List', {}, '/?Action=List'],
  ['a fragment that only tells two keys apart, which is never sent', '/#Action=List', { q: 'a' }, '/?q=a'],
  ['a fixed query and a fragment', '/items/{id}?Action=Get#v2', { id: 'a?b#c', q: 'a' }, '/items/a%3Fb%23c?Action=Get&q=a'],
])('a path key with %s', (_, path, params, sent) => {
  const parameters = [{ ...idParam, required: false }, param('q', 'query', 'form', true)];
  expect(buildRequest(client, { ...op(parameters), path }, params).url).toBe(`https://api.example.com/v1${sent}`);
});

it.each<[string, ParameterStyle, boolean, unknown, string]>([
  ['simple', 'simple', false, 'a/b?c#d%', 'a%2Fb%3Fc%23d%25'],
  ['simple array', 'simple', false, ['a', 'b'], 'a,b'],
  ['label', 'label', false, ['a', 'b'], '.a,b'],
  ['label exploded', 'label', true, ['a', 'b'], '.a.b'],
  ['matrix', 'matrix', false, ['a', 'b'], ';id=a,b'],
  ['matrix exploded', 'matrix', true, ['a', 'b'], ';id=a;id=b'],
  ['matrix object', 'matrix', false, { R: 100, G: 200 }, ';id=R,100,G,200'],
  ['matrix object exploded', 'matrix', true, { R: 100, G: 200 }, ';R=100;G=200'],
  ['matrix empty', 'matrix', false, '', ';id'],
  ['label object exploded', 'label', true, { R: 100, G: 200 }, '.R=100.G=200'],
  ['Swagger 2.0 pipes', 'pipeDelimited', false, ['a', 'b|c'], 'a|b%7Cc'],
  ['Swagger 2.0 ssv', 'spaceDelimited', false, ['a', 'b'], 'a%20b'],
  ['dots inside a value', 'simple', false, '...', '...'],
  ['unicode', 'simple', false, 'é😀', '%C3%A9%F0%9F%98%80'],
])('path %s', (_, style, explode, value, segment) => {
  expect(buildRequest(client, op([param('id', 'path', style, explode, true)]), { id: value }).url).toBe(`https://api.example.com/v1/items/${segment}`);
});

it('sends header and cookie parameters, leaves undefined out, uses defaults', () => {
  const parameters = [
    { ...idParam, required: false, default: '~' },
    param('X-Trace', 'header', 'simple', false),
    param('session id', 'cookie', 'form', true),
    param('unused', 'query', 'form', true),
  ];
  const built = buildRequest(client, op(parameters), { 'X-Trace': ['a', 'b'], 'session id': 'x;y', unused: undefined }, { 'x-call': '1' });
  expect(built.url).toBe('https://api.example.com/v1/items/~');
  expect(built.headers.get('x-trace')).toBe('a,b');
  expect(built.headers.get('cookie')).toBe('session%20id=x%3By');
  expect(built.headers.get('x-call')).toBe('1');
});

it.each([
  ['simple', 'a,b'],
  ['pipeDelimited', 'a|b'],
  ['spaceDelimited', 'a b'],
  ['tabDelimited', 'a\tb'],
] as const)("sends a header list of Swagger 2.0's collection format %s with its delimiter", (style, sent) => {
  const built = buildRequest(client, op([idParam, param('X-List', 'header', style, false)]), { id: 'x', 'X-List': ['a', 'b'] });
  expect(built.headers.get('x-list')).toBe(sent);
});

it('writes a parameter given by a media type whole in that type, wherever it goes', () => {
  const json = (name: string, where: ParameterDescriptor['in'], style: ParameterStyle) => ({ ...param(name, where, style, style === 'form'), contentType: 'application/json' });
  const parameters = [{ ...json('id', 'path', 'simple'), required: true }, json('filter', 'query', 'form'), json('X-Json', 'header', 'simple'), { ...json('t', 'query', 'form'), contentType: 'text/plain' }];
  const built = buildRequest(client, op(parameters), { id: [1, 2], filter: { a: 1, b: 'x y' }, 'X-Json': { a: 1n }, t: { a: 1 } });
  expect(built.url).toBe('https://api.example.com/v1/items/%5B1%2C2%5D?filter=%7B%22a%22%3A1%2C%22b%22%3A%22x%20y%22%7D&t=%7B%22a%22%3A1%7D');
  expect(built.headers.get('x-json')).toBe('{"a":"1"}');
});

it('sends a null header or cookie as empty, as a null query parameter is', () => {
  const built = buildRequest(client, op([idParam, param('X-N', 'header', 'simple', false), param('c', 'cookie', 'form', true)]), { id: 'x', 'X-N': null, c: null });
  expect(built.headers.get('x-n')).toBe('');
  expect(built.headers.get('cookie')).toBe('c=');
});

it.each(['.', '..'])('refuses a path value of %s, which would send the call to another path', (value) => {
  const parameters = [idParam, param('name', 'path', 'simple', false, true)];
  const files = { ...op(parameters), method: 'DELETE' as const, path: '/items/{id}/files/{name}' };
  expect(() => buildRequest(client, files, { id: value, name: 'a' })).toThrow(new TypeError(`op: a path parameter's value is \`${value}\`, which would send the call to another path`));
  expect(() => buildRequest(client, files, { id: 'a', name: value })).toThrow(TypeError);
  expect(buildRequest(client, { ...files, path: '/items/{id}.{name}' }, { id: '.', name: '.' }).url).toBe('https://api.example.com/v1/items/...');
});

it.each([
  [false, 'role,admin,first,Alex'],
  [true, 'role=admin,first=Alex'],
])('sends an object header, explode %s, as OpenAPI simple style writes it', (explode, sent) => {
  const built = buildRequest(client, op([idParam, param('X-Who', 'header', 'simple', explode)]), { id: 'x', 'X-Who': { role: 'admin', first: 'Alex' } });
  expect(built.headers.get('x-who')).toBe(sent);
});

it('throws a TypeError naming a missing required parameter or body', () => {
  expect(() => buildRequest(client, op([idParam]), {})).toThrow(new TypeError('op: missing required path parameter `id`'));
  expect(() => buildRequest(client, op([], { key: 'body', mediaType: 'application/json', required: true }), {})).toThrow('missing required request body `body`');
});

it('reads only own properties of params, so prototype names cannot leak in', () => {
  const parameters = [param('toString', 'query', 'form', true), param('__proto__', 'query', 'form', true)];
  expect(buildRequest(client, op(parameters), {}).url).toBe('https://api.example.com/v1/items/{id}');
});

it.each([
  ['application/json', { a: [1, 'x'] }, '{"a":[1,"x"]}', 'application/json'],
  ['application/x-www-form-urlencoded', { a: 'x y', b: 2, c: undefined }, 'a=x%20y&b=2', 'application/x-www-form-urlencoded'],
  ['text/plain', 'hello', 'hello', 'text/plain'],
  ['application/xml', { a: 1 }, '{"a":1}', 'application/xml'],
])('encodes a %s body', async (mediaType, value, text, contentType) => {
  const built = buildRequest(client, op([], { key: 'body', mediaType, required: true }), { body: value });
  expect(await new Response(built.body).text()).toBe(text);
  expect(built.headers.get('content-type')).toBe(contentType);
});

it.each<[string, string, Blob | Uint8Array, Record<string, string>, string]>([
  ["a file's own type where the spec names none in particular", 'application/octet-stream', new Blob(['PK'], { type: 'application/zip' }), {}, 'application/zip'],
  ['the type the caller gives', 'application/octet-stream', new Blob(['PK'], { type: 'application/zip' }), { 'Content-Type': 'application/x-tar' }, 'application/x-tar'],
  ["the spec's type where it names one", 'image/png', new Blob(['x'], { type: 'image/jpeg' }), {}, 'image/png'],
  ['octet-stream for bytes without a type', 'application/octet-stream', new Uint8Array([1, 2]), {}, 'application/octet-stream'],
])('sends a file body as %s', async (_, mediaType, file, headers, sent) => {
  const built = buildRequest(client, op([], { key: 'body', mediaType, required: true }), { body: file }, headers);
  expect(built.headers.get('content-type')).toBe(sent);
  expect((await new Response(built.body).arrayBuffer()).byteLength).toBe(file instanceof Blob ? file.size : file.byteLength);
});

it("sends a file with its own type though the client's headers name JSON for every call", () => {
  const jsonClient = createClient({ baseUrl: 'https://api.example.com/v1', headers: { 'Content-Type': 'application/json' } });
  const built = buildRequest(jsonClient, op([], { key: 'body', mediaType: 'application/octet-stream', required: true }), { body: new Blob(['PK'], { type: 'application/zip' }) });
  expect(built.headers.get('content-type')).toBe('application/zip');
});

it("sends an operation with its own server there, unless the client was given a baseUrl", () => {
  const upload = { ...op([]), path: '/assets', server: 'https://uploads.example.com' };
  expect(buildRequest(createClient({}), upload, {}).url).toBe('https://uploads.example.com/assets');
  expect(buildRequest(client, upload, {}).url).toBe('https://api.example.com/v1/assets');
});

it('asks for what the operation returns when that is not JSON, and for JSON otherwise; a caller header wins', () => {
  expect(buildRequest(client, op([]), {}).headers.get('accept')).toBe('application/json');
  expect(buildRequest(client, { ...op([]), accept: 'application/pdf, image/png' }, {}).headers.get('accept')).toBe('application/pdf, image/png');
  expect(buildRequest(client, { ...op([]), accept: 'application/pdf' }, {}, { accept: '*/*' }).headers.get('accept')).toBe('*/*');
});

describe('form fields that are lists or objects', () => {
  const fields = [
    { name: 'csv', style: 'form', explode: false },
    { name: 'pipes', style: 'pipeDelimited', explode: false },
    { name: 'deep', style: 'deepObject', explode: true },
  ] as const;
  const body = { tags: ['a b', 'c'], csv: ['a', 'b,c'], pipes: ['x', 'y'], deep: { role: 'admin', ids: [1, 2] }, flat: { p: 1, q: 2 }, none: null };
  const send = (mediaType: string) => buildRequest(client, op([], { key: 'body', mediaType, required: true, fields }), { body }).body;

  it('writes a URL-encoded body as OpenAPI writes a query: exploded unless a field says otherwise', () => {
    expect(send('application/x-www-form-urlencoded')).toBe('tags=a%20b&tags=c&csv=a,b%2Cc&pipes=x|y&deep[role]=admin&deep[ids][0]=1&deep[ids][1]=2&p=1&q=2&none=');
  });

  it('writes a URL-encoded field the spec gives a media type whole in that type (JSON in a form field)', () => {
    const typed = [{ name: 'meta', style: 'form', explode: true, contentType: 'application/json' }] as const;
    const built = buildRequest(client, op([], { key: 'body', mediaType: 'application/x-www-form-urlencoded', required: true, fields: typed }), { body: { meta: { a: 1, b: 'x' }, n: 'y' } });
    expect(built.body).toBe('meta=%7B%22a%22%3A1%2C%22b%22%3A%22x%22%7D&n=y');
  });

  it('sends a multipart list as a part per item, unless a field joins it; a deepObject field as a part per leaf', () => {
    const parts: [string, FormDataEntryValue][] = [];
    (send('multipart/form-data') as FormData).forEach((value, name) => parts.push([name, value]));
    expect(parts).toEqual([
      ['tags', 'a b'], ['tags', 'c'], ['csv', 'a,b,c'], ['pipes', 'x|y'], ['deep[role]', 'admin'], ['deep[ids][0]', '1'], ['deep[ids][1]', '2'], ['flat', '{"p":1,"q":2}'], ['none', ''],
    ]);
  });

  it('sends a field the spec gives a media type as a part of that type: JSON metadata beside a file', async () => {
    const typed = [{ name: 'meta', style: 'form', explode: true, contentType: 'application/json' }, { name: 'photo', style: 'form', explode: true, contentType: 'image/png' }] as const;
    const descriptor = op([], { key: 'body', mediaType: 'multipart/form-data', required: true, fields: typed });
    const form = buildRequest(client, descriptor, { body: { meta: { id: 1 }, photo: new Uint8Array([137]), note: 'hi' } }).body as FormData;
    const meta = form.get('meta') as Blob;
    expect([meta.type, await meta.text()]).toEqual(['application/json', '{"id":1}']);
    expect((form.get('photo') as Blob).type).toBe('image/png');
    expect(form.get('note')).toBe('hi');
  });

  it('sends several files under one name as a part each, whatever the field says', async () => {
    const descriptor = op([], { key: 'body', mediaType: 'multipart/form-data', required: true, fields: [{ name: 'files', style: 'form', explode: false }] });
    const form = buildRequest(client, descriptor, { body: { files: [new Blob(['one']), new Uint8Array([50])] } }).body as FormData;
    expect(await Promise.all(form.getAll('files').map((f) => (f as Blob).text()))).toEqual(['one', '2']);
  });
});

it('encodes a multipart body with files and leaves the boundary to fetch', async () => {
  const built = buildRequest(client, op([], { key: 'body', mediaType: 'multipart/form-data', required: true }), {
    body: { file: new Blob(['abc']), bytes: new Uint8Array([1, 2]), note: 'hi', meta: { a: 1 } },
  });
  expect(built.body).toBeInstanceOf(FormData);
  const form = built.body as FormData;
  expect(await (form.get('file') as Blob).text()).toBe('abc');
  expect(new Uint8Array(await (form.get('bytes') as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2]));
  expect(form.get('note')).toBe('hi');
  expect(form.get('meta')).toBe('{"a":1}');
  expect(built.headers.get('content-type')).toBeNull();
});

it('trims trailing slashes from the base URL', () => {
  expect(createClient({ baseUrl: 'http://x/' }).baseUrl).toBe('http://x');
});

it('sends the body as the media type the caller picks, else the default', async () => {
  const descriptor = op([], { key: 'body', mediaType: 'application/json', required: true, contentTypeKey: 'contentType' });
  const json = buildRequest(client, descriptor, { body: { a: 1 } });
  expect(json.headers.get('content-type')).toBe('application/json');
  expect(await new Response(json.body).text()).toBe('{"a":1}');
  const form = buildRequest(client, descriptor, { body: { a: 1 }, contentType: 'application/x-www-form-urlencoded' });
  expect(form.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  expect(await new Response(form.body).text()).toBe('a=1');
});

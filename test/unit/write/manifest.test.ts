// The manifest: printed one entry per line, read back as it was written, and read defensively,
// since it is a file users (and merge conflicts) can edit.

import { manifestFile, nameLock, parseManifest, type Provenance } from '../../../generator/write/manifest';
import type { ApiSurface } from '../../../generator/emit/apiSurface';

const provenance: Provenance = { version: '1.2.3', build: 'sha256-ef', spec: { source: 'spec/a.yaml', sha256: 'ab12' }, options: 'sha256-cd' };
const api: ApiSurface = {
  operations: { 'GET /pets': { name: 'listPets', params: 'ListPetsParams', response: 'ListPetsResponse', responses: 'ListPetsResponses', parameters: { limit: { in: 'query', name: 'limit', required: false }, body: { in: 'body', required: true } }, errorCodes: ['E-1'] } },
  schemas: {
    '#/components/schemas/Pet': { types: { read: 'Pet', write: 'PetInput' }, usage: 'both' },
    '#/components/schemas/S': { types: { both: 'S' }, usage: 'both', members: [['a-b', 'AB'], [1, '_1'], [null, 'Null']] },
  },
};

it('round-trips, with each file, operation and schema on a line of its own', () => {
  const file = manifestFile([{ path: 'b.ts', content: 'b' }, { path: 'a.ts', content: 'a' }], provenance, api);
  expect(file.content.split('\n').filter((l) => l.includes('"GET /pets"') || l.includes('"#/components/schemas/Pet"'))).toHaveLength(2);
  expect(file.content.indexOf('"a.ts"')).toBeLessThan(file.content.indexOf('"b.ts"'));
  const parsed = parseManifest(file.content);
  expect(parsed).toMatchObject({ ...provenance, api });
  expect(nameLock(parsed)).toEqual({ operations: { 'GET /pets': 'listPets' }, schemas: { '#/components/schemas/Pet': 'Pet', '#/components/schemas/S': 'S' }, parameters: { 'GET /pets': { 'query limit': 'limit' } }, enumMembers: { '#/components/schemas/S': [['a-b', 'AB'], [1, '_1'], [null, 'Null']] } });
});

it.each([
  ['not JSON', '{'],
  ['not ours', '{"generator":"other","files":{}}'],
  ['without files', '{"generator":"specwright"}'],
])('is no manifest when %s', (_, text) => {
  expect(parseManifest(text)).toBeNull();
});

it('drops entries of the wrong shape instead of trusting them', () => {
  const text = JSON.stringify({
    generator: 'specwright',
    files: { 'a.ts': 'sha256-1', 'b.ts': 7 },
    api: {
      operations: { 'GET /a': { name: 'a' }, 'GET /b': { name: 'b', params: 'B', response: 'C', responses: 'D', parameters: { x: { in: 'query', required: 'yes' } }, errorCodes: [] }, __proto__: 1 },
      schemas: { '#/x': { types: { read: 'X', evil: 'Y' }, usage: 'both', members: [['a', 'A'], ['b'], [{}, 'C'], [1, 2], 'x'] }, '#/y': { types: { read: 'Y' }, usage: 'everywhere' } },
    },
  });
  const parsed = parseManifest(text)!;
  expect(parsed.files).toEqual({ 'a.ts': 'sha256-1' });
  expect(parsed.api.operations).toEqual({ 'GET /b': { name: 'b', params: 'B', response: 'C', responses: 'D', parameters: {}, errorCodes: [] } });
  expect(parsed.api.schemas).toEqual({ '#/x': { types: { read: 'X' }, usage: 'both', members: [['a', 'A']] } });
  expect(parsed.version).toBe('');
});

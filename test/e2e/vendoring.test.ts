// The vendoring workflow end to end in a temporary git repository: generate v1 and commit it; the
// spec moves to v2, inserting a schema and an operation whose names collide with v1's exports; CI's
// `check` fails with the additions; regenerating keeps every v1 export's name; `check` passes again.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';

const V1 = `openapi: 3.0.3
info: { title: Pets, version: '1' }
paths:
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }, { name: trace, in: header, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
components:
  schemas:
    Pet:
      type: object
      properties:
        status: { type: string, enum: [available, sold] }
    PetInput:
      type: object
      properties:
        legacy: { type: string }
`;

/**
 * v2 adds a declared schema named like v1's hoisted \`PetStatus\`, a \`getPet\` whose path sorts
 * first, a query \`trace\` (which outranks the header \`trace\` for the key \`trace\`), and a readOnly
 * field to Pet (whose new request view is named like v1's declared \`PetInput\`), and an enum value
 * inserted before one whose member name it would take (\`SOLD\` before \`sold\`).
 */
const V2 = V1.replace(
  'paths:\n',
  `paths:
  /archive/pets/{id}:
    get:
      operationId: getPet
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '200': { description: ok } }
`,
)
  .replace(
    'components:\n  schemas:\n',
    'components:\n  schemas:\n    PetStatus: { type: string, enum: [new, old] }\n',
  )
  .replace('{ name: trace, in: header', '{ name: trace, in: query, schema: { type: string } }, { name: trace, in: header')
  .replace('      properties:\n        status:', '      properties:\n        id: { type: string, readOnly: true }\n        status:')
  .replace('enum: [available, sold]', 'enum: [available, SOLD, sold]');

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });
const exportsOf = (file: string) => [...readFileSync(join(repo, 'client', file), 'utf8').matchAll(/^export (?:async )?(?:interface|type|const|function) (\w+)/gm)].map((m) => m[1]!);

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'specwright-vendor-'));
  git('init', '--quiet');
  writeFileSync(join(repo, 'specwright.config.json'), JSON.stringify({ specs: [{ input: 'pets.yaml', output: 'client' }] }));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

it('v1 → v2: check reports the additions, and regenerating renames no v1 export', async () => {
  writeFileSync(join(repo, 'pets.yaml'), V1);
  expect((await runCli(['generate', '--quiet'], repo)).code).toBe(0);
  git('add', '.');
  git('commit', '--quiet', '-m', 'v1');
  expect((await runCli(['check'], repo)).code).toBe(0);
  const v1Exports = { types: exportsOf('types.ts'), operations: exportsOf('operations.ts') };
  expect(v1Exports.types).toContain('PetStatus');
  expect(v1Exports.operations).toContain('getPet');

  writeFileSync(join(repo, 'pets.yaml'), V2);
  const check = await runCli(['check'], repo);
  expect(check.code).toBe(3);
  expect(check.stdout).toContain('API changes for callers: 3 breaking, 6 compatible'); // the new status value widens what callers receive
  expect(check.stdout).toMatch(/compatible {2}getPet2 +GET \/archive\/pets\/\{id\} added/);
  expect(check.stdout).toMatch(/compatible {2}PetStatus2 +type added/);
  expect(check.stdout).toMatch(/compatible {2}getPet +query parameter "traceQuery" added/);

  expect((await runCli(['generate', '--quiet'], repo)).code).toBe(0);
  expect(exportsOf('types.ts')).toEqual(expect.arrayContaining(v1Exports.types));
  expect(exportsOf('operations.ts')).toEqual(expect.arrayContaining(v1Exports.operations));
  // No v1 declaration line is removed or changed (but the status union, which v2 widened); only lists of names (imports, re-exports) grow.
  const removed = git('diff', '-U0', '--', 'client/*.ts').split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
  expect(removed.filter((l) => !l.startsWith('-import ') && !/^-export \{ [\w, ]+ \} from '[^']+';$/.test(l))).toEqual(["-export type PetStatus = 'available' | 'sold';"]);
  expect(readFileSync(join(repo, 'client/types.ts'), 'utf8')).toContain("export type PetStatus2 = 'new' | 'old';");
  expect(readFileSync(join(repo, 'client/types.ts'), 'utf8')).toMatch(/export interface PetInput \{\n {2}legacy\?: string;\n\}/);
  expect(readFileSync(join(repo, 'client/operations.ts'), 'utf8')).toContain("{ key: 'trace', name: 'trace', in: 'header'");
  expect(readFileSync(join(repo, 'client/types.ts'), 'utf8')).toMatch(/export const PetStatus = \{\n {2}Available: 'available',\n {2}Sold2: 'SOLD',\n {2}Sold: 'sold',\n\}/);
  expect((await runCli(['check'], repo)).code).toBe(0);
  git('add', '.');
  git('commit', '--quiet', '-m', 'v2');
  expect(git('status', '--porcelain')).toBe('');
});

it('without the manifest, the same v2 would rename v1 exports: the lock is what keeps them', async () => {
  writeFileSync(join(repo, 'pets.yaml'), V2);
  expect((await runCli(['generate', '--quiet'], repo)).code).toBe(0);
  expect(readFileSync(join(repo, 'client/types.ts'), 'utf8')).toContain("export type PetStatus = 'new' | 'old';");
  expect(exportsOf('operations.ts')).toContain('getPet2');
  const descriptor = readFileSync(join(repo, 'client/operations.ts'), 'utf8');
  expect(descriptor).toMatch(/export const getPet2Operation: [^\n]* = \{\n {2}operationId: 'getPet',\n {2}method: 'GET',\n {2}path: '\/pets\/\{id\}'/);
});

it('after a run cut short between its two renames, the next run restores the output first and keeps its names', async () => {
  writeFileSync(join(repo, 'pets.yaml'), V1);
  expect((await runCli(['generate', '--quiet'], repo)).code).toBe(0);
  // What a kill between the swap's renames leaves: the previous output only as its backup.
  renameSync(join(repo, 'client'), join(repo, 'client.specwright-old-1073741824'));
  writeFileSync(join(repo, 'pets.yaml'), V2);
  expect((await runCli(['generate', '--quiet'], repo)).code).toBe(0);
  expect(readFileSync(join(repo, 'client/types.ts'), 'utf8')).toContain("export type PetStatus2 = 'new' | 'old';");
  expect(exportsOf('operations.ts')).toEqual(expect.arrayContaining(['getPet', 'getPet2']));
  expect(readFileSync(join(repo, 'client/operations.ts'), 'utf8')).toMatch(/export const getPetOperation: [^\n]* = \{\n {2}operationId: 'getPet',\n {2}method: 'GET',\n {2}path: '\/pets\/\{id\}'/);
});

// --watch in-process: a temp copy of a spec, edited while watched, regenerates with one summary
// per burst of edits; a broken edit reports its error and the watch goes on.

import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../../generator/diagnostics';
import { generate, type GenerateResult } from '../../../generator/generate';
import { watchCommand, type WatchCommandOptions } from '../../../generator/watch/watchCommand';
import { watchSummary } from '../../../generator/watch/watchSummary';

// Edits change the summary: a changed operationId would keep its old function name (names are locked).
const SPEC = (summary: string) => `openapi: 3.0.3
info: { title: Pets, version: '1' }
paths:
  /pets:
    get:
      operationId: listPets
      summary: ${summary}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: './common.yaml#/Pet' }
`;
const COMMON = (field: string) => `Pet:\n  type: object\n  properties:\n    ${field}: { type: string }\n`;

let dir: string;
let lines: string[];
let runs: number;
let controller: AbortController;
let watching: Promise<number>;

function start(quiet = false): void {
  const generateAll: WatchCommandOptions['generateAll'] = async (onOutcome) => {
    runs++;
    const result = await generate({
      input: join(dir, 'pets.yaml'),
      output: join(dir, 'out'),
      check: false,
      strict: false,
      model: { parameterDefaults: {} },
      emit: { generatorVersion: '0.0.0', source: 'pets.yaml', command: 'test' },
    });
    onOutcome({ input: 'pets.yaml', output: 'out', inputPath: join(dir, 'pets.yaml'), templates: undefined }, result);
    return result.refused ? 1 : 0;
  };
  watching = watchCommand({ generateAll, configFile: null, signal: controller.signal, print: (l) => lines.push(l), quiet });
}

/** Waits until `count` lines have been printed, then a little more to see that no other run follows. */
async function linesSettle(count: number): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  while (lines.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 500));
  return lines;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-watch-'));
  writeFileSync(join(dir, 'pets.yaml'), SPEC('List the pets'));
  writeFileSync(join(dir, 'common.yaml'), COMMON('name'));
  lines = [];
  runs = 0;
  controller = new AbortController();
});

afterEach(async () => {
  controller.abort();
  await watching;
  rmSync(dir, { recursive: true, force: true });
});

const SUMMARY = /^\[\d\d:\d\d:\d\d\] pets\.yaml → out: (\d+) written, (\d+) unchanged \(\d+\.\d s\)$/;

it('generates, then regenerates once per edit of the spec or a file it refers to, and stops on abort', async () => {
  start();
  await linesSettle(2);
  expect(lines[0]).toMatch(SUMMARY);
  expect(lines[1]).toMatch(/^watching .*pets\.yaml, .*common\.yaml \(Ctrl-C stops\)$/);
  writeFileSync(join(dir, 'pets.yaml'), SPEC('findPets'));
  await linesSettle(3);
  expect(lines[2]).toMatch(SUMMARY);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain('findPets');
  writeFileSync(join(dir, 'common.yaml'), COMMON('nickname'));
  await linesSettle(4);
  expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toContain('nickname');
  // A file beside the spec that it does not refer to starts nothing.
  writeFileSync(join(dir, 'notes.txt'), 'x');
  await sleep(600);
  expect(runs).toBe(3);
  expect(lines).toHaveLength(4);
  controller.abort();
  await expect(watching).resolves.toBe(0);
});

it('runs once for a burst of writes and an editor-style save by rename', async () => {
  start();
  await linesSettle(2);
  for (let i = 0; i < 5; i++) {
    writeFileSync(join(dir, 'pets.yaml'), SPEC(`burst${i}`));
    await sleep(30);
  }
  writeFileSync(join(dir, '.pets.yaml.swp'), SPEC('renamedIn'));
  renameSync(join(dir, '.pets.yaml.swp'), join(dir, 'pets.yaml'));
  await linesSettle(3);
  expect(lines).toHaveLength(3);
  expect(runs).toBe(2);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain('renamedIn');
  // The watch follows the new file, not the one the rename replaced.
  writeFileSync(join(dir, 'pets.yaml'), SPEC('afterRename'));
  await linesSettle(4);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain('afterRename');
});

it('reports a broken edit, keeps the previous output, and regenerates at the next good edit', async () => {
  start();
  await linesSettle(2);
  writeFileSync(join(dir, 'pets.yaml'), 'openapi: 3.0.3\npaths: [\n');
  await linesSettle(3);
  expect(lines[2]).toMatch(/^\[\d\d:\d\d:\d\d\] pets\.yaml: 1 error, nothing written \(\d+\.\d s\)$/);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain('List the pets');
  writeFileSync(join(dir, 'pets.yaml'), SPEC('fixedPets'));
  await linesSettle(4);
  expect(lines[3]).toMatch(SUMMARY);
  expect(readFileSync(join(dir, 'out/operations.ts'), 'utf8')).toContain('fixedPets');
});

it('prints only failed runs when quiet', async () => {
  start(true);
  await linesSettle(0);
  expect(existsSync(join(dir, 'out/operations.ts'))).toBe(true);
  writeFileSync(join(dir, 'pets.yaml'), 'not: a spec\n');
  await linesSettle(1);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('nothing written');
});

it('sums several specs into one line and names each refusal', () => {
  const warning = { code: 'X', severity: 'warning', message: 'm', pointer: '#' } as unknown as Diagnostic;
  const ok: GenerateResult = { diagnostics: [], refused: false, files: [], written: { written: ['a.ts'], unchanged: ['b.ts', 'c.ts'], removed: [], overwritten: [] }, check: null };
  const warned: GenerateResult = { ...ok, diagnostics: [warning] };
  const refused: GenerateResult = { diagnostics: [warning], refused: true, files: [], written: null, check: null };
  expect(watchSummary([{ input: 'a.yaml', output: 'gen/a', result: ok }, { input: 'b.yaml', output: 'gen/b', result: warned }, { input: 'c.yaml', output: 'gen/c', result: refused }], true)).toBe(
    '3 specs: 2 written, 4 unchanged, 1 warning; c.yaml: 1 warning under --strict, nothing written',
  );
  expect(watchSummary([], true)).toBe('failed, nothing generated: see the errors above');
});

it('watches the config too, and after a broken config, the specs it named before', async () => {
  const config = join(dir, 'specwright.config.json');
  writeFileSync(config, '{}');
  const generateAll: WatchCommandOptions['generateAll'] = async (onOutcome) => {
    runs++;
    if (readFileSync(config, 'utf8') === 'broken') return 1;
    const ok: GenerateResult = { diagnostics: [], refused: false, files: [], written: { written: [], unchanged: ['a.ts'], removed: [], overwritten: [] }, check: null };
    onOutcome({ input: 'pets.yaml', output: 'out', inputPath: join(dir, 'pets.yaml'), templates: undefined }, ok);
    return 0;
  };
  watching = watchCommand({ generateAll, configFile: config, signal: controller.signal, print: (l) => lines.push(l), quiet: false });
  await linesSettle(2);
  expect(lines[1]).toMatch(/^watching .*specwright\.config\.json, .*pets\.yaml, .*common\.yaml/);
  writeFileSync(config, 'broken');
  await linesSettle(3);
  expect(lines[2]).toMatch(/\] failed, nothing generated: see the errors above \(/);
  writeFileSync(join(dir, 'pets.yaml'), SPEC('still watched'));
  await linesSettle(4);
  expect(runs).toBe(3);
});

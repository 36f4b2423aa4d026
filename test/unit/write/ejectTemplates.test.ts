// templates eject: every built-in template and the view-model documentation, copied byte for byte;
// nothing overwritten unless forced, nothing half-written; and the copies, used unchanged as a
// user's templates, generate exactly what the built-in ones do.

import fs = require('node:fs');
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ejectedFiles, ejectSummary, ejectTemplates } from '../../../generator/write/ejectTemplates';
import { emitFiles } from '../../../generator/emit/emitFiles';
import { BUILTIN_TEMPLATE_DIR, TEMPLATE_NAMES } from '../../../generator/emit/templates';
import { configuredSpecs } from '../../helpers/configuredSpecs';

const ALL = [...TEMPLATE_NAMES.map((name) => `${name}.hbs`), 'README.md'];

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'specwright-eject-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

it('copies every template and README.md byte for byte into a new folder, and says how to use it', () => {
  const dir = join(root, 'a/b');
  const result = ejectTemplates({ output: dir, force: false });
  expect(result).toEqual({ diagnostics: [], written: ALL, unchanged: [] });
  expect(readdirSync(dir).sort()).toEqual([...ALL].sort());
  for (const name of ALL) expect(readFileSync(join(dir, name)).equals(readFileSync(join(BUILTIN_TEMPLATE_DIR, name)))).toBe(true);
  const summary = ejectSummary('my templates', result);
  expect(summary).toContain(`my templates: ${ALL.length} written`);
  expect(summary).toContain("npx specwright generate --templates 'my templates'");
  expect(summary).toContain('"templates": "my templates"');
});

it('leaves files that are already the same alone, and needs no --force for them', () => {
  ejectTemplates({ output: root, force: false });
  expect(ejectTemplates({ output: root, force: false })).toEqual({ diagnostics: [], written: [], unchanged: ALL });
});

it('refuses to overwrite files that differ, naming them and writing nothing, unless forced', () => {
  writeFileSync(join(root, 'operation.hbs'), 'mine');
  writeFileSync(join(root, 'README.md'), 'my notes');
  const refused = ejectTemplates({ output: root, force: false });
  expect(refused.diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
    ['TEMPLATES_EJECT_CONFLICT', root, 'would overwrite files that differ from the built-in ones: operation.hbs, README.md; nothing written'],
  ]);
  expect(readdirSync(root).sort()).toEqual(['README.md', 'operation.hbs']);
  expect(readFileSync(join(root, 'operation.hbs'), 'utf8')).toBe('mine');

  const forced = ejectTemplates({ output: root, force: true });
  expect(forced.diagnostics).toEqual([]);
  expect(readFileSync(join(root, 'operation.hbs'), 'utf8')).toBe(readFileSync(join(BUILTIN_TEMPLATE_DIR, 'operation.hbs'), 'utf8'));
});

it.each([
  ['the output is a file', (dir: string) => writeFileSync(dir, ''), 'OUTPUT_NOT_A_FOLDER'],
  ['a folder sits where a template goes', (dir: string) => mkdirSync(join(dir, 'banner.hbs'), { recursive: true }), 'TEMPLATES_EJECT_FAILED'],
])('refuses when %s, even with --force', (_, arrange, code) => {
  const dir = join(root, 'out');
  arrange(dir);
  const result = ejectTemplates({ output: dir, force: true });
  expect(result.diagnostics.map((d) => d.code)).toEqual([code]);
  expect(result.written).toEqual([]);
});

it('leaves nothing behind when a write fails half-way', () => {
  const write = fs.writeFileSync;
  let calls = 0;
  jest.spyOn(fs, 'writeFileSync').mockImplementation((...args: Parameters<typeof write>) => {
    calls += 1;
    if (calls === 3) throw new Error('ENOSPC: no space left on device');
    return write(...args);
  });
  const kept = join(root, 'kept');
  mkdirSync(kept);
  writeFileSync(join(kept, 'notes.txt'), 'mine');
  for (const dir of [join(root, 'new/nested'), kept]) {
    calls = 0;
    const result = ejectTemplates({ output: dir, force: false });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['cannot write the templates: ENOSPC: no space left on device; nothing written']);
  }
  expect(existsSync(join(root, 'new'))).toBe(false);
  expect(readdirSync(kept)).toEqual(['notes.txt']);
});

it('lists the files it ejects in a fixed order: the templates, then their documentation', () => {
  expect(ejectedFiles().map((f) => f.name)).toEqual(ALL);
});

it('gives, used unchanged as --templates, the same bytes as the built-in templates for every configured spec', async () => {
  ejectTemplates({ output: root, force: false });
  for (const spec of await configuredSpecs()) {
    const ours = emitFiles(spec.model, spec.emit);
    const theirs = emitFiles(spec.model, { ...spec.emit, templatesDir: root });
    expect(theirs.map((f) => f.path)).toEqual(ours.map((f) => f.path));
    for (const [i, file] of ours.entries()) expect([spec.output, file.path, theirs[i]!.content]).toEqual([spec.output, file.path, file.content]);
  }
});

// The identity of a specwright build that manifests record: the same for the same sources on any
// machine and in any checkout, and another whenever what shapes the output changes.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generatorBuild } from '../../generator/generatorBuild';

const ROOT = resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generatorBuild: buildOf } = require('../../bin/generatorBuild.js') as { generatorBuild(root: string): string };

let copy: string;
beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'specwright-build-'));
  for (const entry of ['generator', 'templates', 'package.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

const edit = (path: string, change: (text: string) => string) => writeFileSync(join(copy, path), change(readFileSync(join(copy, path), 'utf8')));

it('is the running build: the sources, whatever folder they are in', () => {
  expect(generatorBuild()).toMatch(/^sha256-[0-9a-f]{64}$/);
  expect(buildOf(copy)).toBe(generatorBuild());
});

it('is the same for a checkout with CRLF line endings (git autocrlf on Windows)', () => {
  for (const name of readdirSync(join(copy, 'templates'))) edit(`templates/${name}`, (s) => s.replace(/\n/g, '\r\n'));
  edit('generator/generate.ts', (s) => s.replace(/\n/g, '\r\n'));
  expect(buildOf(copy)).toBe(generatorBuild());
});

it.each([
  ['a source', 'generator/emit/escape.ts'],
  ['a built-in template', 'templates/runtime.ts.hbs'],
])('is another when %s changes, though the version does not', (_, path) => {
  edit(path, (s) => `${s}\n`);
  expect(buildOf(copy)).not.toBe(generatorBuild());
});

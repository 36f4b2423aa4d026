// The built-in templates' cache: compiled once into a CommonJS file, read back on later runs, and
// rendering exactly what Handlebars' compiler renders; without a usable cache the caller compiles.

import { chmodSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { compileOptions, precompiledTemplates } from '../../../generator/emit/precompiledTemplates';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-template-cache-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const sources = new Map([
  ['list', '{{#each items}}- {{name}}{{#if @last}}.{{else}},{{/if}}\n{{/each}}'],
  ['raw', 'const a = "{{value}}"; // {{{value}}}'],
]);
const view = { items: [{ name: '<a>' }, { name: 'b & c' }], value: '"quoted" <tag>' };

it('renders what the compiler renders, from a file written on first use and read after', () => {
  const first = precompiledTemplates(sources, dir)!;
  const written = readdirSync(dir);
  expect(written).toEqual([expect.stringMatching(/^templates-[0-9a-f]{16}\.cjs$/)]);
  const second = precompiledTemplates(sources, dir)!;
  expect(readdirSync(dir)).toEqual(written);
  for (const [name, source] of sources) {
    const expected = Handlebars.compile(source, compileOptions())(view);
    expect(first.get(name)!(view)).toBe(expected);
    expect(second.get(name)!(view)).toBe(expected);
  }
});

it('keeps strict mode: a missing value throws', () => {
  expect(() => precompiledTemplates(sources, dir)!.get('raw')!({})).toThrow(/"value" not defined/);
});

it('replaces the file of other sources, and only its own kind of file', () => {
  writeFileSync(join(dir, 'cli-0123.cjs'), '');
  precompiledTemplates(sources, dir);
  const [before] = readdirSync(dir).filter((f) => f.startsWith('templates-'));
  precompiledTemplates(new Map([['list', 'changed']]), dir);
  const after = readdirSync(dir);
  expect(after).toContain('cli-0123.cjs');
  expect(after.filter((f) => f.startsWith('templates-'))).toEqual([expect.not.stringMatching(before!)]);
});

it('gives null when the cache cannot be written, or holds a broken file', () => {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o500);
    expect(precompiledTemplates(sources, join(dir, 'sub'))).toBeNull();
    chmodSync(dir, 0o700);
  }
  precompiledTemplates(sources, dir);
  const [file] = readdirSync(dir);
  writeFileSync(join(dir, file!), 'module.exports = {');
  // Jest keeps a module's code by path and mtime in milliseconds, which both writes can share.
  utimesSync(join(dir, file!), new Date(0), new Date(0));
  jest.resetModules();
  expect(precompiledTemplates(sources, dir)).toBeNull();
});

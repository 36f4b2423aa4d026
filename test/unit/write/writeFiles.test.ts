// The write stage: owned files only, nothing half-written, nothing outside the output folder.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestFile, MANIFEST_NAME } from '../../../generator/write/manifest';
import { safeJoin } from '../../../generator/write/safePath';
import { writeFiles } from '../../../generator/write/writeFiles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = (entries: Record<string, string>) => {
  const list = Object.entries(entries).map(([path, content]) => ({ path, content }));
  return [...list, manifestFile(list, '1.0.0')];
};

it('writes new files, skips unchanged ones, removes only files its manifest owned', async () => {
  const out = join(dir, 'out');
  expect(await writeFiles(files({ 'a.ts': 'a\n', 'sub/b.ts': 'b\n' }), out)).toEqual({ written: ['a.ts', 'sub/b.ts', MANIFEST_NAME], unchanged: [], removed: [] });
  writeFileSync(join(out, 'mine.ts'), 'user file\n');
  expect(await writeFiles(files({ 'a.ts': 'a2\n' }), out)).toEqual({ written: ['a.ts', MANIFEST_NAME], unchanged: [], removed: ['sub/b.ts'] });
  expect(readdirSync(out).sort()).toEqual(['a.ts', 'mine.ts', MANIFEST_NAME, 'sub']);
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('a2\n');
  expect(await writeFiles(files({ 'a.ts': 'a2\n' }), out)).toEqual({ written: [], unchanged: ['a.ts', MANIFEST_NAME], removed: [] });
});

it('leaves the previous output whole when a target path is blocked by a folder', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'old a\n' }), out);
  mkdirSync(join(out, 'b.ts.specwright-tmp-' + process.pid), { recursive: true });
  await expect(writeFiles(files({ 'a.ts': 'new a\n', 'b.ts': 'b\n' }), out)).rejects.toThrow();
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('old a\n');
  expect(existsSync(join(out, 'a.ts.specwright-tmp-' + process.pid))).toBe(false);
});

it.each(['../escape.ts', '/etc/passwd', 'a/../../x', ''])('refuses to write outside the folder: %j', (path) => {
  expect(() => safeJoin(dir, path)).toThrow('refusing to write outside the output folder');
});

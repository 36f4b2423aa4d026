// The write stage: owned files only, nothing half-written, nothing outside the output folder.

import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, renameSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmittedFile } from '../../../generator/emit/emitFiles';
import { manifestFile, MANIFEST_NAME } from '../../../generator/write/manifest';
import { safeJoin } from '../../../generator/write/safePath';
import { writeFiles } from '../../../generator/write/writeFiles';

// The module object itself, whose functions a test can replace (an import's namespace is frozen).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsPromises = require('node:fs/promises') as typeof import('node:fs/promises');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = (entries: Record<string, string>) => {
  const list = Object.entries(entries).map(([path, content]) => ({ path, content }));
  const provenance = { version: '1.0.0', build: 'sha256-ef', spec: { source: 'spec.yaml', sha256: 'ab' }, options: 'sha256-cd' };
  return [...list, manifestFile(list, provenance, { operations: {}, schemas: {} })];
};

it('writes new files, skips unchanged ones, removes only files its manifest owned', async () => {
  const out = join(dir, 'out');
  expect(await writeFiles(files({ 'a.ts': 'a\n', 'sub/b.ts': 'b\n' }), out)).toEqual({ written: ['a.ts', 'sub/b.ts', MANIFEST_NAME], unchanged: [], removed: [], overwritten: [] });
  writeFileSync(join(out, 'mine.ts'), 'user file\n');
  expect(await writeFiles(files({ 'a.ts': 'a2\n' }), out)).toEqual({ written: ['a.ts', MANIFEST_NAME], unchanged: [], removed: ['sub/b.ts'], overwritten: [] });
  expect(readdirSync(out).sort()).toEqual(['a.ts', 'mine.ts', MANIFEST_NAME]);
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('a2\n');
  expect(await writeFiles(files({ 'a.ts': 'a2\n' }), out)).toEqual({ written: [], unchanged: ['a.ts', MANIFEST_NAME], removed: [], overwritten: [] });
});

it('reports files edited by hand that it replaces or removes, in place or by swapping the folder', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n', 'b.ts': 'b\n', 'c.ts': 'c\n' }), out);
  writeFileSync(join(out, 'a.ts'), 'a edited\n');
  writeFileSync(join(out, 'c.ts'), 'c edited\n');
  expect((await writeFiles(files({ 'a.ts': 'a\n', 'b.ts': 'b2\n' }), out)).overwritten).toEqual(['a.ts', 'c.ts']);
  writeFileSync(join(out, 'b.ts'), 'b edited\n');
  const previous = process.cwd();
  process.chdir(out);
  try {
    expect((await writeFiles(files({ 'a.ts': 'a\n', 'b.ts': 'b3\n' }), out)).overwritten).toEqual(['b.ts']);
  } finally {
    process.chdir(previous);
  }
});

it('leaves the previous output whole when writing fails, with no stage left behind', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'old a\n' }), out);
  await expect(writeFiles(files({ 'a.ts': 'new a\n', '../escape.ts': 'x\n' }), out)).rejects.toThrow('outside the output folder');
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('old a\n');
  expect(readdirSync(dir)).toEqual(['out']);
});

/** What a file watcher or an mtime-based build sees of a path. */
const identity = (path: string) => {
  const info = statSync(path);
  return { ino: info.ino, mtimeMs: info.mtimeMs };
};

it('touches nothing when nothing changed: the folder and every file keep their inode and mtime', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n', 'sub/b.ts': 'b\n' }), out);
  const paths = [out, join(out, 'a.ts'), join(out, 'sub/b.ts'), join(out, MANIFEST_NAME)];
  const before = paths.map(identity);
  await new Promise((r) => setTimeout(r, 20)); // a rewrite would show in mtimes
  expect(await writeFiles(files({ 'a.ts': 'a\n', 'sub/b.ts': 'b\n' }), out)).toEqual({ written: [], unchanged: ['a.ts', 'sub/b.ts', MANIFEST_NAME], removed: [], overwritten: [] });
  expect(paths.map(identity)).toEqual(before);
  expect(readdirSync(dir)).toEqual(['out']);
});

it('keeps the inode and mtime of the files that did not change, and of the files the user added, when others did', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n', 'sub/b.ts': 'b\n' }), out);
  writeFileSync(join(out, 'NOTES.md'), 'mine\n');
  const kept = [join(out, 'sub/b.ts'), join(out, 'NOTES.md')];
  const before = kept.map(identity);
  const a = identity(join(out, 'a.ts'));
  await new Promise((r) => setTimeout(r, 20));
  expect((await writeFiles(files({ 'a.ts': 'a2\n', 'sub/b.ts': 'b\n' }), out)).written).toEqual(['a.ts', MANIFEST_NAME]);
  expect(kept.map(identity)).toEqual(before);
  expect(identity(join(out, 'a.ts'))).not.toEqual(a);
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('a2\n');
});

it('copies, keeping mtimes, the files it cannot link (a file system without hard links)', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n', 'b.ts': 'b\n' }), out);
  writeFileSync(join(out, 'NOTES.md'), 'mine\n');
  const mtimes = () => ['b.ts', 'NOTES.md'].map((f) => statSync(join(out, f)).mtimeMs);
  const before = mtimes();
  const link = jest.spyOn(fsPromises, 'link').mockRejectedValue(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }));
  try {
    await writeFiles(files({ 'a.ts': 'a2\n', 'b.ts': 'b\n' }), out);
    expect(link).toHaveBeenCalled();
  } finally {
    link.mockRestore();
  }
  // utimes sets times as seconds in a double: to the microsecond.
  expect(mtimes()).toEqual(before.map((t) => expect.closeTo(t, 2)));
  expect(['a.ts', 'b.ts', 'NOTES.md'].map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(['a2\n', 'b\n', 'mine\n']);
});

const refusal = (code: string) => Object.assign(new Error(`${code}: refused`), { code });

it.each(['EBUSY', 'EXDEV', 'EPERM'])('replaces the files in place when the folder cannot be renamed (%s: a mount point), and says why', async (code) => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n', 'b.ts': 'b\n', 'gone.ts': 'x\n' }), out);
  writeFileSync(join(out, 'NOTES.md'), 'mine\n');
  const folder = statSync(out).ino;
  const b = identity(join(out, 'b.ts'));
  const realRename = fsPromises.rename;
  const rename = jest.spyOn(fsPromises, 'rename').mockImplementation((from, to) => (from === out ? Promise.reject(refusal(code)) : realRename(from, to)));
  const reasons: string[] = [];
  try {
    const result = await writeFiles(files({ 'a.ts': 'a2\n', 'b.ts': 'b\n' }), out, { onInPlace: (reason) => reasons.push(reason) });
    expect(result).toEqual({ written: ['a.ts', MANIFEST_NAME], unchanged: ['b.ts'], removed: ['gone.ts'], overwritten: [] });
  } finally {
    rename.mockRestore();
  }
  expect(reasons).toEqual([`the folder cannot be renamed (${code})`]);
  expect(statSync(out).ino).toBe(folder);
  expect(identity(join(out, 'b.ts'))).toEqual(b);
  expect(readdirSync(out).sort()).toEqual(['NOTES.md', 'a.ts', 'b.ts', MANIFEST_NAME]);
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('a2\n');
  expect(readdirSync(dir)).toEqual(['out']);
});

it('writes a folder that is a mount point in place without trying to stage it', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n' }), out);
  const realStat = fsPromises.stat;
  // A mount point: the folder is on another device than its parent.
  const stat = jest.spyOn(fsPromises, 'stat').mockImplementation(async (path, opts) => {
    const info = await realStat(path, opts as never);
    return path === out ? Object.assign(info, { dev: Number(info.dev) + 1 }) : info;
  });
  const mkdir = jest.spyOn(fsPromises, 'mkdir');
  const reasons: string[] = [];
  try {
    await writeFiles(files({ 'a.ts': 'a2\n' }), out, { onInPlace: (reason) => reasons.push(reason) });
    expect(mkdir.mock.calls.filter(([path]) => String(path).includes('specwright-new'))).toEqual([]);
  } finally {
    stat.mockRestore();
    mkdir.mockRestore();
  }
  expect(reasons).toEqual(['it is a mount point']);
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('a2\n');
});

it('writes in place, locking inside the folder, when only the folder and not its parent may be written', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n' }), out);
  const [realOpen, realMkdir] = [fsPromises.open, fsPromises.mkdir];
  const beside = (path: unknown) => String(path).startsWith(join(dir, '.out.'));
  const open = jest.spyOn(fsPromises, 'open').mockImplementation((path, flags, mode) => (beside(path) ? Promise.reject(refusal('EACCES')) : realOpen(path, flags, mode)));
  const mkdir = jest.spyOn(fsPromises, 'mkdir').mockImplementation(((path: string, opts: never) => (beside(path) ? Promise.reject(refusal('EACCES')) : realMkdir(path, opts))) as never);
  const reasons: string[] = [];
  try {
    await writeFiles(files({ 'a.ts': 'a2\n' }), out, { onInPlace: (reason) => reasons.push(reason) });
    expect(open.mock.calls.map(([path]) => path)).toContain(join(out, '.specwright-lock'));
  } finally {
    open.mockRestore();
    mkdir.mockRestore();
  }
  expect(reasons).toEqual(['no folder can be made beside it (EACCES)']);
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('a2\n');
  expect(readdirSync(out).sort()).toEqual(['a.ts', MANIFEST_NAME]);
  expect(readdirSync(dir)).toEqual(['out']);
});

it('carries files the user added, in subfolders too, into the new output', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n' }), out);
  mkdirSync(join(out, 'docs/deep'), { recursive: true });
  writeFileSync(join(out, 'docs/deep/NOTES.md'), 'mine\n');
  await writeFiles(files({ 'a.ts': 'a2\n' }), out);
  expect(readFileSync(join(out, 'docs/deep/NOTES.md'), 'utf8')).toBe('mine\n');
});

it('keeps the folders the user made, empty ones too, and the modes of the folders', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'a\n' }), out);
  mkdirSync(join(out, 'extensions/empty'), { recursive: true });
  mkdirSync(join(out, 'vendor'));
  writeFileSync(join(out, 'vendor/lib.ts'), 'mine\n');
  chmodSync(out, 0o750);
  chmodSync(join(out, 'vendor'), 0o555);
  await writeFiles(files({ 'a.ts': 'a2\n' }), out);
  expect(existsSync(join(out, 'extensions/empty'))).toBe(true);
  expect(statSync(out).mode & 0o777).toBe(0o750);
  expect(statSync(join(out, 'vendor')).mode & 0o777).toBe(0o555);
});

it('removes, reads and reports nothing through a folder of the output that links out of it, in place or swapping', async () => {
  const out = join(dir, 'out');
  mkdirSync(join(dir, 'elsewhere'));
  writeFileSync(join(dir, 'elsewhere/important.txt'), 'keep\n');
  // A commit plants the link and a manifest line naming a file under it.
  const planted = files({ 'a.ts': 'a\n', 'docs/important.txt': 'x\n' });
  await writeFiles(planted, out);
  rmSync(join(out, 'docs'), { recursive: true });
  symlinkSync(join(dir, 'elsewhere'), join(out, 'docs'));
  const previous = process.cwd();
  process.chdir(out);
  try {
    const result = await writeFiles(files({ 'a.ts': 'a2\n' }), out);
    expect(result.removed).toEqual([]);
    expect(result.overwritten).toEqual([]);
  } finally {
    process.chdir(previous);
  }
  expect(readFileSync(join(dir, 'elsewhere/important.txt'), 'utf8')).toBe('keep\n');
  const swapped = join(dir, 'swapped');
  await writeFiles(planted, swapped);
  rmSync(join(swapped, 'docs'), { recursive: true });
  symlinkSync(join(dir, 'elsewhere'), join(swapped, 'docs'));
  expect((await writeFiles(files({ 'a.ts': 'a3\n' }), swapped)).overwritten).toEqual([]);
  expect(readFileSync(join(dir, 'elsewhere/important.txt'), 'utf8')).toBe('keep\n');
});

it('writes into the folder an output that is a symbolic link points to, and keeps the link', async () => {
  mkdirSync(join(dir, 'real/client'), { recursive: true });
  writeFileSync(join(dir, 'real/client/NOTES.md'), 'keep\n');
  symlinkSync(join(dir, 'real/client'), join(dir, 'out'));
  await writeFiles(files({ 'a.ts': 'a\n' }), join(dir, 'out'));
  await writeFiles(files({ 'a.ts': 'a2\n' }), join(dir, 'out'));
  expect(lstatSync(join(dir, 'out')).isSymbolicLink()).toBe(true);
  expect(readFileSync(join(dir, 'real/client/a.ts'), 'utf8')).toBe('a2\n');
  expect(readFileSync(join(dir, 'real/client/NOTES.md'), 'utf8')).toBe('keep\n');
  expect(readdirSync(join(dir, 'real')).sort()).toEqual(['client']);
});

it('restores the previous output when an earlier run was killed between the two renames of its swap', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'old a\n' }), out);
  writeFileSync(join(out, 'mine.md'), 'mine\n');
  // What a kill leaves: the old output renamed to its backup, a half-built stage, no output.
  renameSync(out, `${out}.specwright-old-1073741824`);
  mkdirSync(`${out}.specwright-new-1073741824`);
  writeFileSync(join(`${out}.specwright-new-1073741824`, 'a.ts'), 'half');
  await writeFiles(files({ 'a.ts': 'new a\n' }), out);
  expect(readFileSync(join(out, 'a.ts'), 'utf8')).toBe('new a\n');
  expect(readFileSync(join(out, 'mine.md'), 'utf8')).toBe('mine\n');
  expect(readdirSync(dir)).toEqual(['out']);
});

it('restores the previous output from a backup named as this version names it, and removes every leftover', async () => {
  const out = join(dir, 'out');
  await writeFiles(files({ 'a.ts': 'old a\n' }), out);
  renameSync(out, join(dir, '.out.specwright-old-1073741824'));
  mkdirSync(join(dir, '.out.specwright-new-1073741824'));
  writeFileSync(join(dir, '.out.specwright-old-1073741824', '.a.ts.specwright-tmp-1073741824'), 'half');
  expect((await writeFiles(files({ 'a.ts': 'old a\n' }), out)).unchanged).toEqual(['a.ts', MANIFEST_NAME]);
  expect(readdirSync(dir)).toEqual(['out']);
  expect(readdirSync(out).sort()).toEqual(['a.ts', MANIFEST_NAME]);
});

it("never touches a live run's stage or backup, and removes a dead run's and those in its own pid", async () => {
  const out = join(dir, 'out');
  const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  try {
    const leftovers = [`.out.specwright-new-${live.pid}`, `out.specwright-old-${live.pid}`, '.out.specwright-new-1073741824', `.out.specwright-old-${process.pid}`];
    for (const name of leftovers) mkdirSync(join(dir, name));
    await writeFiles(files({ 'a.ts': 'a\n' }), out);
    expect(readdirSync(dir).sort()).toEqual([`.out.specwright-new-${live.pid}`, 'out', `out.specwright-old-${live.pid}`]);
  } finally {
    live.kill('SIGKILL');
  }
});

it('leaves no signal handler behind once a write is done, swapping or in place', async () => {
  const out = join(dir, 'out');
  const listeners = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
  const before = listeners();
  await writeFiles(files({ 'a.ts': 'a\n' }), out);
  await expect(writeFiles(files({ 'a.ts': 'a\n', '../escape.ts': 'x\n' }), out)).rejects.toThrow('outside the output folder');
  const previous = process.cwd();
  process.chdir(out);
  try {
    await writeFiles(files({ 'a.ts': 'a2\n' }), out);
  } finally {
    process.chdir(previous);
  }
  expect(listeners()).toEqual(before);
});

it.each(['../escape.ts', '/etc/passwd', 'a/../../x', ''])('refuses to write outside the folder: %j', (path) => {
  expect(() => safeJoin(dir, path)).toThrow('refusing to write outside the output folder');
});

it('writes and compares a file in pieces without joining them, swapping the folder and in place', async () => {
  const out = join(dir, 'out');
  const pieces = ['export type A = 1;\n', '/** 5 € */\n', "export type B = '𝄞';\n"];
  const pieced = (): EmittedFile => ({
    path: 'types.ts',
    pieces,
    get content(): string {
      throw new Error('joined');
    },
  });
  const provenance = { version: '1.0.0', build: 'sha256-ef', spec: { source: 'spec.yaml', sha256: 'ab' }, options: 'sha256-cd' };
  const list = (): EmittedFile[] => [pieced(), manifestFile([pieced()], provenance, { operations: {}, schemas: {} })];
  expect((await writeFiles(list(), out)).written).toEqual(['types.ts', MANIFEST_NAME]);
  expect(readFileSync(join(out, 'types.ts'), 'utf8')).toBe(pieces.join(''));
  expect((await writeFiles(list(), out)).unchanged).toEqual(['types.ts', MANIFEST_NAME]);
  writeFileSync(join(out, 'types.ts'), `${pieces.join('')}// edited\n`);
  const previous = process.cwd();
  process.chdir(out);
  try {
    expect(await writeFiles(list(), out)).toEqual({ written: ['types.ts'], unchanged: [MANIFEST_NAME], removed: [], overwritten: ['types.ts'] });
  } finally {
    process.chdir(previous);
  }
  expect(readFileSync(join(out, 'types.ts'), 'utf8')).toBe(pieces.join(''));
});

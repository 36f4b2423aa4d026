// A generate stopped mid-write, as a user stops one: Ctrl-C, SIGTERM, kill -9. What it leaves must not
// reach the user's build or commits, `check` must say it is there, and the next run must clean it up.

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ts } from 'ts-morph';
import { runBin } from '../helpers/runBin';
import { runCli } from '../helpers/runCli';

const PETSTORE = resolve(__dirname, '../../spec/petstore-v3.yaml');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-interrupted-'));
  mkdirSync(join(dir, 'src'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const generate = ['generate', '--input', PETSTORE, '--output', 'src/client', '--quiet'];
// --int64 string changes every file, so the stopped run has files to write into its stage.
const changing = [...generate, '--int64', 'string'];

/** The files a tsconfig that includes `src` compiles, as TypeScript itself matches them. */
function compiledFiles(): string[] {
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ include: ['src'] }));
  const config = ts.parseJsonConfigFileContent({ include: ['src'] }, ts.sys, dir);
  return config.fileNames.map((f) => f.slice(dir.length + 1)).sort();
}

it('a run killed with kill -9 leaves only dot-named leftovers, which TypeScript skips, check names and the next run removes', async () => {
  expect((await runCli(generate, dir)).code).toBe(0);
  const clean = compiledFiles();
  const killed = await runBin(changing, dir, { signalAt: { signal: 'SIGKILL', path: 'specwright-new', after: 3 } });
  expect(killed.signal).toBe('SIGKILL');
  const left = readdirSync(join(dir, 'src')).filter((name) => name !== 'client');
  const stage = `.client.specwright-new-${killed.pid}`;
  expect(left.sort()).toEqual(['.client.specwright-lock', stage]);
  expect(compiledFiles()).toEqual(clean);

  const check = await runCli(['check', '--input', PETSTORE, '--output', 'src/client'], dir);
  expect(check.code).toBe(0);
  expect(check.stdout).toBe('src/client: up to date');
  expect(check.stderr).toBe(
    `src/client: warning: a specwright run that was stopped left src/${stage} (an unfinished new output), src/.client.specwright-lock (its lock); the next \`specwright generate\` removes them`,
  );
  const json = await runCli(['check', '--input', PETSTORE, '--output', 'src/client', '--format', 'json'], dir);
  expect(JSON.parse(json.stderr).check.leftovers).toEqual([{ path: stage, kind: 'stage' }, { path: '.client.specwright-lock', kind: 'lock' }]);

  expect((await runCli(generate, dir)).code).toBe(0);
  expect(readdirSync(join(dir, 'src'))).toEqual(['client']);
});

it.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('a run stopped by %s removes its stage, keeps the previous output and ends as the signal does', async (signal, code) => {
  expect((await runCli(generate, dir)).code).toBe(0);
  const stopped = await runBin(changing, dir, { signalAt: { signal, path: 'specwright-new', after: 3 } });
  expect(stopped.code === code || stopped.signal === signal).toBe(true);
  expect(readdirSync(join(dir, 'src'))).toEqual(['client']);
  expect(await runCli(['check', '--input', PETSTORE, '--output', 'src/client'], dir)).toEqual({ code: 0, stdout: 'src/client: up to date', stderr: '' });
});

it('a run stopped by Ctrl-C while writing in place removes its temporary files', async () => {
  expect((await runCli(generate, dir)).code).toBe(0);
  const stopped = await runBin(['generate', '--input', PETSTORE, '--output', '.', '--quiet', '--int64', 'string'], join(dir, 'src/client'), { signalAt: { signal: 'SIGINT', path: 'specwright-tmp', after: 3 } });
  expect(stopped.code === 130 || stopped.signal === 'SIGINT').toBe(true);
  expect(readdirSync(join(dir, 'src/client')).filter((name) => name.includes('specwright-tmp'))).toEqual([]);
});

it('a run stopped by Ctrl-C while writing --emit-model removes its temporary file, dot-named like the others', async () => {
  const stopped = await runBin([...generate, '--emit-model', 'src/model.json'], dir, { signalAt: { signal: 'SIGINT', path: 'model.json', after: 1 } });
  expect(stopped.code === 130 || stopped.signal === 'SIGINT').toBe(true);
  expect(readdirSync(join(dir, 'src')).filter((name) => name.includes('model.json'))).toEqual([]);
});

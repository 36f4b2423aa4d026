// Read-only folders, as their non-root owner meets them: an output folder made read-only is refused,
// by name, and nothing is written or left beside it; a read-only folder of the user's inside the
// output stays read-only, and no backup piles up beside the output. As root, the CLI runs as nobody.

import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBin } from '../helpers/runBin';

const PETSTORE = resolve(__dirname, '../../spec/petstore-v3.yaml');
const asRoot = process.getuid?.() === 0;
const user = asRoot ? { uid: 65534, gid: 65534 } : undefined;
const describeOnUnix = process.platform === 'win32' ? describe.skip : describe;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-read-only-'));
  own(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Hands what the test made to the user the CLI runs as. */
function own(path: string): void {
  if (user !== undefined) chownSync(path, user.uid, user.gid);
}

const generate = (...extra: string[]) => runBin(['generate', '--input', PETSTORE, '--output', 'out', '--quiet', ...extra], dir, user === undefined ? {} : { user });
const contents = () => readdirSync(join(dir, 'out')).sort().map((f) => `${f}\n${readFileSync(join(dir, 'out', f), 'utf8')}`);

describeOnUnix('read-only folders, run by their owner', () => {
  it('refuses an output folder its owner made read-only, naming it: nothing written, nothing left beside it', async () => {
    expect((await generate()).code).toBe(0);
    chmodSync(join(dir, 'out'), 0o555);
    // What earlier versions piled up beside such a folder, one per run: a read-only backup.
    const piled = join(dir, 'out.specwright-old-1073741824');
    mkdirSync(piled);
    writeFileSync(join(piled, 'types.ts'), 'old\n');
    own(piled);
    own(join(piled, 'types.ts'));
    chmodSync(piled, 0o555);
    const before = contents();
    const refused = await generate('--int64', 'string');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('error: could not finish writing the output folder: EACCES: the output folder out is read-only; nothing written (make it writable to regenerate it) (FILE_SYSTEM_ERROR)');
    expect(contents()).toEqual(before);
    expect(statSync(join(dir, 'out')).mode & 0o777).toBe(0o555);
    expect(readdirSync(dir)).toEqual(['out']);
    // A run that would change nothing has nothing to refuse.
    expect(await generate()).toMatchObject({ code: 0, stderr: '' });
  });

  it("keeps a read-only folder of the user's inside the output read-only, and leaves no backup behind", async () => {
    expect((await generate()).code).toBe(0);
    mkdirSync(join(dir, 'out/vendor'));
    writeFileSync(join(dir, 'out/vendor/NOTES.md'), 'mine\n');
    own(join(dir, 'out/vendor'));
    own(join(dir, 'out/vendor/NOTES.md'));
    chmodSync(join(dir, 'out/vendor'), 0o555);
    for (const extra of [['--int64', 'string'], []]) {
      expect(await generate(...extra)).toMatchObject({ code: 0, stderr: '' });
      expect(readdirSync(dir)).toEqual(['out']);
      expect(statSync(join(dir, 'out/vendor')).mode & 0o777).toBe(0o555);
      expect(readFileSync(join(dir, 'out/vendor/NOTES.md'), 'utf8')).toBe('mine\n');
    }
  });
});

// An unexpected exception is a bug: reported as an internal error naming the spec and the stage,
// exit 1, nothing written, no stack trace.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/runCli';

jest.mock('../../generator/model/buildModel', () => ({
  buildModel: () => {
    throw new Error('boom in the model');
  },
}));

it('reports a crash in a stage as INTERNAL_ERROR and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-internal-'));
  try {
    const run = await runCli(['generate', '--input', resolve(__dirname, '../../spec/ringcentral.yaml'), '--output', 'out', '--quiet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ringcentral\.yaml: error: internal error while building the model: boom in the model \(INTERNAL_ERROR\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

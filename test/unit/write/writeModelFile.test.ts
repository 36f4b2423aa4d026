// writeModelFile: the whole document or the previous file, never half of one.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiModel } from '../../../generator/model/ApiModel';
import { modelDocument } from '../../../generator/model/modelDocument';
import { writeModelFile } from '../../../generator/write/writeModelFile';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'specwright-model-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const model: ApiModel = {
  title: 'Pets ✓',
  version: '1',
  description: null,
  defaultBaseUrl: null,
  securitySchemes: [],
  operations: [],
  schemas: [],
  errorCodes: [],
};
const document = modelDocument(model, { generatorVersion: '0.1.0', source: 'spec/pets.yaml' });

it('writes 2-space JSON with a final newline, creating folders, and returns its size in bytes', async () => {
  const file = join(dir, 'deep/model.json');
  const bytes = await writeModelFile(file, document);
  const text = readFileSync(file, 'utf8');
  expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
  expect(bytes).toBe(Buffer.byteLength(text));
  expect(readdirSync(join(dir, 'deep'))).toStrictEqual(['model.json']);
});

it('replaces an existing file whole, with the same bytes on every run', async () => {
  const file = join(dir, 'model.json');
  writeFileSync(file, 'old');
  await writeModelFile(file, document);
  const first = readFileSync(file);
  await writeModelFile(file, document);
  expect(readFileSync(file)).toStrictEqual(first);
  expect(readdirSync(dir)).toStrictEqual(['model.json']);
});

it('leaves no temporary file behind when the target cannot be replaced', async () => {
  const file = join(dir, 'taken');
  mkdirSync(join(file, 'inside'), { recursive: true });
  await expect(writeModelFile(file, document)).rejects.toThrow();
  expect(readdirSync(dir)).toStrictEqual(['taken']);
});

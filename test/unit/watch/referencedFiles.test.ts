// referencedFiles: what `--watch` watches besides the spec.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { referencedFiles } from '../../../generator/watch/referencedFiles';

it('finds the fixture files a spec refers to, through each other, once each', async () => {
  const dir = resolve(__dirname, '../../fixtures/external');
  const found = await referencedFiles(join(dir, 'spec.yaml'));
  expect(found).toEqual(expect.arrayContaining(['common/params.yaml', 'common/responses.yaml', 'schemas/pet.yaml', 'schemas/owner.yaml'].map((f) => join(dir, f))));
  expect(new Set(found).size).toBe(found.length);
  expect(found).not.toContain(join(dir, 'spec.yaml'));
});

it('reads JSON and YAML forms, skips local refs and URLs, and survives cycles and missing files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-refs-'));
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'spec.json'), '{"a": {"$ref": "sub/a.yaml#/A"}, "b": {"$ref":"#/local"}, "c": {"$ref": "https://example.com/x.yaml"}, "d": {"$ref": "gone.yaml"}}');
    writeFileSync(join(dir, 'sub/a.yaml'), "A:\n  $ref: '../spec.json#/x'\nB: { $ref: b%20c.yaml }\n");
    writeFileSync(join(dir, 'sub/b c.yaml'), 'C: 1\n');
    expect(await referencedFiles(join(dir, 'spec.json'))).toStrictEqual([join(dir, 'gone.yaml'), join(dir, 'sub/a.yaml'), join(dir, 'sub/b c.yaml')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

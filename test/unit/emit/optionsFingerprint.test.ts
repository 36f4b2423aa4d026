// The options hash in the manifest: equal options hash alike in any key order; any option that
// shapes the output, a template's content included, changes it; the version and paths do not.

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionsFingerprint } from '../../../generator/emit/optionsFingerprint';
import { BUILTIN_TEMPLATE_DIR } from '../../../generator/emit/templates';

const emit = { generatorVersion: '1.0.0', source: 'spec/a.yaml', command: 'npx specwright generate' };
const model = { parameterDefaults: { path: { accountId: '~', extensionId: '~' } } };

it('is the same for the same options in another order, and for another version', () => {
  const reordered = { parameterDefaults: { path: { extensionId: '~', accountId: '~' } } };
  expect(optionsFingerprint(reordered, { ...emit, generatorVersion: '2.0.0' })).toBe(optionsFingerprint(model, emit));
});

it.each([
  ['a parameter default', { parameterDefaults: { path: { accountId: '1' } } }, emit],
  ['int64', model, { ...emit, int64: 'string' as const }],
  ['the banner command', model, { ...emit, command: 'npm run generate' }],
])('changes with %s', (_, m, e) => {
  expect(optionsFingerprint(m, e)).not.toBe(optionsFingerprint(model, emit));
});

it("follows a templates folder's content, not its path", () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'fp-')), mkdtempSync(join(tmpdir(), 'fp-'))];
  try {
    writeFileSync(join(a, 'banner.hbs'), '// {{{version}}}\n');
    writeFileSync(join(b, 'banner.hbs'), '// {{{version}}}\n');
    const hashOf = (dir: string) => optionsFingerprint(model, { ...emit, templatesDir: dir });
    expect(hashOf(a)).toBe(hashOf(b));
    expect(hashOf(a)).not.toBe(optionsFingerprint(model, emit));
    writeFileSync(join(b, 'banner.hbs'), '// {{{version}}} edited\n');
    expect(hashOf(b)).not.toBe(hashOf(a));
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});

it('does not count a copy of a built-in template (ejected, unchanged)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fp-'));
  try {
    copyFileSync(join(BUILTIN_TEMPLATE_DIR, 'operation.hbs'), join(dir, 'operation.hbs'));
    expect(optionsFingerprint(model, { ...emit, templatesDir: dir })).toBe(optionsFingerprint(model, emit));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

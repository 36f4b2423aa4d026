// The oracle's program holds only the ES library and the few DOM types our clients name: every name
// in every committed client's types.ts must resolve there, or a changed type would compare as `any`.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { typeDeclarations } from '../../../generator/check/typeDeclarations';
import { oracleProject, typeOracle } from '../../../generator/check/typeOracle';

const GENERATED = join(__dirname, '../../../generated');
const clients = readdirSync(GENERATED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

it.each(clients)('resolves every name in generated/%s/types.ts', (client) => {
  const types = readFileSync(join(GENERATED, client, 'types.ts'), 'utf8');
  const { project } = oracleProject(types, types);
  expect(project.getPreEmitDiagnostics().map((d) => d.getMessageText())).toEqual([]);
  // Read as declarations too, or a check would compare whole files (correct, but slow on large specs).
  expect(typeDeclarations(types)).not.toBeNull();
});

it('relates binary bodies as the DOM library would', () => {
  const oracle = typeOracle(
    'export type Upload = Blob | Uint8Array;\nexport type Raw = Blob;\nexport type Size = { size: number; type: string };',
    'export type Upload = Blob;\nexport type Raw = Blob | Uint8Array;\nexport type Size = Blob;',
  );
  expect(oracle.relation('Upload', 'Upload')).toBe('narrowed');
  expect(oracle.relation('Raw', 'Raw')).toBe('widened');
  // A plain object with a Blob's two fields is not a Blob: its methods are missing.
  expect(oracle.relation('Size', 'Size')).toBe('narrowed');
});

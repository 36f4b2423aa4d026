// Snapshots of every file generated from spec/ringcentral.yaml. Review a diff here as you would code.

import { resolve } from 'node:path';
import { createDiagnosticSink } from '../../generator/diagnostics';
import { emitFiles } from '../../generator/emit/emitFiles';
import { loadSpec } from '../../generator/load/loadSpec';
import { buildModel } from '../../generator/model/buildModel';
import { normaliseSpec } from '../../generator/normalise/normaliseSpec';

it('generates the RingCentral client', async () => {
  const loaded = await loadSpec(resolve(__dirname, '../../spec/ringcentral.yaml'));
  const sink = createDiagnosticSink();
  const model = buildModel(normaliseSpec(loaded, sink), { parameterDefaults: { path: { accountId: '~', extensionId: '~' } } }, sink);
  const files = emitFiles(model, { generatorVersion: '0.0.0-test', source: 'spec/ringcentral.yaml', command: 'npm run generate' });
  expect(files.map((f) => f.path)).toEqual(['runtime.ts', 'types.ts', 'errors.ts', 'operations.ts', 'api.ts', 'index.ts', 'README.md', '.gitattributes']);
  for (const file of files) {
    expect(file.content).not.toMatch(/\r/);
    if (file.path !== 'runtime.ts') expect(file.content).toMatchSnapshot(file.path);
  }
});

// What createClient accepts, checked by the compiler: a baseUrl when the spec names no server to use,
// and credentials only under the names of the spec's security schemes (a misspelt one would
// authenticate nothing). `@ts-expect-error` lines must stay errors.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { compileFolder, STRICTEST } from '../helpers/compileFolder';
import { runCli } from '../helpers/runCli';

const spec = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  // A server with a variable is no URL to use as it is.
  servers: [{ url: 'https://{tenant}.example.com' }],
  paths: { '/a': { get: { responses: { 204: { description: 'ok' } } } } },
  components: {
    securitySchemes: {
      "it's": { type: 'apiKey', in: 'header', name: 'X-Key' },
      BearerToken: { type: 'apiKey', in: 'header', name: 'Authorization' },
    },
  },
};

const usage = `import { createClient } from './index.js';

// @ts-expect-error: the spec names no server to use as it is, so baseUrl is required
createClient();
// @ts-expect-error: the same, with other options
createClient({ token: 't' });
createClient({ baseUrl: 'https://acme.example.com', auth: { "it's": 'k', BearerToken: 'Bearer t' } });
// @ts-expect-error: no scheme is called bearerToken
createClient({ baseUrl: 'https://acme.example.com', auth: { bearerToken: 't' } });
`;

it('requires a baseUrl without a usable server, and credentials under declared scheme names', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'specwright-client-options-'));
  try {
    writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
    expect((await runCli(['generate', '--input', 'spec.json', '--output', 'out', '--quiet'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'out', 'usage.ts'), usage);
    expect(compileFolder(join(dir, 'out'), { ...STRICTEST, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext })).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

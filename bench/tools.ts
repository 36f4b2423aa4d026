// The generators the bench runs, each as a whole process, and how each one's output is compiled.

import { dirname, join, resolve } from 'node:path';

export interface Tool {
  readonly name: string;
  /** The command that generates a client for `spec` into the folder `out`. */
  command(spec: string, out: string): string[];
  /** Which spec versions it reads. */
  readonly readsSwagger2: boolean;
  /** What it generates, for the report. */
  readonly emits: string;
}

const ROOT = resolve(__dirname, '..');

/** specwright with --js, a tool of its own in the report: its output type-checks differently. */
export const SPECWRIGHT_JS = 'specwright --js';

/** Ours, not a peer: specwright in either form of output. */
export const isSpecwright = (tool: string): boolean => tool === 'specwright' || tool === SPECWRIGHT_JS;

/** The command that runs specwright, as users' scripts do. */
export const SPECWRIGHT_CLI: readonly string[] = [process.execPath, join(ROOT, 'bin/specwright.js')];

function bin(peersDir: string, name: string, path: string): string {
  return join(dirname(require.resolve(`${name}/package.json`, { paths: [peersDir] })), path);
}

export function benchTools(peersDir: string): Tool[] {
  return [
    {
      name: 'specwright',
      command: (spec, out) => [...SPECWRIGHT_CLI, 'generate', '--input', spec, '--output', out, '--quiet'],
      readsSwagger2: true,
      emits: 'client: functions, types, error enums',
    },
    {
      name: SPECWRIGHT_JS,
      command: (spec, out) => [...SPECWRIGHT_CLI, 'generate', '--input', spec, '--output', out, '--quiet', '--js'],
      readsSwagger2: true,
      emits: 'the same client as JavaScript with declarations',
    },
    {
      name: '@hey-api/openapi-ts',
      command: (spec, out) => [process.execPath, bin(peersDir, '@hey-api/openapi-ts', 'bin/run.js'), '--input', spec, '--output', out, '--silent', '--no-log-file'],
      readsSwagger2: true,
      emits: 'client: SDK functions, types',
    },
    {
      name: 'openapi-typescript',
      command: (spec, out) => [process.execPath, bin(peersDir, 'openapi-typescript', 'bin/cli.js'), spec, '--output', join(out, 'schema.ts')],
      readsSwagger2: false,
      emits: 'types only',
    },
  ];
}

/** The same strict settings for every tool's output, so compile times compare like with like. */
export const COMPILE_OPTIONS = {
  strict: true,
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'Bundler',
  lib: ['ES2022', 'DOM'],
  types: [],
  skipLibCheck: true,
  noEmit: true,
} as const;

/**
 * A library's build of the same output: the declaration files too. Declaration emit asks, for every
 * type a signature names, whether the name is reachable, and how it finds out can make it quadratic
 * in the operations where the check alone is not (see test/unit/emit/signatureScope.test.ts).
 */
export const LIBRARY_BUILD_OPTIONS = { ...COMPILE_OPTIONS, noEmit: false, declaration: true, emitDeclarationOnly: true } as const;

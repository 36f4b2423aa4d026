// Reads specwright.config.json and checks it against the JSON Schema editors use, so the two
// cannot disagree. Paths in the config are taken relative to the config file.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { makeDiagnostic, RefusedInputError } from '../diagnostics';
import type { ErrorFieldsOption } from '../emit/errorFields';
import type { PackageOption } from '../emit/packageJson';
import type { ImportExtensionOption } from '../emit/emitFiles';
import type { Int64Repr } from '../emit/printType';
import { jsonError } from '../load/parseDocument';
import type { PaginationRule } from '../model/buildPagination';
import type { ParameterDefaults } from '../model/buildParams';
import { escapePointerSegment } from '../pointer';

export const CONFIG_SCHEMA_PATH = resolve(__dirname, '../../specwright.config.schema.json');
export const DEFAULT_CONFIG_NAME = 'specwright.config.json';

export interface SpecEntry {
  /** As written in the config, for messages and banners. */
  readonly input: string;
  readonly output: string;
  /** Resolved against the config's folder. */
  readonly inputPath: string;
  readonly outputPath: string;
  readonly strict: boolean;
  readonly templates: string | undefined;
  readonly parameterDefaults: ParameterDefaults;
  readonly int64: Int64Repr;
  readonly errorFields: ErrorFieldsOption;
  readonly pagination: PaginationRule | undefined;
  /** Write a package.json with this name and version. */
  readonly package: PackageOption | undefined;
  /** Write JavaScript with declarations instead of TypeScript. */
  readonly js: boolean;
  /** What relative imports in the TypeScript end in. */
  readonly importExtension: ImportExtensionOption;
}

interface RawEntry {
  input: string;
  output: string;
  strict?: boolean;
  templates?: string;
  parameterDefaults?: ParameterDefaults;
  int64?: Int64Repr;
  errorFields?: ErrorFieldsOption;
  pagination?: PaginationRule;
  package?: PackageOption;
  js?: boolean;
  importExtension?: ImportExtensionOption;
}

function refuse(file: string, reason: string, pointer = '#', position: { line: number; column: number } | null = null): never {
  throw new RefusedInputError([{ ...makeDiagnostic('CONFIG_INVALID', pointer, { reason }), file, ...(position ?? {}) }]);
}

/** The first schema violation in words, at the member it is about: an unknown key is named (a typo of `input`). */
function schemaViolation(file: string, errors: readonly ErrorObject[]): never {
  // An unknown key first: a misspelt one also leaves the right one missing, which says less.
  const first = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
  const where = first?.instancePath ?? '';
  const extra = first?.keyword === 'additionalProperties' ? (first.params as { additionalProperty?: string }).additionalProperty : undefined;
  if (extra !== undefined) refuse(file, `${where === '' ? 'the config' : where} has the unknown key \`${extra}\``, `#${where}/${escapePointerSegment(extra)}`);
  return refuse(file, `${where === '' ? 'the config' : where} ${first?.message ?? 'does not match the schema'}`, `#${where}`);
}

export function loadConfig(file: string): SpecEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RefusedInputError([{ ...makeDiagnostic('FILE_NOT_FOUND', '#'), file }]);
    if (!(error instanceof SyntaxError)) return refuse(file, (error as Error).message);
    const { reason, position } = jsonError(readFileSync(file, 'utf8'), error.message.split('\n')[0]!);
    return refuse(file, `not valid JSON: ${reason}`, '#', position);
  }
  // Required here, not at the top: only runs with a config file need ajv (see lazy.ts).
  const { default: Ajv } = require('ajv') as typeof import('ajv');
  const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')) as object);
  if (!validate(raw)) schemaViolation(file, validate.errors ?? []);
  const base = dirname(resolve(file));
  const specs = (raw as { specs: RawEntry[] }).specs;
  // Two entries writing one folder would take turns replacing each other's client.
  const outputs = specs.map((s) => resolve(base, s.output));
  const shared = outputs.findIndex((o, i) => outputs.indexOf(o) !== i);
  if (shared >= 0) refuse(file, `specs ${outputs.indexOf(outputs[shared]!)} and ${shared} write to the same folder \`${specs[shared]!.output}\``, `#/specs/${shared}/output`);
  const mixed = specs.findIndex((s) => s.js === true && s.importExtension === 'ts');
  if (mixed >= 0) refuse(file, 'importExtension `ts` is for TypeScript output; with `js` the files import each other as .js', `#/specs/${mixed}/importExtension`);
  return specs.map((s) => ({
    input: s.input,
    output: s.output,
    inputPath: resolve(base, s.input),
    outputPath: resolve(base, s.output),
    strict: s.strict ?? false,
    templates: s.templates === undefined ? undefined : resolve(base, s.templates),
    parameterDefaults: s.parameterDefaults ?? {},
    int64: s.int64 ?? 'number',
    errorFields: s.errorFields ?? 'generic',
    pagination: s.pagination,
    package: s.package,
    js: s.js ?? false,
    importExtension: s.importExtension ?? 'js',
  }));
}

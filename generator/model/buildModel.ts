// The model stage: NormalisedSpec → ApiModel. Pure: it reads only its input and its own options,
// reports problems to the sink, and decides every name before anything is emitted.

import type { DiagnosticSink } from '../diagnostics';
import type { NormalisedSpec } from '../normalise/NormalisedSpec';
import { pointerTo } from '../pointer';
import { analyseSchemas } from './analyseSchemas';
import type { ApiModel, OperationModel } from './ApiModel';
import { buildErrorCodes } from './buildErrorCodes';
import { buildOperation } from './buildOperation';
import type { ParameterDefaults } from './buildParams';
import { breakAliasCycles } from './breakAliasCycles';
import { stableSchemaKeys } from './stableSchemaKeys';
import { limitAliasDepth } from './limitAliasDepth';
import { buildSchemaDecls } from './buildSchemaDecls';
import { hoistInlineSchemas } from './hoistInlineSchemas';
import { isPaginated, type PaginationRule } from './buildPagination';
import type { TypeContext } from './TypeContext';
import { compareKeys } from '../naming';
import { operationSortKey, planNames, type NameLock } from './planNames';
import { serverUrl } from './serverUrl';

export interface ModelOptions {
  /** Client-side defaults per parameter location and name, e.g. `{ path: { accountId: '~' } }`. */
  readonly parameterDefaults: ParameterDefaults;
  /** Opt-in: GET operations with this rule's query parameter get page and item iterators. */
  readonly pagination?: PaginationRule;
  /** The previous generation's names, kept where they still apply so updates rename no export. */
  readonly nameLock?: NameLock;
}

function reportDuplicateIds(spec: NormalisedSpec, operations: readonly OperationModel[], sink: DiagnosticSink): void {
  const first = new Map<string, OperationModel>();
  const order = spec.operations.map((op, i) => ({ key: operationSortKey(op), i })).sort((a, b) => compareKeys(a.key, b.key));
  for (const { i } of order) {
    const id = spec.operations[i]!.operationId;
    const op = operations[i]!;
    const earlier = id === null ? undefined : first.get(id);
    if (id === null) continue;
    if (earlier === undefined) first.set(id, op);
    else sink.report('OPERATION_ID_DUPLICATE', pointerTo(op.pointer, 'operationId'), { operationId: id, other: earlier.pointer, name: op.names.fn });
  }
}

function reportUnusedDefaults(spec: NormalisedSpec, options: ModelOptions, sink: DiagnosticSink): void {
  for (const [location, byName] of Object.entries(options.parameterDefaults)) {
    for (const name of Object.keys(byName ?? {})) {
      const used = spec.operations.some((op) => op.parameters.some((p) => p.in === location && p.name === name));
      if (!used) sink.report('CONFIG_DEFAULT_UNUSED', '#', { location, name });
    }
  }
}

export function buildModel(spec: NormalisedSpec, options: ModelOptions, sink: DiagnosticSink): ApiModel {
  const hoisted = hoistInlineSchemas(spec.schemas, spec.operations);
  const declared = [...spec.schemas, ...hoisted];
  const facts = analyseSchemas(declared, spec.document);
  const schemaKey = stableSchemaKeys(spec.operations.map((op) => op.parameters));
  const names = planNames(
    spec.operations,
    [
      ...spec.schemas.map((s) => ({ name: s.name, pointer: s.site.pointer, hoisted: false })),
      ...hoisted.map((s) => ({ name: s.name, pointer: s.site.pointer, hoisted: true, otherNames: s.otherNames })),
    ],
    facts,
    (op) => isPaginated(op, options.pagination),
    options.nameLock,
    schemaKey,
  );
  const ctx: TypeContext = {
    document: spec.document,
    dialect: spec.dialect,
    namedSchemas: new Map(declared.map((s, i) => [s.site.pointer, names.schemas[i]!])),
    facts,
    direction: 'read',
    sink,
    refFlags: new Map(),
  };
  const schemas = limitAliasDepth(breakAliasCycles(buildSchemaDecls(declared, ctx, options.nameLock?.enumMembers, schemaKey), sink), sink);
  const securitySchemes = spec.securitySchemes.map(({ pointer: _, ...scheme }) => scheme);
  const baseUrl = serverUrl(spec.servers[0]);
  const opCtx = { defaults: options.parameterDefaults, schemes: securitySchemes, pagination: options.pagination, schemas, baseUrl, parameterLocks: options.nameLock?.parameters };
  const operations = spec.operations.map((op, i) => buildOperation(op, names.operations[i]!, opCtx, ctx));
  reportDuplicateIds(spec, operations, sink);
  reportUnusedDefaults(spec, options, sink);
  return {
    title: spec.info.title,
    version: spec.info.version,
    description: spec.info.description,
    defaultBaseUrl: baseUrl,
    securitySchemes,
    operations,
    schemas: [...schemas].sort((a, b) => compareKeys(a.name, b.name)),
    errorCodes: buildErrorCodes(operations),
  };
}

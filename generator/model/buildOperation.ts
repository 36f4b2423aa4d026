// One normalised operation → its model: names, typed parameters, body, responses, and what its
// description says about errors and permissions.

import type { NormalisedOperation } from '../normalise/NormalisedSpec';
import { buildResponses, preferredContent, successType } from './buildResponses';
import type { OperationModel, OperationNames, ParamModel, RequestBodyModel, SecurityRequirementModel, SecuritySchemeModel } from './ApiModel';
import { buildParams, type ParameterDefaults } from './buildParams';
import { buildTypeRef, type TypeContext } from './buildTypeRef';
import { parseDescription } from './description/parseDescription';
import { pointerTo } from '../pointer';

function bodyKey(params: readonly ParamModel[]): string {
  const taken = new Set(params.map((p) => p.key));
  for (const candidate of ['body', 'requestBody']) if (!taken.has(candidate)) return candidate;
  let n = 2;
  while (taken.has(`body${n}`)) n += 1;
  return `body${n}`;
}

function buildRequestBody(op: NormalisedOperation, params: readonly ParamModel[], ctx: TypeContext): RequestBodyModel | null {
  if (op.requestBody === null) return null;
  const content = preferredContent(op.requestBody.content);
  if (content === null) return null;
  return {
    key: bodyKey(params),
    mediaType: content.mediaType,
    required: op.requestBody.required,
    type: content.schema === null ? { kind: 'primitive', name: 'unknown' } : buildTypeRef(content.schema.node, content.schema.pointer, ctx),
    doc: op.requestBody.description,
  };
}

function buildSecurity(op: NormalisedOperation, schemes: readonly SecuritySchemeModel[]): SecurityRequirementModel[] {
  return op.security.map((requirement) =>
    requirement.map((r) => ({ scheme: schemes.find((s) => s.key === r.scheme)!, scopes: r.scopes })),
  );
}

export function buildOperation(
  op: NormalisedOperation,
  names: OperationNames,
  defaults: ParameterDefaults,
  schemes: readonly SecuritySchemeModel[],
  ctx: TypeContext,
): OperationModel {
  const description = parseDescription(op.description);
  for (const line of description.unread) {
    ctx.sink.report('ERROR_TABLE_ROW_UNREAD', pointerTo(op.pointer, 'description'), { line });
  }
  // Parameters and bodies are sent (no readOnly fields); responses are read (no writeOnly fields).
  const write: TypeContext = { ...ctx, direction: 'write' };
  const params = buildParams(op.parameters, defaults, write);
  const responses = buildResponses(op.responses, { ...ctx, direction: 'read' });
  return {
    key: `${op.method.toUpperCase()} ${op.path}`,
    pointer: op.pointer,
    method: op.method,
    path: op.path,
    operationId: op.operationId ?? names.fn,
    names,
    summary: op.summary,
    description: description.prose,
    deprecated: op.deprecated,
    tags: op.tags,
    params,
    requestBody: buildRequestBody(op, params, write),
    responses,
    successType: successType(responses),
    errors: description.errors,
    permissions: description.permissions,
    security: buildSecurity(op, schemes),
  };
}

// One normalised operation → its model: names, typed parameters, body, responses, and what its
// description says about errors and permissions.

import type { FormFieldStyle, MediaContent, NormalisedOperation } from '../normalise/NormalisedSpec';
import { acceptHeader, bodyType, buildResponses, preferredContent, successType } from './buildResponses';
import type { OperationModel, OperationNames, ParamModel, RequestBodyModel, RequestBodyVariant, SchemaDecl, SecurityRequirementModel, SecuritySchemeModel, TypeRef } from './ApiModel';
import { buildPagination, type PaginationRule } from './buildPagination';
import { buildParams, type ParameterDefaults } from './buildParams';
import { freeKey } from './freeKey';
import { unionOf, type TypeContext } from './buildTypeRef';
import { parseDescription } from './description/parseDescription';
import { pointerTo } from '../pointer';
import { operationKey, type NameLock } from './planNames';
import { ownServerUrl, serverUrl } from './serverUrl';

const FORM_MEDIA_TYPE = /^(?:application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The form fields any form media type of the body says to write other than as form, exploded, or
 * as a part of its own media type (the first to say wins).
 */
function formFields(content: readonly MediaContent[]): FormFieldStyle[] {
  const fields = new Map<string, FormFieldStyle>();
  for (const c of content.filter((c) => FORM_MEDIA_TYPE.test(c.mediaType))) {
    for (const f of c.encoding) {
      if (!fields.has(f.name) && !(f.style === 'form' && f.explode && f.contentType === null)) fields.set(f.name, f);
    }
  }
  return [...fields.values()];
}

/** Media types grouped by the body type they take, the group of the preferred one first. */
function bodyVariants(typed: readonly { mediaType: string; type: TypeRef }[], preferred: string): RequestBodyVariant[] {
  if (typed.length === 1) return [{ mediaTypes: [typed[0]!.mediaType], type: typed[0]!.type }];
  const groups = new Map<string, { mediaTypes: string[]; type: TypeRef }>();
  for (const { mediaType, type } of typed) {
    const key = JSON.stringify(type);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { mediaTypes: [mediaType], type });
    else group.mediaTypes.push(mediaType);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.mediaTypes.includes(preferred)), ...all.filter((g) => !g.mediaTypes.includes(preferred))];
}

function buildRequestBody(op: NormalisedOperation, params: readonly ParamModel[], ctx: TypeContext): RequestBodyModel | null {
  if (op.requestBody === null) return null;
  const preferred = preferredContent(op.requestBody.content);
  if (preferred === null) return null;
  const taken = new Set(params.map((p) => p.key));
  const key = freeKey(taken, ['body', 'requestBody']);
  const typed = op.requestBody.content.map((c) => ({ mediaType: c.mediaType, type: bodyType(c, ctx) }));
  const mediaTypes = typed.map((t) => t.mediaType);
  return {
    key,
    mediaType: preferred.mediaType,
    required: op.requestBody.required,
    type: unionOf(typed.map((t) => t.type)),
    doc: op.requestBody.description,
    mediaTypes,
    contentTypeKey: mediaTypes.length > 1 ? freeKey(new Set([...taken, key]), ['contentType', 'requestContentType']) : null,
    fields: formFields(op.requestBody.content),
    variants: bodyVariants(typed, preferred.mediaType),
  };
}

function buildSecurity(op: NormalisedOperation, schemes: readonly SecuritySchemeModel[]): SecurityRequirementModel[] {
  return op.security.map((requirement) =>
    requirement.map((r) => ({ scheme: schemes.find((s) => s.key === r.scheme)!, scopes: r.scopes })),
  );
}

export interface OperationContext {
  readonly defaults: ParameterDefaults;
  readonly schemes: readonly SecuritySchemeModel[];
  readonly pagination: PaginationRule | undefined;
  readonly schemas: readonly SchemaDecl[];
  /** The document's server URL, which an operation's relative one is taken on. */
  readonly baseUrl: string | null;
  /** The parameter keys the last generation gave, by operation key (the name lock's). */
  readonly parameterLocks: NameLock['parameters'];
}

export function buildOperation(op: NormalisedOperation, names: OperationNames, opCtx: OperationContext, ctx: TypeContext): OperationModel {
  const { defaults, schemes } = opCtx;
  const description = parseDescription(op.description);
  for (const line of description.unread) {
    ctx.sink.report('ERROR_TABLE_ROW_UNREAD', pointerTo(op.pointer, 'description'), { line });
  }
  // Parameters and bodies are sent (no readOnly fields); responses are read (no writeOnly fields).
  const write: TypeContext = { ...ctx, direction: 'write' };
  const locks = opCtx.parameterLocks;
  const key = operationKey(op);
  const params = buildParams(op.parameters, defaults, write, locks !== undefined && Object.hasOwn(locks, key) ? locks[key] : undefined);
  const responses = buildResponses(op.responses, { ...ctx, direction: 'read' });
  const success = successType(responses);
  return {
    key,
    pointer: op.pointer,
    method: op.method,
    path: op.path,
    server: ownServerUrl(serverUrl(op.servers[0]), opCtx.baseUrl),
    operationId: op.operationId ?? names.fn,
    names,
    summary: op.summary,
    description: description.prose,
    deprecated: op.deprecated,
    tags: op.tags,
    params,
    requestBody: buildRequestBody(op, params, write),
    responses,
    accept: acceptHeader(op.responses, ctx.document),
    successType: success,
    errors: description.errors,
    permissions: description.permissions,
    security: buildSecurity(op, schemes),
    pagination: buildPagination(op, opCtx.pagination, params, success, opCtx.schemas, ctx.sink),
  };
}

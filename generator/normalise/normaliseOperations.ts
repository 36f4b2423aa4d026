// Walks `paths` in spec order and turns each path item's methods into normalised operations.

import { pointerTo } from '../pointer';
import { checkPathParameters } from './checkPathParameters';
import type { NormaliseContext } from './NormaliseContext';
import { HTTP_METHODS, type HttpMethod, type NormalisedOperation, type NormalisedRequestBody, type NormalisedSecurityScheme, type SecurityRequirement } from './NormalisedSpec';
import { normaliseParameters } from './normaliseParameters';
import { normaliseRequestBody } from './normaliseRequestBody';
import { normaliseResponses } from './normaliseResponses';
import { readSecurity } from './normaliseSecurity';
import { readServers } from './normaliseServers';
import { followRef, isObject, readObject, readStringList, readText, type JsonObject } from './readers';

/** A path item's fields besides its methods (OAS 3.1 §4.8.9); OpenAPI 3.2's `additionalOperations` is not read. */
const PATH_ITEM_FIELDS: ReadonlySet<string> = new Set(['$ref', 'summary', 'description', 'servers', 'parameters']);

/** A path item key that holds an operation: `query` is OpenAPI's (3.2), which Swagger 2.0 has not. */
function isMethod(key: string, ctx: OperationContext): key is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(key) && !(key === 'query' && ctx.dialect === 'swagger-2.0');
}

/** What walking operations needs beyond the shared context: the schemes and the global requirements. */
export interface OperationContext extends NormaliseContext {
  readonly securitySchemes: readonly NormalisedSecurityScheme[];
  readonly globalSecurity: readonly SecurityRequirement[];
}

const OWN_SERVER_UNRESOLVED = "the operation is sent to the client's base URL";

function normaliseOperation(
  path: string,
  method: HttpMethod,
  pathItem: JsonObject,
  pathPointer: string,
  ctx: OperationContext,
): NormalisedOperation {
  const pointer = pointerTo(pathPointer, method);
  const op = readObject(pathItem[method], pointer, ctx.sink);
  const { parameters, bodyParameters } = normaliseParameters(
    pathItem['parameters'],
    op['parameters'],
    { path: pointerTo(pathPointer, 'parameters'), operation: pointerTo(pointer, 'parameters') },
    ctx,
  );
  const produces = Array.isArray(op['produces']) ? readStringList(op['produces']) : ctx.produces;
  // An operation's own servers replace its path item's, which replace the document's (OAS 3 §4.8.9, §4.8.10).
  const servers = ctx.dialect === 'swagger-2.0' ? [] : Array.isArray(op['servers'])
    ? readServers(op['servers'], pointerTo(pointer, 'servers'), OWN_SERVER_UNRESOLVED, ctx)
    : readServers(pathItem['servers'], pointerTo(pathPointer, 'servers'), OWN_SERVER_UNRESOLVED, ctx);
  return {
    pointer,
    path,
    method,
    operationId: readText(op['operationId']),
    summary: readText(op['summary']),
    description: readText(op['description']),
    tags: readStringList(op['tags']),
    deprecated: op['deprecated'] === true,
    parameters: checkPathParameters(path, parameters, pointer, ctx.sink),
    requestBody: sendableBody(method, normaliseRequestBody(op, bodyParameters, pointer, ctx), ctx),
    responses: normaliseResponses(op['responses'], pointerTo(pointer, 'responses'), produces, ctx),
    security: readSecurity(op['security'], pointerTo(pointer, 'security'), ctx.securitySchemes, ctx) ?? ctx.globalSecurity,
    servers,
  };
}

/**
 * A GET or HEAD request carries no body: fetch refuses one, so the client's call would always
 * fail. It is left out; with a warning when it says something (Stripe's GET bodies are empty
 * objects, which leave nothing out).
 */
function sendableBody(method: string, body: NormalisedRequestBody | null, ctx: OperationContext): NormalisedRequestBody | null {
  if (body === null || (method !== 'get' && method !== 'head')) return body;
  const says = body.content.some((c) => {
    const node = c.schema?.node;
    return !isObject(node) || !(node['type'] === 'object' && (!isObject(node['properties']) || Object.keys(node['properties']).length === 0) && node['additionalProperties'] === false);
  });
  if (says) ctx.sink.report('REQUEST_BODY_IGNORED', body.pointer, { method: method.toUpperCase() });
  return null;
}

export function normaliseOperations(paths: unknown, ctx: OperationContext): NormalisedOperation[] {
  const operations: NormalisedOperation[] = [];
  for (const [key, value] of Object.entries(readObject(paths, '#/paths', ctx.sink))) {
    if (key.startsWith('x-')) continue; // an extension, not a path
    const at = pointerTo('#/paths', key);
    // Appended to the server URL as it is, `pets` would make `/v1pets`.
    const path = key.startsWith('/') ? key : `/${key}`;
    if (path !== key) ctx.sink.report('PATH_KEY_RELATIVE', at, { key });
    // Braces left once the `{name}`s are taken out open or close nothing: `/b/{`, `/f/{}`.
    if (/[{}]/.test(path.replace(/\{[^{}]+\}/g, ''))) ctx.sink.report('PATH_TEMPLATE_BRACE', at, { key });
    const item = readObject(followRef(ctx, value, at).node, at, ctx.sink);
    for (const key of Object.keys(item)) {
      if (isMethod(key, ctx)) operations.push(normaliseOperation(path, key, item, at, ctx));
      else if (!PATH_ITEM_FIELDS.has(key) && !key.startsWith('x-')) ctx.sink.report('PATH_ITEM_KEY_UNKNOWN', pointerTo(at, key), { key });
    }
  }
  return operations;
}

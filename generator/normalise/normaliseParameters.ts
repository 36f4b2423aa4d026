// Merges path-level and operation-level parameters and maps each to the OpenAPI 3 shape.
// Swagger 2.0 `body` and `formData` parameters are split off here, to become the request body.

import { describeValue } from '../json';
import { pointerTo } from '../pointer';
import type { NormaliseContext } from './NormaliseContext';
import type { NormalisedParameter, ParameterLocation } from './NormalisedSpec';
import { openapi3Parameter } from './openapi3Parameter';
import { followRef, isObject, readObject, readText, type JsonObject } from './readers';
import { swagger2Parameter } from './swagger2Parameter';
import { isHeaderName } from './isHeaderName';

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export interface RawParameter {
  readonly raw: JsonObject;
  readonly name: string;
  readonly in: string;
  /** Where the operation lists it: the types made from it are named after this place. */
  readonly pointer: string;
  /** Where it is defined (a shared one's `#/components/parameters/...`): defects of its own are said there, once. */
  readonly source: string;
}

export interface SplitParameters {
  readonly parameters: readonly NormalisedParameter[];
  /** Swagger 2.0 `in: body` / `in: formData` parameters, for the request body. */
  readonly bodyParameters: readonly RawParameter[];
}

function readList(list: unknown, pointer: string, ctx: NormaliseContext): RawParameter[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    ctx.sink.report('NOT_A_LIST_NODE', pointer, { actual: describeValue(list) });
    return [];
  }
  const out: RawParameter[] = [];
  list.forEach((item, index) => {
    const at = pointerTo(pointer, index);
    const target = followRef(ctx, item, at);
    if (!isObject(target.node)) {
      readObject(target.node, at, ctx.sink); // reports what it found instead
      return;
    }
    const raw = target.node;
    const name = readText(raw['name']);
    const location = readText(raw['in']);
    if (name === null || name === '' || location === null) {
      const reason = name === null ? 'has no `name`' : name === '' ? 'has an empty `name`' : 'has no `in`';
      ctx.sink.report('PARAMETER_INVALID', target.pointer, { reason });
      return;
    }
    // A parameter is its name and location (OAS 3 §4.8.12.1): a second one would be a second
    // property of the same name in the params type, which does not compile.
    const first = out.find((o) => o.name === name && o.in === location);
    if (first !== undefined) {
      ctx.sink.report('PARAMETER_DUPLICATE', at, { name, location, first: first.pointer });
      return;
    }
    out.push({ raw, name, in: location, pointer: at, source: target.pointer });
  });
  return out;
}

/**
 * Header parameters the client must not take from the caller: OpenAPI 3 (§4.8.12.1) says one
 * named Accept, Content-Type or Authorization SHALL be ignored. Swagger 2.0 says nothing, and its
 * specs often carry an `Authorization` parameter for want of a security scheme, so there only
 * Content-Type is left out: given by hand, it replaces the one the body sets, and a multipart body
 * loses its boundary.
 */
function ignoredHeader(name: string, ctx: NormaliseContext): { reason: string } | null {
  const lower = name.toLowerCase();
  if (lower === 'content-type') return { reason: "the client sets it from the request body's media type (and sends none without a body)" };
  if (ctx.dialect === 'swagger-2.0') return null;
  if (lower === 'accept') return { reason: "OpenAPI 3 ignores it; the responses' media types set it" };
  if (lower === 'authorization') return { reason: 'OpenAPI 3 ignores it; the security schemes set it' };
  return null;
}

/** Operation-level parameters replace path-level ones with the same name and location (OAS 3 §4.7.9). */
export function normaliseParameters(
  pathLevel: unknown,
  opLevel: unknown,
  pointers: { readonly path: string; readonly operation: string },
  ctx: NormaliseContext,
): SplitParameters {
  const own = readList(opLevel, pointers.operation, ctx);
  const inherited = readList(pathLevel, pointers.path, ctx).filter(
    (p) => !own.some((o) => o.name === p.name && o.in === p.in),
  );
  const parameters: NormalisedParameter[] = [];
  const bodyParameters: RawParameter[] = [];
  for (const p of [...inherited, ...own]) {
    const location = LOCATIONS.find((l) => l === p.in);
    if (ctx.dialect === 'swagger-2.0' && (p.in === 'body' || p.in === 'formData')) bodyParameters.push(p);
    else if (location === undefined) {
      const reason = p.in === 'querystring' ? "is in `querystring` (OpenAPI 3.2's whole query string), which specwright does not read yet" : `has the unknown location \`${p.in}\``;
      ctx.sink.report('PARAMETER_INVALID', p.source, { reason });
    } else if (ctx.dialect === 'swagger-2.0' && location === 'cookie') {
      ctx.sink.report('PARAMETER_INVALID', p.source, { reason: 'is in `cookie`, which Swagger 2.0 does not have' });
    } else if (location === 'header' && !isHeaderName(p.name)) {
      ctx.sink.report('PARAMETER_INVALID', p.source, { reason: `is a header named \`${p.name}\`, which is no HTTP header name (fetch refuses to send it)` });
    } else {
      const ignored = location === 'header' ? ignoredHeader(p.name, ctx) : null;
      const read = ctx.dialect === 'swagger-2.0' ? swagger2Parameter : openapi3Parameter;
      if (ignored !== null) ctx.sink.report('PARAMETER_IGNORED', p.source, { name: p.name, ...ignored });
      else parameters.push({ ...read(p.raw, p.name, location, p.pointer), source: p.source });
    }
  }
  return { parameters, bodyParameters };
}

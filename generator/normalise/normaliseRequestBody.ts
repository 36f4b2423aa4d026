// The request body in OpenAPI 3 shape: OAS 3 `requestBody` as it is, Swagger 2.0 `body` and
// `formData` parameters mapped onto media types from `consumes`.

import { setOwn } from '../json';
import { pointerTo } from '../pointer';
import type { NormaliseContext } from './NormaliseContext';
import type { NormalisedRequestBody } from './NormalisedSpec';
import type { RawParameter } from './normaliseParameters';
import type { DiagnosticSink } from '../diagnostics';
import { followRef, readObject, readText } from './readers';
import { readContent } from './normaliseResponses';
import { collectionStyle, swagger2InlineSchema } from './swagger2Parameter';

const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

/** A form field without a `type` is sent as text, like an untyped path or query parameter. */
function formFieldSchema(p: RawParameter, sink: DiagnosticSink): Record<string, unknown> {
  const schema = swagger2InlineSchema(p.raw);
  if (schema !== null) return schema;
  sink.report('PARAMETER_UNTYPED', p.source);
  return { type: 'string' };
}

function swagger2FormBody(form: readonly RawParameter[], consumes: readonly string[], pointer: string, sink: DiagnosticSink): NormalisedRequestBody {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const p of form) {
    const description = readText(p.raw['description']);
    setOwn(properties, p.name, { ...formFieldSchema(p, sink), ...(description === null ? {} : { description }) });
    if (p.raw['required'] === true) required.push(p.name);
  }
  const hasFile = form.some((p) => p.raw['type'] === 'file');
  const mediaType = hasFile || (consumes.includes(MULTIPART) && !consumes.includes(FORM)) ? MULTIPART : FORM;
  const schema = { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
  // An array field's collectionFormat, csv unless it says otherwise, as a query parameter's is.
  const encoding = form.filter((p) => p.raw['type'] === 'array').map((p) => ({ name: p.name, ...collectionStyle(p.raw, 'query'), contentType: null }));
  return { required: required.length > 0, description: null, content: [{ mediaType, schema: { node: schema, pointer }, encoding }], pointer };
}

function swagger2Body(body: readonly RawParameter[], form: readonly RawParameter[], consumes: readonly string[], pointer: string, sink: DiagnosticSink): NormalisedRequestBody | null {
  const param = body[0];
  if (param !== undefined) {
    // Swagger 2.0 requires the schema; without one nothing is known of the body.
    if (param.raw['schema'] === undefined) sink.report('BODY_PARAMETER_UNTYPED', param.pointer, { name: param.name });
    const schema = { node: param.raw['schema'] ?? {}, pointer: pointerTo(param.pointer, 'schema') };
    const mediaTypes = consumes.filter((m) => m !== FORM && m !== MULTIPART);
    return {
      required: param.raw['required'] === true,
      description: readText(param.raw['description']),
      content: (mediaTypes.length > 0 ? mediaTypes : ['application/json']).map((mediaType) => ({ mediaType, schema, encoding: [] })),
      pointer: param.pointer,
    };
  }
  return form.length > 0 ? swagger2FormBody(form, consumes, pointer, sink) : null;
}

export function normaliseRequestBody(
  operation: Readonly<Record<string, unknown>>,
  bodyParameters: readonly RawParameter[],
  pointer: string,
  ctx: NormaliseContext,
): NormalisedRequestBody | null {
  if (ctx.dialect === 'swagger-2.0') {
    const consumes = Array.isArray(operation['consumes']) ? (operation['consumes'] as unknown[]).map(String) : ctx.consumes;
    const body = bodyParameters.filter((p) => p.in === 'body');
    const form = bodyParameters.filter((p) => p.in === 'formData');
    // Swagger 2.0 allows one body parameter, and no form field beside it: the first body is the body.
    if (body.length > 0) for (const extra of [...body.slice(1), ...form]) ctx.sink.report('BODY_PARAMETER_EXTRA', extra.pointer, { name: extra.name, kept: body[0]!.pointer });
    return swagger2Body(body, body.length > 0 ? [] : form, consumes, pointerTo(pointer, 'parameters'), ctx.sink);
  }
  if (operation['requestBody'] === undefined) return null;
  const at = pointerTo(pointer, 'requestBody');
  const target = followRef(ctx, operation['requestBody'], at);
  if (target.node === undefined) return null;
  const raw = readObject(target.node, at, ctx.sink);
  return {
    required: raw['required'] === true,
    description: readText(raw['description']),
    content: readContent(raw['content'], pointerTo(target.pointer, 'content'), ctx),
    pointer: at,
  };
}

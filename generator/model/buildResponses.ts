// The typed outcomes of one operation: a type per declared response, JSON bodies preferred.

import { isObject, localTarget } from '../json';
import { isSendableMediaType } from '../normalise/mediaType';
import type { MediaContent, NormalisedHeader, NormalisedResponse } from '../normalise/NormalisedSpec';
import type { HeaderModel, ResponseModel, TypeRef } from './ApiModel';
import { buildTypeRef, unionOf, type TypeContext } from './buildTypeRef';
import { UNKNOWN } from './TypeContext';

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json\b/i.test(mediaType) || /^\*\/\*/.test(mediaType);
}

/** `application/json` itself, parameters allowed (`; charset=utf-8`). */
function isPlainJson(mediaType: string): boolean {
  return /^application\/json\s*(?:;|$)/i.test(mediaType);
}

/** JSON Patch (RFC 6902) is a list of operations, which the body's schema seldom describes. */
const JSON_PATCH = /^application\/json-patch\+json\b/i;

/**
 * The content a client sends or asks for unless told otherwise: `application/json` itself, else
 * another JSON type, JSON Patch last (Kubernetes lists it first for every PATCH whose body is a
 * merge patch), else the first listed.
 */
export function preferredContent(content: readonly MediaContent[]): MediaContent | null {
  return (
    content.find((c) => isPlainJson(c.mediaType)) ??
    content.find((c) => isJsonMediaType(c.mediaType) && !JSON_PATCH.test(c.mediaType)) ??
    content.find((c) => isJsonMediaType(c.mediaType)) ??
    content[0] ??
    null
  );
}

/** Media types whose body the schema describes field by field; any other body is raw bytes. */
function isStructured(mediaType: string): boolean {
  return isJsonMediaType(mediaType) || /^(?:text\/|multipart\/|application\/x-www-form-urlencoded)/i.test(mediaType);
}

const STRING: TypeRef = { kind: 'primitive', name: 'string' };
const BINARY: TypeRef = { kind: 'primitive', name: 'binary' };

/** XML (`application/xml`, `text/xml`, `application/atom+xml`), which the client does not write. */
const XML_MEDIA_TYPE = /^(?:application|text)\/(?:[\w.-]+\+)?xml\s*(?:;|$)/i;

/**
 * The type of one media type's request body. XML is the caller's text or bytes whatever its schema
 * says: an object would go as JSON text under an XML Content-Type.
 */
export function bodyType(content: MediaContent | null, ctx: TypeContext): TypeRef {
  if (content !== null && XML_MEDIA_TYPE.test(content.mediaType)) return unionOf([STRING, BINARY]);
  if (content === null || content.schema === null) return UNKNOWN;
  if (!isStructured(content.mediaType)) return BINARY;
  return buildTypeRef(content.schema.node, content.schema.pointer, ctx);
}

const BLOB: TypeRef = { kind: 'primitive', name: 'blob' };

/**
 * A response body typed as the runtime reads it: JSON by its schema; text as a string, whatever
 * its schema says (`text/plain` with an integer schema is the text `42`), or a file when the schema
 * is one (a CSV download); anything else (PDF, XML, multipart) a file.
 */
function responseBodyType(content: MediaContent, ctx: TypeContext): TypeRef {
  const node = content.schema?.node;
  if (isJsonMediaType(content.mediaType)) {
    if (content.schema === null) return UNKNOWN;
    // A file read whole is a Blob (the runtime reads a declared file so); only a caller's file may be bytes.
    const type = buildTypeRef(node, content.schema.pointer, ctx);
    return type.kind === 'primitive' && type.name === 'binary' ? BLOB : type;
  }
  return !/^text\//i.test(content.mediaType) || isFileSchema(node, ctx.document) ? BLOB : STRING;
}

/** A schema of a file: Swagger 2.0's `type: file`, or a binary string, also through local refs. */
function isFileSchema(node: unknown, document: unknown): boolean {
  let at = node;
  for (let hops = 0; hops < 8 && isObject(at) && typeof at['$ref'] === 'string'; hops += 1) at = localTarget(document, at['$ref']);
  return isObject(at) && (at['type'] === 'file' || at['format'] === 'binary');
}

function buildHeaders(headers: readonly NormalisedHeader[], ctx: TypeContext): HeaderModel[] {
  return headers.map((h) => ({
    name: h.name,
    required: h.required,
    type: h.schema === null ? { kind: 'primitive', name: 'string' } : buildTypeRef(h.schema.node, h.schema.pointer, ctx),
    doc: h.description,
  }));
}

/**
 * A success response without content has no body (OAS 3.1 §4.8.17.1, Swagger 2.0 `schema`), so it
 * is `undefined`, unless no success response declares content at all: then the spec says nothing
 * useful about the body (RingCentral's `200: OK`) and it stays `unknown`.
 */
function noContentType(status: string, responses: readonly NormalisedResponse[]): TypeRef {
  const anyContent = responses.some((r) => isSuccessStatus(r.status) && r.content.length > 0);
  return isSuccessStatus(status) && anyContent ? { kind: 'primitive', name: 'undefined' } : UNKNOWN;
}

export function buildResponses(responses: readonly NormalisedResponse[], ctx: TypeContext): ResponseModel[] {
  return responses.map((r) => {
    const content = preferredContent(r.content);
    // 204 and 304 never carry a body, whatever the spec says.
    const type: TypeRef =
      r.status === '204' || r.status === '304'
        ? { kind: 'primitive', name: 'undefined' }
        : content === null
          ? noContentType(r.status, responses)
          : responseBodyType(content, ctx);
    return {
      status: r.status,
      success: isSuccessStatus(r.status),
      mediaType: content?.mediaType ?? null,
      type,
      headers: buildHeaders(r.headers, ctx),
      doc: r.description,
    };
  });
}

/**
 * What to ask for when no success response offers `application/json` itself: the other JSON types
 * they offer (`application/vnd.api+json`: the client reads JSON), else every media type they offer
 * (`application/pdf`), in spec order; null (JSON, the runtime's default) when one offers plain
 * JSON, or none offers anything.
 */
export function acceptHeader(responses: readonly NormalisedResponse[], document: unknown): string | null {
  const success = responses.filter((r) => isSuccessStatus(r.status));
  const offered = success.flatMap((r) => r.content.map((c) => c.mediaType));
  // A file to download (Swagger 2.0's `type: file`, whose `produces` lists JSON for the errors
  // too): its own types first, JSON last. Only when the file is what the response is typed as: one
  // that offers JSON with its own schema beside an image (remove.bg) is typed, so asked for, as JSON.
  if (success.some((r) => isFileSchema(preferredContent(r.content)?.schema?.node, document))) {
    const files = [...new Set([...offered.filter((m) => !isJsonMediaType(m)), ...offered.filter(isJsonMediaType)].filter(isSendableMediaType))];
    return files.length === 0 || files.every(isJsonMediaType) ? null : files.join(', ');
  }
  if (offered.some(isPlainJson)) return null;
  const json = offered.filter(isJsonMediaType);
  const sendable = [...new Set((json.length > 0 ? json : offered).filter(isSendableMediaType))];
  return sendable.length === 0 ? null : sendable.join(', ');
}

/**
 * The union of the success responses' types; with none declared, the `default` response's (which
 * covers every status not declared, the 2xx ones too: `default: successful operation`), else unknown.
 */
export function successType(responses: readonly ResponseModel[]): TypeRef {
  const success = responses.filter((r) => r.success);
  if (success.length > 0) return unionOf(success.map((r) => r.type));
  return responses.find((r) => r.status === 'default')?.type ?? UNKNOWN;
}

function isSuccessStatus(status: string): boolean {
  return /^2(?:\d\d|XX)$/.test(status);
}

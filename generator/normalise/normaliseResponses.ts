// Reads an operation's responses into status-keyed entries with media-typed content, for both dialects.

import { pointerTo } from '../pointer';
import { isSendableMediaType } from './mediaType';
import type { NormaliseContext } from './NormaliseContext';
import type { FormFieldStyle, MediaContent, NormalisedHeader, NormalisedResponse, ParameterStyle, SchemaSite } from './NormalisedSpec';
import { swagger2InlineSchema } from './swagger2Parameter';
import { followRef, isObject, readObject, readText, type JsonObject } from './readers';

const RESPONSE_KEY = /^(?:[1-5]\d\d|[1-5]XX|default)$/i;

/** The styles a form field may be written in (OAS 3 §4.8.15.1); `form` is the default, exploded. */
const FORM_STYLES: readonly ParameterStyle[] = ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

/**
 * The one media type a part is sent as: the first of a list (`image/png, image/jpeg`), none when
 * it is a range (`image/*`) or cannot go into a header as written.
 */
function partType(contentType: unknown): string | null {
  const first = readText(contentType)?.split(',')[0]?.trim() ?? '';
  return isSendableMediaType(first) && !first.includes('*') ? first : null;
}

/**
 * A media type's `encoding`: how each form field named there is written. In a URL-encoded body a
 * field's `contentType` (JSON in a form field) counts only when no `style` or `explode` is given,
 * which take precedence (OAS 3.1.1 §4.8.15).
 */
function readEncoding(encoding: unknown, pointer: string, urlEncoded: boolean, ctx: NormaliseContext): FormFieldStyle[] {
  return Object.entries(readObject(encoding, pointer, ctx.sink)).map(([name, value]) => {
    const raw = readObject(value, pointerTo(pointer, name), ctx.sink);
    const style = FORM_STYLES.find((s) => s === raw['style']) ?? 'form';
    const explode = typeof raw['explode'] === 'boolean' ? raw['explode'] : style === 'form';
    const styled = urlEncoded && (raw['style'] !== undefined || raw['explode'] !== undefined);
    return { name, style, explode, contentType: styled ? null : partType(raw['contentType']) };
  });
}

/**
 * A `content` key that is no media type (no `type/subtype`): `content: { schema: ... }` forgot the
 * media type, and `json` names one; either is read as JSON. Any other stays as written (a file).
 */
function mediaTypeOf(key: string, media: unknown, at: string, ctx: NormaliseContext): { mediaType: string; entry: JsonObject; schemaAt: string } {
  const read = (mediaType: string) => ({ mediaType, entry: readObject(media, at, ctx.sink), schemaAt: pointerTo(at, 'schema') });
  if (key.includes('/')) return read(key);
  const forgotten = key === 'schema' && isObject(media);
  const json = forgotten || /json/i.test(key);
  ctx.sink.report('MEDIA_TYPE_INVALID', at, { key, reading: json ? 'read as application/json' : 'read as a file' });
  // The schema is the value itself: its pointer is the key's.
  return forgotten ? { mediaType: 'application/json', entry: { schema: media }, schemaAt: at } : read(json ? 'application/json' : key);
}

/** A Swagger 2.0 `schema` left in an OpenAPI 3 response, which OpenAPI 3 puts under `content`: read as JSON. */
function schemaWithoutContent(raw: JsonObject, pointer: string, ctx: NormaliseContext): MediaContent[] {
  if (raw['schema'] === undefined) return [];
  const at = pointerTo(pointer, 'schema');
  ctx.sink.report('RESPONSE_SCHEMA_WITHOUT_CONTENT', at);
  return [{ mediaType: 'application/json', schema: { node: raw['schema'], pointer: at }, encoding: [] }];
}

/** OpenAPI 3 `content` maps, which request bodies and responses share. */
export function readContent(content: unknown, pointer: string, ctx: NormaliseContext): MediaContent[] {
  const map = readObject(content, pointer, ctx.sink);
  return Object.entries(map).map(([key, value]) => {
    const at = pointerTo(pointer, key);
    const { mediaType, entry, schemaAt } = mediaTypeOf(key, value, at, ctx);
    const schema = entry['schema'] === undefined ? null : { node: entry['schema'], pointer: schemaAt };
    // OpenAPI 3.2's schema of each item of a stream (JSON lines, server-sent events): not read yet.
    if (entry['itemSchema'] !== undefined) ctx.sink.report('ITEM_SCHEMA_IGNORED', pointerTo(at, 'itemSchema'), { mediaType });
    const urlEncoded = /^application\/x-www-form-urlencoded/i.test(mediaType);
    return { mediaType, schema, encoding: readEncoding(entry['encoding'], pointerTo(at, 'encoding'), urlEncoded, ctx) };
  });
}

function swagger2Content(raw: JsonObject, pointer: string, produces: readonly string[]): MediaContent[] {
  if (raw['schema'] === undefined) return [];
  const schema = { node: raw['schema'], pointer: pointerTo(pointer, 'schema') };
  return (produces.length > 0 ? produces : ['application/json']).map((mediaType) => ({ mediaType, schema, encoding: [] }));
}

/** Response headers; Swagger 2.0 writes their schema keywords inline, OAS 3 under `schema`. */
function readHeaders(headers: unknown, pointer: string, ctx: NormaliseContext): NormalisedHeader[] {
  return Object.entries(readObject(headers, pointer, ctx.sink)).flatMap(([name, value]) => {
    const at = pointerTo(pointer, name);
    const target = followRef(ctx, value, at);
    if (target.node === undefined) return [];
    const raw = readObject(target.node, at, ctx.sink);
    const inline = ctx.dialect === 'swagger-2.0' ? swagger2InlineSchema(raw) : null;
    const schema: SchemaSite | null =
      inline !== null ? { node: inline, pointer: target.pointer } : raw['schema'] !== undefined ? { node: raw['schema'], pointer: pointerTo(target.pointer, 'schema') } : null;
    return { name, required: raw['required'] === true, description: readText(raw['description']), schema };
  });
}

export function normaliseResponses(
  responses: unknown,
  pointer: string,
  produces: readonly string[],
  ctx: NormaliseContext,
): NormalisedResponse[] {
  const out: NormalisedResponse[] = [];
  for (const [key, value] of Object.entries(readObject(responses, pointer, ctx.sink))) {
    const at = pointerTo(pointer, key);
    if (!RESPONSE_KEY.test(key)) {
      ctx.sink.report('RESPONSE_KEY_INVALID', at, { key });
      continue;
    }
    const status = key.toUpperCase() === 'DEFAULT' ? 'default' : key.toUpperCase();
    // `2XX` and `2xx` (or `default` and `DEFAULT`) are one status: two would be one key twice.
    const first = out.find((r) => r.status === status);
    if (first !== undefined) {
      ctx.sink.report('RESPONSE_DUPLICATE', at, { key, first: first.pointer });
      continue;
    }
    const target = followRef(ctx, value, at);
    if (target.node === undefined) continue;
    const raw = readObject(target.node, at, ctx.sink);
    const content =
      ctx.dialect === 'swagger-2.0'
        ? swagger2Content(raw, target.pointer, produces)
        : isObject(raw['content'])
          ? readContent(raw['content'], pointerTo(target.pointer, 'content'), ctx)
          : schemaWithoutContent(raw, target.pointer, ctx);
    out.push({
      status,
      description: readText(raw['description']),
      content,
      headers: readHeaders(raw['headers'], pointerTo(target.pointer, 'headers'), ctx),
      pointer: at,
    });
  }
  return out;
}

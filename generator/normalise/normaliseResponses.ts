// Reads an operation's responses into status-keyed entries with media-typed content, for both dialects.

import { pointerTo } from '../pointer';
import type { NormaliseContext } from './NormaliseContext';
import type { MediaContent, NormalisedResponse } from './NormalisedSpec';
import { followRef, isObject, readObject, readText, type JsonObject } from './readers';

const RESPONSE_KEY = /^(?:[1-5]\d\d|[1-5]XX|default)$/i;

/** OpenAPI 3 `content` maps, which request bodies and responses share. */
export function readContent(content: unknown, pointer: string, ctx: NormaliseContext): MediaContent[] {
  const map = readObject(content, pointer, ctx.sink);
  return Object.entries(map).map(([mediaType, media]) => {
    const at = pointerTo(pointer, mediaType);
    const entry = readObject(media, at, ctx.sink);
    return { mediaType, schema: entry['schema'] === undefined ? null : { node: entry['schema'], pointer: pointerTo(at, 'schema') } };
  });
}

function swagger2Content(raw: JsonObject, pointer: string, produces: readonly string[]): MediaContent[] {
  if (raw['schema'] === undefined) return [];
  const schema = { node: raw['schema'], pointer: pointerTo(pointer, 'schema') };
  return (produces.length > 0 ? produces : ['application/json']).map((mediaType) => ({ mediaType, schema }));
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
    const target = followRef(ctx.document, value, at);
    const raw = readObject(target.node, at, ctx.sink);
    const content =
      ctx.dialect === 'swagger-2.0'
        ? swagger2Content(raw, target.pointer, produces)
        : isObject(raw['content'])
          ? readContent(raw['content'], pointerTo(target.pointer, 'content'), ctx)
          : [];
    out.push({ status: key.toUpperCase() === 'DEFAULT' ? 'default' : key.toUpperCase(), description: readText(raw['description']), content, pointer: at });
  }
  return out;
}

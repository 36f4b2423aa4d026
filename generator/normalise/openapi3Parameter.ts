// Reads one OpenAPI 3 parameter: schema or content, style and explode with the spec's defaults.

import type { NormalisedParameter, ParameterLocation, ParameterStyle, SchemaSite } from './NormalisedSpec';
import { isObject, readText, type JsonObject } from './readers';
import { pointerTo } from '../pointer';

const STYLES: readonly ParameterStyle[] = ['simple', 'form', 'label', 'matrix', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

/** The parameter's schema, and the media type its value is written in when `content` gives it. */
function parameterSchema(raw: JsonObject, pointer: string): { schema: SchemaSite | null; contentType: string | null } {
  if (raw['schema'] !== undefined) return { schema: { node: raw['schema'], pointer: pointerTo(pointer, 'schema') }, contentType: null };
  if (isObject(raw['content'])) {
    const [mediaType, media] = Object.entries(raw['content'])[0] ?? [];
    if (mediaType !== undefined && isObject(media)) {
      const schema = media['schema'] === undefined ? null : { node: media['schema'], pointer: pointerTo(pointer, 'content', mediaType, 'schema') };
      return { schema, contentType: mediaType };
    }
  }
  return { schema: null, contentType: null };
}

export function openapi3Parameter(
  raw: JsonObject,
  name: string,
  location: ParameterLocation,
  pointer: string,
): Omit<NormalisedParameter, 'source'> {
  // OpenAPI 3.0.3 §4.7.12.2: form for query and cookie, simple for path and header; explode follows form.
  const style = STYLES.find((s) => s === raw['style']) ?? (location === 'query' || location === 'cookie' ? 'form' : 'simple');
  return {
    name,
    in: location,
    required: raw['required'] === true,
    description: readText(raw['description']),
    deprecated: raw['deprecated'] === true,
    ...parameterSchema(raw, pointer),
    style,
    explode: typeof raw['explode'] === 'boolean' ? raw['explode'] : style === 'form',
    pointer,
  };
}

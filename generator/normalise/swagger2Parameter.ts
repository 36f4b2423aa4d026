// Maps one Swagger 2.0 non-body parameter to the OpenAPI 3 shape, keeping collectionFormat as a style.

import type { NormalisedParameter, ParameterLocation, ParameterStyle } from './NormalisedSpec';
import type { JsonObject } from './readers';
import { readText } from './readers';

/** The JSON Schema keywords a Swagger 2.0 parameter or header carries at its own level. */
const SCHEMA_KEYWORDS = [
  'type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf', 'x-nullable',
] as const;

/** The parameter's own schema keywords as a schema node, or null when it has no `type`. */
export function swagger2InlineSchema(raw: JsonObject): JsonObject | null {
  if (raw['type'] === undefined) return null;
  const schema: Record<string, unknown> = {};
  for (const key of SCHEMA_KEYWORDS) if (raw[key] !== undefined) schema[key] = raw[key];
  if (schema['type'] === 'file') return { ...schema, type: 'string', format: 'binary' };
  return schema;
}

/** collectionFormat applies to arrays only; a scalar gets the OAS 3 default, so both dialects serialise alike. */
export function collectionStyle(raw: JsonObject, location: ParameterLocation): { style: ParameterStyle; explode: boolean } {
  const plain: ParameterStyle = location === 'query' ? 'form' : 'simple';
  if (raw['type'] !== 'array') return { style: plain, explode: plain === 'form' };
  switch (raw['collectionFormat']) {
    case 'multi':
      return { style: 'form', explode: true };
    case 'ssv':
      return { style: 'spaceDelimited', explode: false };
    case 'pipes':
      return { style: 'pipeDelimited', explode: false };
    case 'tsv':
      return { style: 'tabDelimited', explode: false };
    default:
      return { style: plain, explode: false };
  }
}

export function swagger2Parameter(
  raw: JsonObject,
  name: string,
  location: ParameterLocation,
  pointer: string,
): Omit<NormalisedParameter, 'source'> {
  const schema = swagger2InlineSchema(raw);
  return {
    name,
    in: location,
    required: raw['required'] === true,
    description: readText(raw['description']),
    deprecated: raw['x-deprecated'] === true,
    schema: schema === null ? null : { node: schema, pointer },
    ...collectionStyle(raw, location),
    contentType: null,
    pointer,
  };
}

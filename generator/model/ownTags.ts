// The discriminator value a subtype gives itself, for when no mapping names it: the schema name
// would otherwise be its tag, and contradict what the subtype's own schema allows.

import { isObject, localTarget, type JsonObject } from '../json';

/** The one string a property schema allows (`enum: [cat]`, `const: cat`), through one local $ref. */
function singleValue(node: unknown, document: unknown): string | null {
  const schema = isObject(node) && typeof node['$ref'] === 'string' ? localTarget(document, node['$ref']) : node;
  if (!isObject(schema)) return null;
  if (typeof schema['const'] === 'string') return schema['const'];
  const values = schema['enum'];
  return Array.isArray(values) && values.length === 1 && typeof values[0] === 'string' ? values[0] : null;
}

/** The property's schema in the subtype's own `properties`, or in those of an inline `allOf` part. */
function ownProperty(subtype: JsonObject, property: string): unknown {
  const parts = [subtype, ...(Array.isArray(subtype['allOf']) ? subtype['allOf'].filter((p) => isObject(p) && p['$ref'] === undefined) : [])];
  for (const part of parts) {
    const properties = isObject(part) ? part['properties'] : undefined;
    if (isObject(properties) && Object.hasOwn(properties, property)) return properties[property];
  }
  return undefined;
}

/**
 * Azure's `x-ms-discriminator-value` (`VmmDetails` is tagged `VMM`), else the single value the
 * subtype's own discriminator property allows (`kind: { enum: [circle] }`); null when it says neither.
 */
export function ownTags(subtype: unknown, property: string, document: unknown): readonly string[] | null {
  if (!isObject(subtype)) return null;
  const declared = subtype['x-ms-discriminator-value'];
  if (typeof declared === 'string') return [declared];
  const value = singleValue(ownProperty(subtype, property), document);
  return value === null ? null : [value];
}

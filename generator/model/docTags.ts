// The schema keywords worth showing a caller, as JSDoc tags. Values stay raw text; emit escapes them.

import type { JsonObject } from '../json';
import type { DocTag } from './ApiModel';

const CONSTRAINTS = [
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
] as const;

/** Marks a number JSON.stringify would write as `null` (YAML's `.inf`, `.nan`), to be spelled as JavaScript does. */
const NON_FINITE = /"\\u0000(-?Infinity|NaN)\\u0000"/g;

function json(value: unknown): string {
  const plain = JSON.stringify(value);
  if (plain === undefined) return String(value);
  // Only text with a `null` can hide one: the replacer is not worth running for every example.
  if (!plain.includes('null')) return plain;
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `\0${v}\0` : v));
  return text.replace(NON_FINITE, '$1');
}

const NO_TAGS: readonly DocTag[] = [];
const TAG_KEYWORDS: ReadonlySet<string> = new Set(['format', ...CONSTRAINTS, 'default', 'example', 'examples', 'deprecated', 'x-deprecated']);

/**
 * Whether the schema has any keyword a tag is made from. Most have none, and reading their few own
 * keys is cheaper than asking each of them for the seventeen keywords (docTags runs for every
 * property: 30 ms on GitHub, and an empty array for each).
 */
function hasTagKeyword(schema: JsonObject): boolean {
  for (const key in schema) if (TAG_KEYWORDS.has(key)) return true;
  return false;
}

/** OpenAPI 3.0 and Swagger 2.0 write an exclusive bound as `minimum: 0, exclusiveMinimum: true`: said as 3.1 says it. */
function exclusive(schema: JsonObject, key: (typeof CONSTRAINTS)[number]): string {
  if (key === 'minimum' && schema['exclusiveMinimum'] === true) return 'exclusiveMinimum';
  if (key === 'maximum' && schema['exclusiveMaximum'] === true) return 'exclusiveMaximum';
  return key;
}

export function docTags(schema: JsonObject): readonly DocTag[] {
  if (!hasTagKeyword(schema)) return NO_TAGS;
  const tags: DocTag[] = [];
  if (typeof schema['format'] === 'string') tags.push({ tag: 'format', text: schema['format'] });
  for (const key of CONSTRAINTS) {
    const value = schema[key];
    if (value === undefined || (typeof value === 'boolean' && key.startsWith('exclusive'))) continue;
    tags.push({ tag: exclusive(schema, key), text: typeof value === 'string' ? value : json(value) });
  }
  if (schema['default'] !== undefined) tags.push({ tag: 'default', text: json(schema['default']) });
  const example = schema['example'] ?? (Array.isArray(schema['examples']) ? schema['examples'][0] : undefined);
  if (example !== undefined) tags.push({ tag: 'example', text: json(example) });
  if (schema['deprecated'] === true || schema['x-deprecated'] === true) tags.push({ tag: 'deprecated', text: '' });
  return tags;
}

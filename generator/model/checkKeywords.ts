// Schema keywords whose value has the wrong shape (`required: true` on a property, `properties: 5`,
// `type: []`): each is read as if absent, which a type can say nothing else about, and reported
// where it is, so `--strict` catches it rather than a type quietly narrowing or widening.

import type { DiagnosticSink } from '../diagnostics';
import { describeValue, isObject, type JsonObject } from '../json';
import { pointerTo } from '../pointer';

type Shape = readonly [keyword: string, fits: (value: unknown) => boolean, expected: string];

const isSchema = (value: unknown): boolean => typeof value === 'boolean' || isObject(value);
const isList = (value: unknown): boolean => Array.isArray(value);

const SHAPES: ReadonlyMap<string, Shape> = new Map(([
  // A null in a list is YAML's unquoted `null`, read as the type name (see typeKeyword).
  ['type', (v) => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === 'string' || t === null)), 'a type name or a list of them'],
  ['properties', isObject, 'an object of schemas'],
  ['patternProperties', isObject, 'an object of schemas'],
  ['additionalProperties', isSchema, 'a schema or a boolean'],
  ['required', (v) => Array.isArray(v) && v.every((name) => typeof name === 'string'), "a list of property names (a property is required by its object's list)"],
  ['enum', isList, 'a list of values'],
  ['allOf', isList, 'a list of schemas'],
  ['oneOf', isList, 'a list of schemas'],
  ['anyOf', isList, 'a list of schemas'],
] satisfies Shape[]).map((shape) => [shape[0], shape]));

/** Runs for every schema node: looks at the keys the node has (a few), not at every keyword checked. */
export function checkKeywords(schema: JsonObject, pointer: string, sink: DiagnosticSink): void {
  for (const keyword in schema) {
    const shape = SHAPES.get(keyword);
    if (shape === undefined) continue;
    const value = schema[keyword];
    if (value !== undefined && !shape[1](value)) {
      sink.report('SCHEMA_KEYWORD_INVALID', pointerTo(pointer, keyword), { keyword, expected: shape[2], actual: value === true || value === false ? String(value) : describeValue(value) });
    }
  }
  const type = schema['type'];
  if (Array.isArray(type)) type.forEach((t, i) => t === null && sink.report('TYPE_NULL_UNQUOTED', pointerTo(pointer, 'type', i)));
}

/** `type` as the model reads it: a name or a non-empty list of names, else absent. */
export function typeKeyword(schema: JsonObject): string | readonly string[] | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  if (!Array.isArray(type) || type.length === 0 || !type.every((t) => typeof t === 'string' || t === null)) return undefined;
  return type.map((t: string | null) => t ?? 'null');
}

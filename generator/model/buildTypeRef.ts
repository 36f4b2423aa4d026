// Turns a raw JSON Schema node into a TypeRef. Named schemas become references; local refs to
// anything else are followed; what cannot be typed becomes `unknown` with a warning at its pointer.

import type { DiagnosticSink } from '../diagnostics';
import type { Identifier } from '../naming';
import { isObject, readText, resolvePointer, type JsonObject } from '../json';
import { pointerTo } from '../pointer';
import type { PropertyModel, Scalar, TypeRef } from './ApiModel';

export interface TypeContext {
  readonly document: unknown;
  /** Pointer of each named schema (`#/definitions/Pet`) → its final type name. */
  readonly namedSchemas: ReadonlyMap<string, Identifier>;
  readonly sink: DiagnosticSink;
}

const UNKNOWN: TypeRef = { kind: 'primitive', name: 'unknown' };

function isScalar(value: unknown): value is Scalar | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** A union that drops duplicates and flattens nested unions, so `T | null | null` stays `T | null`. */
export function unionOf(members: readonly TypeRef[]): TypeRef {
  const flat: TypeRef[] = [];
  for (const m of members.flatMap((t) => (t.kind === 'union' ? t.of : [t]))) {
    if (!flat.some((f) => JSON.stringify(f) === JSON.stringify(m))) flat.push(m);
  }
  if (flat.some((t) => t.kind === 'primitive' && t.name === 'unknown')) return UNKNOWN;
  return flat.length === 1 ? flat[0]! : { kind: 'union', of: flat };
}

function isNullable(schema: JsonObject): boolean {
  return schema['nullable'] === true || schema['x-nullable'] === true;
}

function objectType(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  const required = Array.isArray(schema['required']) ? schema['required'].map(String) : [];
  const props = isObject(schema['properties']) ? schema['properties'] : {};
  const properties: PropertyModel[] = Object.entries(props).map(([name, node]) => ({
    name,
    required: required.includes(name),
    type: buildTypeRef(node, pointerTo(pointer, 'properties', name), ctx, seen),
    doc: isObject(node) ? readText(node['description']) : null,
  }));
  const extra = schema['additionalProperties'];
  const additional =
    extra === true || (extra === undefined && properties.length === 0)
      ? UNKNOWN
      : isObject(extra)
        ? buildTypeRef(extra, pointerTo(pointer, 'additionalProperties'), ctx, seen)
        : null;
  return { kind: 'object', properties, additional };
}

function typeFromKeyword(type: string, schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  switch (type) {
    case 'string':
      return { kind: 'primitive', name: schema['format'] === 'binary' ? 'binary' : 'string' };
    case 'integer':
    case 'number':
      return { kind: 'primitive', name: 'number' };
    case 'boolean':
      return { kind: 'primitive', name: 'boolean' };
    case 'null':
      return { kind: 'primitive', name: 'null' };
    case 'array':
      return { kind: 'array', of: schema['items'] === undefined ? UNKNOWN : buildTypeRef(schema['items'], pointerTo(pointer, 'items'), ctx, seen) };
    case 'object':
      return objectType(schema, pointer, ctx, seen);
    default:
      ctx.sink.report('SCHEMA_UNSUPPORTED', pointerTo(pointer, 'type'), { reason: `has the unknown type \`${type}\`` });
      return UNKNOWN;
  }
}

function composed(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef | null {
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list) || list.length === 0) continue;
    const parts = list.map((node, i) => buildTypeRef(node, pointerTo(pointer, keyword, i), ctx, seen));
    return keyword === 'allOf' ? (parts.length === 1 ? parts[0]! : { kind: 'intersection', of: parts }) : unionOf(parts);
  }
  return null;
}

function refType(ref: string, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  const named = ctx.namedSchemas.get(ref);
  if (named !== undefined) return { kind: 'named', name: named };
  const target = ref.startsWith('#') ? resolvePointer(ctx.document, ref) : undefined;
  if (target === undefined) {
    ctx.sink.report('REF_MISSING', pointerTo(pointer, '$ref'), { ref });
    return UNKNOWN;
  }
  // A ref to an unnamed node that leads back to itself cannot be written inline.
  if (seen.has(ref)) return UNKNOWN;
  return buildTypeRef(target, ref, ctx, new Set([...seen, ref]));
}

function bareType(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  if (Array.isArray(schema['enum'])) {
    const values = schema['enum'].filter(isScalar);
    return values.length === 0 ? UNKNOWN : unionOf(values.map((value) => ({ kind: 'literal', value })));
  }
  if ('const' in schema && isScalar(schema['const'])) return { kind: 'literal', value: schema['const'] };
  const viaComposition = composed(schema, pointer, ctx, seen);
  if (viaComposition !== null) return viaComposition;
  const type = schema['type'];
  if (Array.isArray(type)) return unionOf(type.map((t) => typeFromKeyword(String(t), schema, pointer, ctx, seen)));
  if (typeof type === 'string') return typeFromKeyword(type, schema, pointer, ctx, seen);
  if (isObject(schema['properties']) || schema['additionalProperties'] !== undefined) return objectType(schema, pointer, ctx, seen);
  if (schema['items'] !== undefined) return typeFromKeyword('array', schema, pointer, ctx, seen);
  return UNKNOWN;
}

export function buildTypeRef(node: unknown, pointer: string, ctx: TypeContext, seen: ReadonlySet<string> = new Set()): TypeRef {
  if (node === true || node === undefined) return UNKNOWN;
  if (!isObject(node)) {
    ctx.sink.report('SCHEMA_UNSUPPORTED', pointer, { reason: 'is not an object' });
    return UNKNOWN;
  }
  if (typeof node['$ref'] === 'string') return refType(node['$ref'], pointer, ctx, seen);
  const type = bareType(node, pointer, ctx, seen);
  return isNullable(node) ? unionOf([type, { kind: 'primitive', name: 'null' }]) : type;
}

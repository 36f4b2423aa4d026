// Object schemas: properties for the side of the wire being typed, required vs optional, and
// additionalProperties and patternProperties as an index signature.

import { isObject, readText, localTarget, type JsonObject } from '../json';
import { pointerTo } from '../pointer';
import type { PropertyModel, TypeRef } from './ApiModel';
import { docTags } from './docTags';
import { readWriteFlags, type ReadWriteFlags } from './readWriteFlags';
import { unionOf, UNKNOWN, type TypeContext } from './TypeContext';

export type BuildType = (node: unknown, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>) => TypeRef;

/** The flags a `$ref` leads to, kept per build in the context: each is asked for per object, per side of the wire. */
function refFlags(prop: JsonObject, ref: string, ctx: TypeContext): ReadWriteFlags {
  let flags = ctx.refFlags?.get(ref);
  if (flags === undefined) {
    flags = readWriteFlags(prop, (r) => localTarget(ctx.document, r));
    ctx.refFlags?.set(ref, flags);
  }
  return flags;
}

/** readOnly properties are only returned, writeOnly ones only sent (OAS 3.0.3 §4.7.24.1), also when the schema a `$ref` names says so. */
export function onThisSide(prop: unknown, ctx: TypeContext): boolean {
  if (!isObject(prop)) return true;
  const ref = prop['$ref'];
  if (prop['readOnly'] === true || prop['writeOnly'] === true || typeof ref !== 'string') {
    return ctx.direction === 'read' ? prop['writeOnly'] !== true : prop['readOnly'] !== true;
  }
  const flags = refFlags(prop, ref, ctx);
  return ctx.direction === 'read' ? !flags.writeOnly : !flags.readOnly;
}

export function buildObjectType(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>, build: BuildType): TypeRef {
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);
  const props = isObject(schema['properties']) ? schema['properties'] : {};
  const properties: PropertyModel[] = Object.entries(props)
    .filter(([, node]) => onThisSide(node, ctx))
    .map(([name, node]) => ({
      name,
      required: required.has(name),
      type: build(node, pointerTo(pointer, 'properties', name), ctx, seen),
      doc: isObject(node) ? readText(node['description']) : null,
      tags: isObject(node) ? docTags(node) : [],
    }));
  // Anything but a schema or a boolean is read as if absent (checkKeywords says so).
  const extra = typeof schema['additionalProperties'] === 'boolean' || isObject(schema['additionalProperties']) ? schema['additionalProperties'] : undefined;
  const additional =
    extra === true || (extra === undefined && Object.keys(props).length === 0)
      ? UNKNOWN
      : isObject(extra)
        ? build(extra, pointerTo(pointer, 'additionalProperties'), ctx, seen)
        : null;
  // Keys matching a pattern are more properties, which the index signature must admit (TypeScript
  // cannot tell keys apart by pattern): `{ patternProperties: { '^x-': string }, additionalProperties: false }`.
  const patterns = isObject(schema['patternProperties']) ? Object.entries(schema['patternProperties']) : [];
  if (patterns.length === 0) return { kind: 'object', properties, additional };
  const patternTypes = patterns.map(([pattern, node]) => build(node, pointerTo(pointer, 'patternProperties', pattern), ctx, seen));
  return { kind: 'object', properties, additional: unionOf(additional === null ? patternTypes : [...patternTypes, additional]) };
}

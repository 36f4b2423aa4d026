// What building a type needs to know: the document, the final names of named schemas, which side
// of the wire is being typed, and the type options.

import type { DiagnosticSink } from '../diagnostics';
import type { Dialect } from '../load/sniffVersion';
import type { Identifier } from '../naming';
import type { SchemaFacts } from './analyseSchemas';
import type { PrimitiveName, TypeRef } from './ApiModel';
import type { ReadWriteFlags } from './readWriteFlags';

/** The names one named schema is emitted under. */
export interface SchemaNames {
  /** The response view (or the only one). */
  readonly read: Identifier;
  /** The request view; the same as `read` when the schema reads and writes alike. */
  readonly write: Identifier;
  /** For a discriminated base: the shape its subtypes extend (`AnimalBase`), per view. */
  readonly base: { readonly read: Identifier; readonly write: Identifier } | null;
}

export interface TypeContext {
  readonly document: unknown;
  /** The dialect of the document's own layout, which refs point into (a Swagger 2.0 parameter holds its type itself). */
  readonly dialect: Dialect;
  readonly namedSchemas: ReadonlyMap<string, SchemaNames>;
  readonly facts: SchemaFacts;
  /** `read` types what responses return (no writeOnly fields); `write` what requests send (no readOnly fields). */
  readonly direction: 'read' | 'write';
  readonly sink: DiagnosticSink;
  /**
   * A subtype that is a discriminated base itself (a Pet between Animal and Dog), while its own
   * shape (`PetBase`) is built: that shape carries no tag, as each of its subtypes carries its own.
   */
  readonly untagged?: string;
  /** What readOnly/writeOnly each `$ref` a property holds leads to, found once per build. */
  readonly refFlags?: Map<string, ReadWriteFlags>;
}

/**
 * The one object of each primitive type. Most properties are primitives, and the model is readonly,
 * so they share these rather than each keeping an object of its own alive until emit.
 */
const PRIMITIVES: Readonly<Record<PrimitiveName, TypeRef>> = {
  string: { kind: 'primitive', name: 'string' },
  number: { kind: 'primitive', name: 'number' },
  int64: { kind: 'primitive', name: 'int64' },
  boolean: { kind: 'primitive', name: 'boolean' },
  null: { kind: 'primitive', name: 'null' },
  undefined: { kind: 'primitive', name: 'undefined' },
  unknown: { kind: 'primitive', name: 'unknown' },
  never: { kind: 'primitive', name: 'never' },
  binary: { kind: 'primitive', name: 'binary' },
  blob: { kind: 'primitive', name: 'blob' },
};

export function primitive(name: PrimitiveName): TypeRef {
  return PRIMITIVES[name];
}

export const UNKNOWN = PRIMITIVES.unknown;
export const NULL = PRIMITIVES.null;

/**
 * What unionOf compares members by: for the common small kinds a short key that cannot equal any
 * JSON (which starts with `{`); for the others (objects, arrays, ...) their JSON, each written once
 * (enums with thousands of values exist). A structured member can only equal another structured
 * one, so when it is the only one its JSON is not written: `T | null` on a large object type did
 * so for every nullable object (20 ms on GitHub).
 */
function memberKey(t: TypeRef, structuredCount: number): string {
  switch (t.kind) {
    case 'named':
      return `n${t.name}`;
    case 'primitive':
      return `p${t.name}`;
    case 'literal':
      return `l${JSON.stringify(t.value)}`;
    default:
      return structuredCount > 1 ? JSON.stringify(t) : '{';
  }
}

function isStructured(t: TypeRef): boolean {
  return t.kind !== 'named' && t.kind !== 'primitive' && t.kind !== 'literal';
}

/** A union that drops duplicates and flattens nested unions, so `T | null | null` stays `T | null`. */
export function unionOf(members: readonly TypeRef[]): TypeRef {
  const flat: TypeRef[] = [];
  const seen = new Set<string>();
  // A loop, not flatMap, which made an array per member (most unions are enums' literals).
  const all: TypeRef[] = [];
  for (const t of members) {
    if (t.kind !== 'union') all.push(t);
    else for (const inner of t.of) all.push(inner);
  }
  const structuredCount = all.filter(isStructured).length;
  for (const member of all) {
    // An enum's `null` and `nullable: true` are the same type.
    const m = member.kind === 'literal' && member.value === null ? NULL : member;
    if (m.kind === 'primitive' && m.name === 'never') continue;
    const key = memberKey(m, structuredCount);
    if (!seen.has(key)) {
      seen.add(key);
      flat.push(m);
    }
  }
  if (flat.some((t) => t.kind === 'primitive' && t.name === 'unknown')) return UNKNOWN;
  if (flat.length === 0) return primitive('never');
  return flat.length === 1 ? flat[0]! : { kind: 'union', of: flat };
}

export function isUnknown(t: TypeRef): boolean {
  return t.kind === 'primitive' && t.name === 'unknown';
}

function isEmptyObject(t: TypeRef): boolean {
  return t.kind === 'object' && t.properties.length === 0 && t.additional === null;
}

/**
 * An intersection without empty-object members: `allOf` parts whose fields all belong to the
 * other side of the wire leave `{}` behind, and `X & Record<string, never>` would be unusable.
 * Nor unknown ones (an `allOf` part that only constrains): `X & unknown` is X.
 */
export function intersectionOf(members: readonly TypeRef[]): TypeRef {
  const flat = members.flatMap((t) => (t.kind === 'intersection' ? t.of : [t]));
  const kept = flat.filter((t) => !isEmptyObject(t) && !isUnknown(t));
  // Nothing but unknown and empty objects: unknown if any part is (it says nothing of the fields), whatever the order.
  if (kept.length === 0) return flat.length === 0 || flat.some(isUnknown) ? UNKNOWN : flat[0]!;
  return kept.length === 1 ? kept[0]! : { kind: 'intersection', of: kept };
}

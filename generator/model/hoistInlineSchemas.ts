// Finds inline object and enum schemas worth a name of their own, and names them from where they
// sit: `NewPet.owner.contact` → `NewPetOwnerContact`, query `status` of `listPets` → `ListPetsStatus`.
// The raw names depend only on the path to the schema, so they stay stable as the spec grows.

import { isObject, type JsonObject } from '../json';
import type { NamedSchema, NormalisedOperation } from '../normalise/NormalisedSpec';
import { pointerTo } from '../pointer';
import { compareKeys } from '../naming';
import { operationSortKey, pathName } from './planNames';

function isInlineObject(node: JsonObject): boolean {
  const composed = node['allOf'] !== undefined || node['oneOf'] !== undefined || node['anyOf'] !== undefined;
  return !composed && isObject(node['properties']) && Object.keys(node['properties']).length > 0;
}

function isInlineEnum(node: JsonObject): boolean {
  return Array.isArray(node['enum']) && node['enum'].length > 0;
}

/** Whether an inline node is of a kind that gets a name of its own (when it is not a declaration already). */
export function isHoistable(node: JsonObject): boolean {
  return isInlineObject(node) || isInlineEnum(node);
}

/** Records `node` when it deserves a name (unless it is a declaration already), then looks inside it. */
function visit(node: unknown, pointer: string, raw: string, isRoot: boolean, out: NamedSchema[]): void {
  if (!isObject(node) || typeof node['$ref'] === 'string') return;
  if (!isRoot && isHoistable(node)) out.push({ name: raw, site: { node, pointer } });
  if (isObject(node['properties'])) {
    for (const [name, child] of Object.entries(node['properties'])) visit(child, pointerTo(pointer, 'properties', name), `${raw} ${name}`, false, out);
  }
  // Array items take the array's name: an array itself is never hoisted.
  if (isObject(node['items'])) visit(node['items'], pointerTo(pointer, 'items'), raw, false, out);
}

/** A hoisted schema, and the other raw names it was reached under (a node several operations share). */
export interface HoistedSchema extends NamedSchema {
  readonly otherNames: readonly string[];
}

/** Inline schemas inside named schemas and operations, found in the order they are named (see below). */
export function hoistInlineSchemas(schemas: readonly NamedSchema[], operations: readonly NormalisedOperation[]): HoistedSchema[] {
  const out: NamedSchema[] = [];
  // Schemas and operations in the order they are named, not the spec's: two inline schemas asking
  // for one name (`A` › `b c`, `A b` › `c`) are numbered in the order they are found, and a node two
  // operations share (a path-level parameter, a shared response) is named after the first.
  const named = schemas.map((s) => [`${s.name}\u0000${s.site.pointer}`, s] as const);
  for (const [, s] of named.sort(([a], [b]) => compareKeys(a, b))) visit(s.site.node, s.site.pointer, s.name, true, out);
  const keyed = operations.map((op) => [operationSortKey(op), op] as const);
  for (const [, op] of keyed.sort(([a], [b]) => compareKeys(a, b))) {
    const raw = op.operationId ?? pathName(op.method, op.path);
    for (const p of op.parameters) if (p.schema !== null) visit(p.schema.node, p.schema.pointer, `${raw} ${p.name}`, false, out);
    for (const c of op.requestBody?.content ?? []) if (c.schema !== null) visit(c.schema.node, c.schema.pointer, `${raw} body`, false, out);
    for (const r of op.responses) {
      for (const c of r.content) if (c.schema !== null) visit(c.schema.node, c.schema.pointer, `${raw} ${r.status} response`, false, out);
    }
  }
  // The same node reached twice (Swagger 2.0 maps one body schema onto several media types) is named once,
  // after the first; the names it was reached under too are kept for a lock made from one of them.
  // By a map: a findIndex per schema was quadratic (Graph hoists thousands).
  const first = new Map<string, { schema: NamedSchema; otherNames: string[] }>();
  for (const s of out) {
    const found = first.get(s.site.pointer);
    if (found === undefined) first.set(s.site.pointer, { schema: s, otherNames: [] });
    else if (s.name !== found.schema.name && !found.otherNames.includes(s.name)) found.otherNames.push(s.name);
  }
  return [...first.values()].map(({ schema, otherNames }) => ({ ...schema, otherNames }));
}

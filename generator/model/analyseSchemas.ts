// Facts about the named schemas that decide names before any type is built: which schemas read
// differently from how they are written (readOnly/writeOnly), and which are discriminated bases.

import { isObject, readText, type JsonObject } from '../json';
import type { NamedSchema } from '../normalise/NormalisedSpec';

export interface SubtypeInfo {
  readonly base: string;
  readonly property: string;
  readonly tag: string;
}

export interface SchemaFacts {
  /** Pointers of named schemas whose request (write) view differs from their response (read) view. */
  readonly directional: ReadonlySet<string>;
  /** Pointer of each discriminated base that has subtypes → its discriminator property. */
  readonly bases: ReadonlyMap<string, string>;
  /** Pointer of each subtype → its base, the discriminator property and its tag value. */
  readonly subtypes: ReadonlyMap<string, SubtypeInfo>;
}

const LIST_KEYWORDS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'] as const;

/** Calls `visit` on every schema node inside `node`, without following `$ref`s. */
export function forEachSubschema(node: unknown, visit: (schema: JsonObject) => void): void {
  if (!isObject(node)) return;
  visit(node);
  if (typeof node['$ref'] === 'string') return;
  if (isObject(node['properties'])) for (const child of Object.values(node['properties'])) forEachSubschema(child, visit);
  for (const key of ['additionalProperties', 'not'] as const) forEachSubschema(node[key], visit);
  const items = node['items'];
  if (Array.isArray(items)) items.forEach((child) => forEachSubschema(child, visit));
  else forEachSubschema(items, visit);
  for (const key of LIST_KEYWORDS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child) => forEachSubschema(child, visit));
  }
}

function hasOwnDirection(node: unknown): boolean {
  let found = false;
  forEachSubschema(node, (schema) => {
    if (!isObject(schema['properties'])) return;
    for (const prop of Object.values(schema['properties'])) {
      if (isObject(prop) && (prop['readOnly'] === true || prop['writeOnly'] === true)) found = true;
    }
  });
  return found;
}

function refsOf(node: unknown): string[] {
  const refs: string[] = [];
  forEachSubschema(node, (schema) => {
    if (typeof schema['$ref'] === 'string') refs.push(schema['$ref']);
  });
  return refs;
}

/** A schema is directional when it, or anything it refers to, has readOnly or writeOnly properties. */
function directionalSchemas(schemas: readonly NamedSchema[]): Set<string> {
  const refs = new Map(schemas.map((s) => [s.site.pointer, refsOf(s.site.node)]));
  const directional = new Set(schemas.filter((s) => hasOwnDirection(s.site.node)).map((s) => s.site.pointer));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [pointer, targets] of refs) {
      if (!directional.has(pointer) && targets.some((t) => directional.has(t))) {
        directional.add(pointer);
        changed = true;
      }
    }
  }
  return directional;
}

function discriminatorProperty(node: JsonObject): string | null {
  const d = node['discriminator'];
  return typeof d === 'string' ? d : isObject(d) ? readText(d['propertyName']) : null;
}

/** The tag of a subtype: the OAS 3 mapping key that points at it, else its schema name (OAS 3 §4.8.25). */
function tagOf(base: JsonObject, subtype: NamedSchema): string {
  const mapping = isObject(base['discriminator']) && isObject(base['discriminator']['mapping']) ? base['discriminator']['mapping'] : {};
  const hit = Object.entries(mapping).find(([, target]) => target === subtype.site.pointer || target === subtype.name);
  return hit?.[0] ?? subtype.name;
}

function discriminated(schemas: readonly NamedSchema[]): { bases: Map<string, string>; subtypes: Map<string, SubtypeInfo> } {
  const bases = new Map<string, string>();
  const subtypes = new Map<string, SubtypeInfo>();
  for (const base of schemas) {
    if (!isObject(base.site.node)) continue;
    const property = discriminatorProperty(base.site.node);
    if (property === null) continue;
    for (const candidate of schemas) {
      const allOf = isObject(candidate.site.node) ? candidate.site.node['allOf'] : undefined;
      if (!Array.isArray(allOf) || !allOf.some((m) => isObject(m) && m['$ref'] === base.site.pointer)) continue;
      if (subtypes.has(candidate.site.pointer)) continue; // first base wins; a subtype has one tag
      subtypes.set(candidate.site.pointer, { base: base.site.pointer, property, tag: tagOf(base.site.node, candidate) });
      bases.set(base.site.pointer, property);
    }
  }
  return { bases, subtypes };
}

export function analyseSchemas(schemas: readonly NamedSchema[]): SchemaFacts {
  return { directional: directionalSchemas(schemas), ...discriminated(schemas) };
}

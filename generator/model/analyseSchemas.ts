// Facts about the named schemas that decide names before any type is built: which schemas read
// differently from how they are written (readOnly/writeOnly), and which are discriminated bases.

import { isObject, readText, localTarget, type JsonObject } from '../json';
import type { NamedSchema } from '../normalise/NormalisedSpec';
import { plainRef } from '../pointer';
import { addReferrer, markReferrers, type Referrers } from '../referrers';
import { ownTags } from './ownTags';
import { readWriteFlags } from './readWriteFlags';

export interface SubtypeInfo {
  readonly base: string;
  readonly property: string;
  /** Its discriminator values: every mapping key that names it (`cat`, `kitty`), else the one it gives itself, else its name. */
  readonly tags: readonly string[];
}

export interface SchemaFacts {
  /** Pointers of named schemas whose request (write) view differs from their response (read) view. */
  readonly directional: ReadonlySet<string>;
  /** Pointer of each discriminated base that has subtypes → its discriminator property. */
  readonly bases: ReadonlyMap<string, string>;
  /**
   * Pointer of each subtype → its base (the schema its allOf names: a subtype of a subtype has
   * that one as its base), the discriminator property and its tag values.
   */
  readonly subtypes: ReadonlyMap<string, SubtypeInfo>;
}

const SINGLE_KEYWORDS = ['additionalProperties', 'not', 'items'] as const;
const LIST_KEYWORDS = ['items', 'allOf', 'oneOf', 'anyOf', 'prefixItems'] as const;

/** Calls `visit` on every schema node inside `node`, without following `$ref`s; a visit that returns false skips the node's insides. */
export function forEachSubschema(node: unknown, visit: (schema: JsonObject) => boolean | void): void {
  if (!isObject(node)) return;
  if (visit(node) === false || typeof node['$ref'] === 'string') return;
  if (isObject(node['properties'])) for (const child of Object.values(node['properties'])) forEachSubschema(child, visit);
  // `items` is a schema or (draft 4 tuples) a list of them; each loop skips the shape it does not take.
  for (const key of SINGLE_KEYWORDS) forEachSubschema(node[key], visit);
  for (const key of LIST_KEYWORDS) {
    const list = node[key];
    if (Array.isArray(list)) for (const child of list) forEachSubschema(child, visit);
  }
}


/**
 * Whether a schema has readOnly or writeOnly properties of its own, and the schemas it leads to: its
 * refs, and the declared (hoisted) schemas nested in it, which are walked on their own and so not
 * again here: walking every hoisted schema inside each of its ancestors too was quadratic in depth.
 */
function directionFacts(node: unknown, declared: ReadonlyMap<unknown, string>, isDirectional: (prop: unknown) => boolean): { own: boolean; refs: string[] } {
  const facts = { own: false, refs: [] as string[] };
  forEachSubschema(node, (schema) => {
    const nested = schema === node ? undefined : declared.get(schema);
    if (nested !== undefined) {
      facts.refs.push(nested);
      return false;
    }
    if (typeof schema['$ref'] === 'string') facts.refs.push(plainRef(schema['$ref']));
    if (!facts.own && isObject(schema['properties'])) facts.own = Object.values(schema['properties']).some(isDirectional);
    return true;
  });
  return facts;
}

/**
 * A schema is directional when it, or anything it refers to, has readOnly or writeOnly properties:
 * spread from the schemas with their own along the refs, backwards (a loop over every schema until
 * nothing changed took 16 ms on Graph).
 */
function directionalSchemas(schemas: readonly NamedSchema[], document: unknown): Set<string> {
  const referrers: Referrers = new Map();
  const directional = new Set<string>();
  // The first declaration of a node wins: a YAML alias can put one node at two places.
  const declared = new Map<unknown, string>();
  for (const s of schemas) if (!declared.has(s.site.node)) declared.set(s.site.node, s.site.pointer);
  const byPointer = new Map(schemas.map((s) => [s.site.pointer, s.site.node]));
  const isDirectional = (prop: unknown) => {
    // Any local pointer, as buildObjectType follows it (a property of another schema too), named schemas found at once.
    const flags = readWriteFlags(prop, (ref) => byPointer.get(ref) ?? localTarget(document, ref));
    return flags.readOnly || flags.writeOnly;
  };
  for (const s of schemas) {
    const { own, refs } = directionFacts(s.site.node, declared, isDirectional);
    if (own) directional.add(s.site.pointer);
    for (const target of refs) addReferrer(referrers, target, s.site.pointer);
  }
  markReferrers(directional, referrers);
  return directional;
}

function discriminatorProperty(node: JsonObject): string | null {
  const d = node['discriminator'];
  return typeof d === 'string' ? d : isObject(d) ? readText(d['propertyName']) : null;
}

/**
 * The tags of each subtype: the OAS 3 mapping keys that point at it (by pointer or by name), in
 * mapping order, else the value it gives itself (see ownTags), else its schema name (OAS 3
 * §4.8.25). The mapping is indexed once per base: Graph's root type maps about 1,500 subtypes.
 */
function tagger(base: JsonObject, property: string, document: unknown): (subtype: NamedSchema) => readonly string[] {
  const mapping = isObject(base['discriminator']) && isObject(base['discriminator']['mapping']) ? base['discriminator']['mapping'] : {};
  const keys = Object.keys(mapping);
  const indexesOf = new Map<unknown, number[]>();
  keys.forEach((key, i) => {
    const indexes = indexesOf.get(mapping[key]);
    if (indexes === undefined) indexesOf.set(mapping[key], [i]);
    else indexes.push(i);
  });
  return (subtype) => {
    const hits = [...(indexesOf.get(subtype.site.pointer) ?? []), ...(indexesOf.get(subtype.name) ?? [])].sort((a, b) => a - b);
    if (hits.length > 0) return hits.map((i) => keys[i]!);
    return ownTags(subtype.site.node, property, document) ?? [subtype.name];
  };
}

/** The schemas whose allOf refers to each pointer, in schema order. */
function allOfReferrers(schemas: readonly NamedSchema[]): Map<unknown, NamedSchema[]> {
  const referrers = new Map<unknown, NamedSchema[]>();
  for (const candidate of schemas) {
    const allOf = isObject(candidate.site.node) ? candidate.site.node['allOf'] : undefined;
    if (!Array.isArray(allOf)) continue;
    for (const target of new Set(allOf.filter(isObject).map((m) => (typeof m['$ref'] === 'string' ? plainRef(m['$ref']) : m['$ref'])))) {
      const list = referrers.get(target);
      if (list === undefined) referrers.set(target, [candidate]);
      else list.push(candidate);
    }
  }
  return referrers;
}

/** A schema the spec declares by name, not one inline somewhere. */
const DECLARED = /^#\/(?:components\/schemas|definitions)\/[^/]+$/;

function discriminated(schemas: readonly NamedSchema[], document: unknown): { bases: Map<string, string>; subtypes: Map<string, SubtypeInfo> } {
  const bases = new Map<string, string>();
  const subtypes = new Map<string, SubtypeInfo>();
  const referrers = allOfReferrers(schemas);
  for (const base of schemas) {
    if (!isObject(base.site.node)) continue;
    const property = discriminatorProperty(base.site.node);
    if (property === null) continue;
    const tagOf = tagger(base.site.node, property, document);
    // Subtypes of subtypes too (Graph's user is allOf directoryObject, which is allOf entity): each
    // takes its tag from the root's mapping, and the one between becomes a base of its own.
    const parents = [base.site.pointer];
    for (let parent = parents.shift(); parent !== undefined; parent = parents.shift()) {
      for (const candidate of referrers.get(parent) ?? []) {
        if (subtypes.has(candidate.site.pointer) || candidate.site.pointer === base.site.pointer) continue; // first base wins; a subtype has one tag
        // Below the first level only declared schemas: an inline `allOf: [Dog, {...}]` (a request
        // body built on Dog) is no kind of animal the server sends, and would make Dog a union.
        if (parent !== base.site.pointer && !DECLARED.test(candidate.site.pointer)) continue;
        subtypes.set(candidate.site.pointer, { base: parent, property, tags: tagOf(candidate) });
        bases.set(parent, property);
        parents.push(candidate.site.pointer);
      }
    }
  }
  return { bases, subtypes };
}

export function analyseSchemas(schemas: readonly NamedSchema[], document: unknown): SchemaFacts {
  return { directional: directionalSchemas(schemas, document), ...discriminated(schemas, document) };
}

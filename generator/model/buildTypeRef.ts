// Turns a raw JSON Schema node into a TypeRef. Named schemas become references (to the view for
// the side of the wire being typed); other local refs are followed; what cannot be typed becomes
// `unknown` with a warning at its pointer.

import { isJsonScalar, isObject, localTarget, type JsonObject } from '../json';
import { plainRef, pointerTo } from '../pointer';
import type { TypeRef } from './ApiModel';
import { buildObjectType } from './buildObjectType';
import { checkDiscriminator } from './checkDiscriminator';
import { checkKeywords, typeKeyword } from './checkKeywords';
import { enumValues } from './enumValues';
import { requiredElsewhere } from './requiredElsewhere';
import { isHoistable } from './hoistInlineSchemas';
import { nonSchemaTarget } from './nonSchemaTarget';
import { ownTags } from './ownTags';
import { canCarryTag } from './discriminatedMembers';
import { intersectionOf, isUnknown, NULL, primitive, unionOf, UNKNOWN, type TypeContext } from './TypeContext';

export { unionOf, type TypeContext } from './TypeContext';

function isNullable(schema: JsonObject): boolean {
  return schema['nullable'] === true || schema['x-nullable'] === true;
}

export function tagObject(property: string, tags: readonly string[]): TypeRef {
  const type = unionOf(tags.map((value) => ({ kind: 'literal', value }) as const));
  return { kind: 'object', properties: [{ name: property, required: true, type, doc: null, tags: [] }], additional: null };
}

function arrayType(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  // 2020-12 tuples are prefixItems (+ items for the rest); draft 4 tuples are an items array (+ additionalItems).
  const [fixed, restNode, restKey] = Array.isArray(schema['prefixItems'])
    ? [schema['prefixItems'], schema['items'], 'items']
    : Array.isArray(schema['items'])
      ? [schema['items'], schema['additionalItems'], 'additionalItems']
      : [null, schema['items'], 'items'];
  const itemsKey = Array.isArray(schema['prefixItems']) ? 'prefixItems' : 'items';
  const rest = restNode === false ? null : restNode === undefined || restNode === true ? UNKNOWN : buildTypeRef(restNode, pointerTo(pointer, restKey), ctx, seen);
  if (fixed === null) return { kind: 'array', of: rest ?? UNKNOWN };
  const items = fixed.map((node: unknown, i: number) => buildTypeRef(node, pointerTo(pointer, itemsKey, i), ctx, seen));
  return { kind: 'tuple', items, rest };
}

function typeFromKeyword(type: string, schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  switch (type) {
    case 'string':
      // Kubernetes' IntOrString (`maxSurge: 1` or `"25%"`) is written as a string with this format.
      if (schema['format'] === 'int-or-string') return unionOf([primitive('number'), primitive('string')]);
      return primitive(schema['format'] === 'binary' ? 'binary' : 'string');
    case 'file': // Swagger 2.0 responses and formData
      return primitive('binary');
    case 'integer':
      return primitive(schema['format'] === 'int64' ? 'int64' : 'number');
    case 'number':
      return primitive('number');
    case 'boolean':
      return primitive('boolean');
    case 'null':
      return NULL;
    case 'array':
      // Swagger 2.0 and OpenAPI 3.0 require `items` (JSON Schema 2020-12, in 3.1, does not): its
      // absence is a list of anything, and most likely a slip.
      if (schema['items'] === undefined && schema['prefixItems'] === undefined && ctx.dialect !== 'openapi-3.1') ctx.sink.report('ARRAY_ITEMS_MISSING', pointer);
      return arrayType(schema, pointer, ctx, seen);
    case 'object':
      return buildObjectType(schema, pointer, ctx, seen, buildTypeRef);
    default:
      ctx.sink.report('SCHEMA_UNSUPPORTED', pointerTo(pointer, 'type'), { reason: `has the unknown type \`${type}\`` });
      return UNKNOWN;
  }
}

/**
 * The tags an OAS 3 `oneOf`/`anyOf` member carries: the mapping keys that name it, else the value it
 * gives itself (see ownTags), else its schema name.
 */
function memberTags(schema: JsonObject, member: unknown, property: string, document: unknown): readonly string[] | null {
  const ref = isObject(member) && typeof member['$ref'] === 'string' ? member['$ref'] : null;
  if (ref === null) return null;
  const d = isObject(schema['discriminator']) ? schema['discriminator'] : {};
  const mapping = isObject(d['mapping']) ? d['mapping'] : {};
  const hits = Object.entries(mapping).filter(([, target]) => target === ref || `#/components/schemas/${String(target)}` === ref);
  if (hits.length > 0) return hits.map(([key]) => key);
  return ownTags(localTarget(document, ref), property, document) ?? [decodeURIComponent(ref.split('/').pop() ?? '')];
}

const COMPOSITIONS = ['allOf', 'oneOf', 'anyOf'] as const;

/** Keywords that say nothing of a value's fields: words, examples, and `type: object` itself. */
const SAYS_NO_FIELD = new Set(['description', 'title', 'example', 'examples', 'externalDocs', 'xml', 'deprecated', '$comment', 'type', 'properties']);

/**
 * An inline allOf part that declares no field (Asana's `{ type: object, description }`, Azure's
 * `properties: {}`): typed as a free-form object, its index signature would let any field, a
 * misspelt one too, through the intersection.
 */
function declaresNoField(node: unknown): boolean {
  if (!isObject(node)) return false;
  const type = node['type'];
  const properties = node['properties'];
  return (
    (type === undefined || type === 'object') &&
    (properties === undefined || (isObject(properties) && Object.keys(properties).length === 0)) &&
    Object.keys(node).every((key) => SAYS_NO_FIELD.has(key) || key.startsWith('x-'))
  );
}

function composed(schema: JsonObject, keyword: (typeof COMPOSITIONS)[number], pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  const list = schema[keyword] as unknown[];
  // Looked up only for a composition: a lookup hashes the whole pointer, and most nodes are not one.
  const subtype = ctx.facts.subtypes.get(pointer);
  // Alone, such a part is what the schema says: an object with any fields.
  const skipEmpty = keyword === 'allOf' && !list.every(declaresNoField);
  const parts = list.map((node: unknown, i: number): TypeRef => {
    if (skipEmpty && declaresNoField(node)) return UNKNOWN;
    const at = pointerTo(pointer, keyword, i);
    const base = subtype !== undefined && isObject(node) && typeof node['$ref'] === 'string' && plainRef(node['$ref']) === subtype.base ? ctx.namedSchemas.get(subtype.base)?.base : undefined;
    if (base !== undefined && base !== null) return { kind: 'named', name: ctx.direction === 'write' ? base.write : base.read } as const;
    const type = buildTypeRef(node, at, ctx, seen);
    const property = isObject(schema['discriminator']) ? schema['discriminator']['propertyName'] : undefined;
    const tags = keyword !== 'allOf' && typeof property === 'string' ? memberTags(schema, node, property, ctx.document) : null;
    if (tags === null) return type;
    if (!canCarryTag(node, ctx.document)) {
      ctx.sink.report('DISCRIMINATOR_MEMBER_NOT_OBJECT', at, { property: property as string });
      return type;
    }
    return { kind: 'intersection', of: [type, tagObject(property as string, tags)] } as const;
  });
  if (keyword !== 'allOf') return unionOf(parts);
  const tagged = subtype !== undefined && ctx.untagged !== pointer;
  return intersectionOf(tagged ? [...parts, tagObject(subtype.property, subtype.tags)] : parts);
}

function refType(ref: string, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  const named = ctx.namedSchemas.get(ref);
  if (named !== undefined) return { kind: 'named', name: ctx.direction === 'write' ? named.write : named.read };
  const target = localTarget(ctx.document, ref);
  if (target === undefined) {
    ctx.sink.report('REF_MISSING', pointerTo(pointer, '$ref'), { ref });
    return UNKNOWN;
  }
  const notSchema = nonSchemaTarget(ref, target, ctx.dialect === 'swagger-2.0');
  if (notSchema !== null) {
    ctx.sink.report('REF_NOT_A_SCHEMA', pointerTo(pointer, '$ref'), { ref, target: notSchema });
    return UNKNOWN;
  }
  // A ref to an unnamed node that leads back to itself cannot be written inline.
  if (seen.has(ref)) return UNKNOWN;
  return buildTypeRef(target, ref, ctx, new Set([...seen, ref]));
}

function hasObjectKeywords(schema: JsonObject): boolean {
  const extra = schema['additionalProperties'];
  return isObject(schema['properties']) || typeof extra === 'boolean' || isObject(extra) || isObject(schema['patternProperties']);
}

function shapeType(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  const type = typeKeyword(schema);
  if (Array.isArray(type)) return unionOf(type.map((t) => typeFromKeyword(t, schema, pointer, ctx, seen)));
  if (typeof type === 'string') return typeFromKeyword(type, schema, pointer, ctx, seen);
  if (hasObjectKeywords(schema)) return buildObjectType(schema, pointer, ctx, seen, buildTypeRef);
  if (schema['items'] !== undefined || schema['prefixItems'] !== undefined) return arrayType(schema, pointer, ctx, seen);
  if (schema['not'] !== undefined) ctx.sink.report('SCHEMA_UNSUPPORTED', pointerTo(pointer, 'not'), { reason: 'uses `not`, which a type cannot express' });
  return UNKNOWN;
}

/**
 * A literal type from a spec value, warning when it is an integer past 2^53: the spec's digits were
 * lost in reading it (as any JavaScript JSON parser loses them), so the literal has rounded ones.
 */
function literalType(value: string | number | boolean | null, at: string, ctx: TypeContext): TypeRef {
  if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) ctx.sink.report('INTEGER_ROUNDED', at, { value: String(value) });
  return { kind: 'literal', value };
}

function bareType(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  checkKeywords(schema, pointer, ctx.sink);
  if (schema['discriminator'] !== undefined) checkDiscriminator(schema, pointer, ctx.document, ctx.facts.bases.has(pointer), ctx.sink);
  if (Array.isArray(schema['enum'])) {
    const read = enumValues(schema);
    const at = pointerTo(pointer, 'enum');
    if (read?.retyped === true) ctx.sink.report('ENUM_TYPE_MISMATCH', at);
    if (read !== null) return read.values.length === 0 ? UNKNOWN : unionOf(read.values.map((value) => literalType(value, at, ctx)));
    ctx.sink.report('ENUM_NOT_LITERAL', at);
  }
  if ('const' in schema && isJsonScalar(schema['const'])) return literalType(schema['const'], pointerTo(pointer, 'const'), ctx);
  const keywords = COMPOSITIONS.filter((k) => Array.isArray(schema[k]) && schema[k].length > 0);
  if (keywords.length === 0) return shapeType(schema, pointer, ctx, seen);
  // Every composition applies: `{ allOf: [Base], oneOf: [A, B] }` is Base & (A | B).
  const composition = intersectionOf(keywords.map((k) => composed(schema, k, pointer, ctx, seen)));
  const own = besideComposition(schema, composition, pointer, ctx, seen);
  const required = requiredElsewhere(schema, pointer, ctx, seen, buildTypeRef);
  const type = intersectionOf([composition, ...(own === null ? [] : [own]), ...(required === null ? [] : [required])]);
  // `type: 'null'` (or a type list with null) beside the compositions: they or null (Vercel's 25 such).
  const declared = typeKeyword(schema);
  const nullable = declared === 'null' || (Array.isArray(declared) && declared.includes('null'));
  return nullable && !isUnknown(type) ? unionOf([type, NULL]) : type;
}

/**
 * What a schema says beside its compositions, which applies too. Properties and
 * additionalProperties: `{ allOf: [A], properties: {...} }` is A & {...}; an index signature
 * beside them is typed unknown, as TypeScript would hold every property of A to a narrower one.
 * The `type`, when the compositions only constrain (`{ type: string, anyOf: [{ format: date },
 * { format: date-time }] }` is a string); beside a typed composition it adds nothing.
 */
function besideComposition(schema: JsonObject, composition: TypeRef, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef | null {
  // Beside compositions that only constrain, the schema's own shape is the type, index signature and all.
  if (isUnknown(composition)) return shapeType(schema, pointer, ctx, seen);
  return hasObjectKeywords(schema) ? objectBeside(schema, pointer, ctx, seen) : null;
}

/** A schema's own properties, to intersect with the types beside them: an index signature is unknown. */
function objectBeside(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  const own = buildObjectType(schema, pointer, ctx, seen, buildTypeRef);
  return own.kind === 'object' && own.additional !== null ? { ...own, additional: UNKNOWN } : own;
}

export function buildTypeRef(node: unknown, pointer: string, ctx: TypeContext, seen: ReadonlySet<string> = new Set()): TypeRef {
  if (node === true || node === undefined) return UNKNOWN;
  if (node === false) return primitive('never');
  if (!isObject(node)) {
    ctx.sink.report('SCHEMA_UNSUPPORTED', pointer, { reason: 'is not an object' });
    return UNKNOWN;
  }
  // A hoisted inline schema is referred to by name, except while its own declaration is built. Only
  // a node of a kind that is hoisted can be one: looking up every node's new pointer string (which
  // hashes all of it) was 15 ms on GitHub. (A named schema is found by its `$ref` in refType, and
  // reaches here at its own pointer only to build its declaration.)
  const hoisted = isHoistable(node) && !seen.has(pointer) ? ctx.namedSchemas.get(pointer) : undefined;
  if (hoisted !== undefined) return { kind: 'named', name: ctx.direction === 'write' ? hoisted.write : hoisted.read };
  // `nullable` beside a `$ref` counts too: OpenAPI 3.0 says a reference's siblings are ignored, but
  // specs write `{ $ref, nullable: true }` meaning exactly that (15 in the APIs.guru directory), and
  // a server that sends the null would otherwise break callers the type told it never comes.
  const type = typeof node['$ref'] === 'string' ? withRefSiblings(node, refType(plainRef(node['$ref']), pointer, ctx, seen), pointer, ctx, seen) : bareType(node, pointer, ctx, seen);
  return isNullable(node) ? unionOf([type, NULL]) : type;
}

/**
 * OpenAPI 3.1 (JSON Schema 2020-12) applies a `$ref`'s siblings too: `{ $ref: Pet, properties:
 * { extra }, required: [extra] }` is Pet & { extra }. Only what shapes a type counts: a sibling
 * `type: object` would add an index signature of unknown and lose TypeScript's check of extra
 * properties. (3.0 and Swagger 2.0 ignore siblings.)
 */
function withRefSiblings(node: JsonObject, ref: TypeRef, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>): TypeRef {
  if (ctx.dialect !== 'openapi-3.1') return ref;
  const keywords = COMPOSITIONS.filter((k) => Array.isArray(node[k]) && node[k].length > 0);
  if (keywords.length === 0 && !hasObjectKeywords(node)) return ref;
  const beside = keywords.map((k) => composed(node, k, pointer, ctx, seen));
  if (hasObjectKeywords(node)) beside.push(objectBeside(node, pointer, ctx, seen));
  return intersectionOf([ref, ...beside]);
}

// Declarations for the named schemas: one per view that differs (response vs request), a union of
// subtypes for a discriminated base (its own shape becomes `…Base`), and enum members.

import { isObject, readText, type JsonObject } from '../json';
import { resolveNames, signedText, type Identifier } from '../naming';
import type { NamedSchema } from '../normalise/NormalisedSpec';
import { plainRef } from '../pointer';
import type { EnumMember, SchemaDecl, SchemaView, TypeRef } from './ApiModel';
import { buildTypeRef, tagObject } from './buildTypeRef';
import { docTags } from './docTags';
import { enumValues } from './enumValues';
import { intersectionOf, unionOf, type TypeContext } from './TypeContext';

/** Enum members by the JSON of their values: the same list gets the same members. */
type EnumCache = Map<string, readonly EnumMember[]>;

/**
 * The member names the last generation gave one enum's values (from the manifest): kept, so a value
 * inserted before one whose name it collides with (`in_progress` before `in-progress`) takes the
 * next number instead of the existing member's name, which callers' code would go on using.
 */
type EnumLock = readonly (readonly [EnumMember['value'], string])[];

/**
 * Members of an enum's const object: PascalCase names, unique within the enum; values as on the wire.
 * Cached by value list: Graph repeats 1,410 distinct lists over 9,648 enums, and naming them again
 * each time was 210 ms of its model stage.
 */
function enumMembers(node: JsonObject, cache: EnumCache, lock: EnumLock | undefined): readonly EnumMember[] | null {
  const read = enumValues(node);
  if (read === null) return null;
  const values = [...new Set(read.values)];
  const key = JSON.stringify(values);
  // A Map tells 1 from '1' and finds each value at once (an enum may hold 100,000 of them).
  const locked = lock === undefined ? null : new Map<unknown, string>(lock);
  const cached = cache.get(key);
  // The cached members serve when they keep every locked name (as on any regeneration but one
  // that inserted a colliding value): the same values may have been named apart in two enums.
  if (cached !== undefined && (locked === null || cached.every((m) => (locked.get(m.value) ?? m.name) === m.name))) return cached;
  const names = resolveNames(
    values.map((value, i) => {
      const name = locked?.get(value);
      const text = String(value);
      const lockedAs = name === undefined ? {} : { locked: name, earlierRaws: [text] };
      return { raw: signedText(text), fallback: 'value', sortKey: String(i).padStart(6, '0'), forms: { member: { case: 'pascal', suffix: '' } }, ...lockedAs };
    }),
    new Set(['__proto__']),
  );
  const members = values.map((value, i) => ({ name: names[i]!.member as Identifier, value }));
  // Only names made without a lock are shared: another enum of the same values has its own history.
  if (cached === undefined && lock === undefined) cache.set(key, members);
  return members;
}

/** Each base schema's subtypes, in the order of `subtypes`: grouped once, not scanned per base (Graph has thousands). */
function subtypesByBase(ctx: TypeContext): Map<string, string[]> {
  const byBase = new Map<string, string[]>();
  for (const [pointer, info] of ctx.facts.subtypes) {
    const list = byBase.get(info.base);
    if (list === undefined) byBase.set(info.base, [pointer]);
    else list.push(pointer);
  }
  return byBase;
}

const DIRECTIONAL_VIEWS: readonly (readonly ['read' | 'write', SchemaView])[] = [['read', 'read'], ['write', 'write']];
const SINGLE_VIEW: readonly (readonly ['read' | 'write', SchemaView])[] = [['read', 'both']];

/** What the views of one schema share. */
type SharedFields = Pick<SchemaDecl, 'doc' | 'tags' | 'enumMembers' | 'pointer'>;

/**
 * A declaration, its shared fields written out: `{ ...shared, name, view, type }` copied them
 * through a slow generic path, 20 ms of buildSchemaDecls on GitHub.
 */
function declaration(shared: SharedFields, name: Identifier, view: SchemaView, type: TypeRef, enumMembers = shared.enumMembers): SchemaDecl {
  return { doc: shared.doc, tags: shared.tags, enumMembers, pointer: shared.pointer, name, view, type };
}

/**
 * A base's own schema without a `oneOf`/`anyOf` that lists its subtypes (`Pet: { oneOf: [Cat,
 * Dog] }` where `Cat: { allOf: [Pet, ...] }`): the base type is already their union, and `…Base`
 * (what each subtype's allOf refers to) holding them again would define each subtype as itself.
 */
function withoutSubtypeLists(node: JsonObject, subtypes: ReadonlySet<string>): JsonObject {
  const listsSubtypes = (key: string) => {
    const list = node[key];
    return Array.isArray(list) && list.length > 0 && list.every((m) => isObject(m) && typeof m['$ref'] === 'string' && subtypes.has(plainRef(m['$ref'])));
  };
  const dropped = ['oneOf', 'anyOf'].filter(listsSubtypes);
  if (dropped.length === 0) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => !dropped.includes(key)));
}

/** Every base's subtypes at any depth (a base may list them all in its oneOf), in one pass up each chain. */
function descendantsByBase(ctx: TypeContext): Map<string, Set<string>> {
  const byBase = new Map<string, Set<string>>();
  for (const [pointer, info] of ctx.facts.subtypes) {
    for (let at: string | undefined = info.base, steps = 0; at !== undefined && steps < 64; at = ctx.facts.subtypes.get(at)?.base, steps += 1) {
      let found = byBase.get(at);
      if (found === undefined) byBase.set(at, (found = new Set()));
      found.add(pointer);
    }
  }
  return byBase;
}

export function buildSchemaDecls(
  schemas: readonly NamedSchema[],
  ctx: TypeContext,
  locks: Readonly<Record<string, EnumLock>> = {},
  schemaKey: (pointer: string) => string = (pointer) => pointer,
): SchemaDecl[] {
  const decls: SchemaDecl[] = [];
  const subtypesOf = subtypesByBase(ctx);
  const descendantsOf = descendantsByBase(ctx);
  const enums: EnumCache = new Map();
  // One context per side for all schemas, not a copy per schema.
  const readCtx: TypeContext = { ...ctx, direction: 'read' };
  const writeCtx: TypeContext = { ...ctx, direction: 'write' };
  for (const schema of schemas) {
    const names = ctx.namedSchemas.get(schema.site.pointer)!;
    const node = isObject(schema.site.node) ? schema.site.node : {};
    const key = schemaKey(schema.site.pointer);
    const lock = Object.hasOwn(locks, key) ? locks[key] : undefined;
    const shared: SharedFields = { doc: readText(node['description']), tags: docTags(node), enumMembers: enumMembers(node, enums, lock), pointer: schema.site.pointer };
    const views = names.write !== names.read ? DIRECTIONAL_VIEWS : SINGLE_VIEW;
    const baseNode = names.base === null ? node : withoutSubtypeLists(node, descendantsOf.get(schema.site.pointer) ?? new Set());
    for (const [direction, view] of views) {
      const sideCtx = direction === 'write' ? writeCtx : readCtx;
      const build = (): TypeRef => buildTypeRef(schema.site.node, schema.site.pointer, sideCtx, new Set([schema.site.pointer]));
      const name = direction === 'write' ? names.write : names.read;
      if (names.base === null) {
        decls.push(declaration(shared, name, view, build()));
        continue;
      }
      const pointers = subtypesOf.get(schema.site.pointer) ?? [];
      const subtypes = pointers.map((pointer) => ctx.namedSchemas.get(pointer)!);
      const baseName = direction === 'write' ? names.base.write : names.base.read;
      // A subtype that is a base too (Pet between Animal and Dog) is one of its own kinds: itself, tagged, or a subtype.
      const itself = ctx.facts.subtypes.get(schema.site.pointer);
      const self: TypeRef[] = itself === undefined ? [] : [intersectionOf([{ kind: 'named', name: baseName }, tagObject(itself.property, itself.tags)])];
      const union = unionOf([...self, ...subtypes.map((s) => ({ kind: 'named', name: direction === 'write' ? s.write : s.read }) as const)]);
      decls.push(declaration(shared, name, view, union, null));
      const ownCtx = itself === undefined ? sideCtx : { ...sideCtx, untagged: schema.site.pointer };
      const own = buildTypeRef(baseNode, schema.site.pointer, ownCtx, new Set([schema.site.pointer]));
      decls.push(declaration(shared, baseName, 'base', own));
    }
  }
  return decls;
}

// Properties an allOf declares in one part and requires in another (`allOf: [Base, { required:
// [name] }]`, or `required` beside the allOf): required in the intersection, typed as declared.

import { isObject, localTarget, type JsonObject } from '../json';
import { plainRef, pointerTo } from '../pointer';
import type { PropertyModel, TypeRef } from './ApiModel';
import { onThisSide, type BuildType } from './buildObjectType';
import type { TypeContext } from './TypeContext';

const names = (value: unknown): string[] => (Array.isArray(value) ? value.filter((n): n is string => typeof n === 'string') : []);

/** An allOf part as a node, a local `$ref` followed, with the pointer it sits at. */
function partNode(part: unknown, at: string, ctx: TypeContext): { node: unknown; pointer: string } {
  const ref = isObject(part) && typeof part['$ref'] === 'string' ? plainRef(part['$ref']) : null;
  return ref === null ? { node: part, pointer: at } : { node: localTarget(ctx.document, ref), pointer: ref };
}

/** Where `name` is declared among the allOf's parts (following local refs, and their own allOf): its node and pointer. */
function declared(parts: readonly unknown[], at: string, name: string, ctx: TypeContext, depth = 0): { node: unknown; pointer: string } | null {
  for (const [i, part] of parts.entries()) {
    const { node, pointer } = partNode(part, pointerTo(at, i), ctx);
    if (!isObject(node)) continue;
    const props = node['properties'];
    if (isObject(props) && Object.hasOwn(props, name)) return { node: props[name], pointer: pointerTo(pointer, 'properties', name) };
    if (depth < 4 && Array.isArray(node['allOf'])) {
      const found = declared(node['allOf'], pointerTo(pointer, 'allOf'), name, ctx, depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The properties an allOf requires where it does not declare them: named by `required` beside
 * the allOf or in a part that declares no properties, declared in another part. A name declared
 * nowhere is left out (more likely a slip than a property of type unknown every caller must send).
 */
export function requiredElsewhere(schema: JsonObject, pointer: string, ctx: TypeContext, seen: ReadonlySet<string>, build: BuildType): TypeRef | null {
  const parts = Array.isArray(schema['allOf']) ? schema['allOf'] : [];
  if (parts.length === 0) return null;
  const own = isObject(schema['properties']) ? schema['properties'] : {};
  // A part's `required` naming what it does not declare itself: an inline `{ required: [name] }`,
  // or a shared base that requires what each schema built on it declares (Spotify's PagingObject, `items`).
  const partRequires = (part: unknown): string[] => {
    const { node } = partNode(part, pointer, ctx);
    if (!isObject(node)) return [];
    const declares = isObject(node['properties']) ? node['properties'] : {};
    return names(node['required']).filter((n) => !Object.hasOwn(declares, n));
  };
  const wanted = [...names(schema['required']), ...parts.flatMap(partRequires)];
  const properties: PropertyModel[] = [];
  for (const name of new Set(wanted.filter((n) => !Object.hasOwn(own, n)))) {
    const found = declared(parts, pointerTo(pointer, 'allOf'), name, ctx);
    if (found === null) continue;
    if (!onThisSide(found.node, ctx)) continue;
    properties.push({ name, required: true, type: build(found.node, found.pointer, ctx, seen), doc: null, tags: [] });
  }
  return properties.length === 0 ? null : { kind: 'object', properties, additional: null };
}

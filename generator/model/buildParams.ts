// The parameters of one operation as the caller sees them: one property per parameter, typed,
// with the config's client-side defaults applied.

import type { DiagnosticSink } from '../diagnostics';
import type { NormalisedParameter, ParameterLocation } from '../normalise/NormalisedSpec';
import type { ParamModel, Scalar, TypeRef } from './ApiModel';
import { isObject } from '../json';
import { buildTypeRef, type TypeContext } from './buildTypeRef';
import { docTags } from './docTags';
import { freeKey } from './freeKey';
import { parameterLockKey } from './planNames';

export type ParameterDefaults = Readonly<Partial<Record<ParameterLocation, Readonly<Record<string, Scalar>>>>>;

const STRING: TypeRef = { kind: 'primitive', name: 'string' };
const LOCATION_ORDER: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

function paramType(p: NormalisedParameter, ctx: TypeContext, sink: DiagnosticSink): TypeRef {
  if (p.schema === null) {
    // Never guess a type from a name: `page` may well be a string on the wire.
    sink.report('PARAMETER_UNTYPED', p.source);
    return STRING;
  }
  return buildTypeRef(p.schema.node, p.schema.pointer, ctx);
}

function withLocation(p: NormalisedParameter): string {
  return `${p.name}${p.in[0]!.toUpperCase()}${p.in.slice(1)}`;
}

/**
 * The key the last generation gave a parameter (from the manifest), when it is still one this
 * function could give: the name, or the name with the location and maybe a number. The lock is a
 * file users can edit; anything else in it is ignored.
 */
function lockedKey(p: NormalisedParameter, lock: ParameterLock): string | undefined {
  const key = lock[parameterLockKey(p.in, p.name)];
  if (typeof key !== 'string' || !Object.hasOwn(lock, parameterLockKey(p.in, p.name))) return undefined;
  return key === p.name || (key.startsWith(withLocation(p)) && /^\d*$/.test(key.slice(withLocation(p).length))) ? key : undefined;
}

/**
 * Keys are the wire names. When two locations share a name, the first in path, query, header,
 * cookie order keeps it and the others get the location appended (`id`, `idQuery`), numbered when
 * that is some other parameter's name too (`idQuery2`). A key the last generation gave is kept
 * first, so a parameter added in another location never takes over an existing key (a header `id`
 * stays `id` when a query `id` arrives, which becomes `idQuery`). Normalise left one parameter per
 * name and location, so the names kept are distinct.
 */
function paramKeys(all: readonly NormalisedParameter[], lock: ParameterLock): string[] {
  const keys: (string | undefined)[] = all.map(() => undefined);
  const taken = new Set<string>();
  all.forEach((p, i) => {
    const key = lockedKey(p, lock);
    if (key === undefined || taken.has(key)) return;
    keys[i] = key;
    taken.add(key);
  });
  const rank = (p: NormalisedParameter) => LOCATION_ORDER.indexOf(p.in);
  const keeper = new Map<string, NormalisedParameter>();
  all.forEach((p, i) => {
    const held = keeper.get(p.name);
    if (keys[i] === undefined && !taken.has(p.name) && (held === undefined || rank(p) < rank(held))) keeper.set(p.name, p);
  });
  for (const p of keeper.values()) taken.add(p.name);
  return all.map((p, i) => {
    if (keys[i] !== undefined) return keys[i];
    if (keeper.get(p.name) === p) return p.name;
    const key = freeKey(taken, [withLocation(p)]);
    taken.add(key);
    return key;
  });
}

/** The keys the last generation gave one operation's parameters, by `parameterLockKey`. */
export type ParameterLock = Readonly<Record<string, string>>;

function schemaDescription(p: NormalisedParameter): string | null {
  return p.schema !== null && isObject(p.schema.node) && typeof p.schema.node['description'] === 'string' ? p.schema.node['description'] : null;
}

export function buildParams(
  parameters: readonly NormalisedParameter[],
  defaults: ParameterDefaults,
  ctx: TypeContext,
  lock: ParameterLock = {},
): ParamModel[] {
  const keys = paramKeys(parameters, lock);
  return parameters.map((p, index) => {
    const forLocation = defaults[p.in] ?? {};
    const clientDefault = Object.hasOwn(forLocation, p.name) ? forLocation[p.name]! : null;
    return {
      key: keys[index]!,
      name: p.name,
      in: p.in,
      required: p.required && clientDefault === null,
      type: paramType(p, ctx, ctx.sink),
      clientDefault,
      style: p.style,
      explode: p.explode,
      contentType: p.contentType,
      // Where the spec describes the parameter on its schema instead (Spotify's 214 parameters).
      doc: p.description ?? schemaDescription(p),
      tags: p.schema !== null && isObject(p.schema.node) ? docTags(p.schema.node) : [],
      deprecated: p.deprecated,
      pointer: p.pointer,
    };
  });
}

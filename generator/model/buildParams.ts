// The parameters of one operation as the caller sees them: one property per parameter, typed,
// with the config's client-side defaults applied.

import type { DiagnosticSink } from '../diagnostics';
import type { NormalisedParameter, ParameterLocation } from '../normalise/NormalisedSpec';
import type { ParamModel, Scalar, TypeRef } from './ApiModel';
import { isObject } from '../json';
import { buildTypeRef, type TypeContext } from './buildTypeRef';
import { docTags } from './docTags';
import { freeKey } from './freeKey';

export type ParameterDefaults = Readonly<Partial<Record<ParameterLocation, Readonly<Record<string, Scalar>>>>>;

const STRING: TypeRef = { kind: 'primitive', name: 'string' };
const LOCATION_ORDER: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

function paramType(p: NormalisedParameter, ctx: TypeContext, sink: DiagnosticSink): TypeRef {
  if (p.schema === null) {
    // Never guess a type from a name: `page` may well be a string on the wire.
    sink.report('PARAMETER_UNTYPED', p.pointer);
    return STRING;
  }
  return buildTypeRef(p.schema.node, p.schema.pointer, ctx);
}

/**
 * Keys are the wire names. When two locations share a name, the first in path, query, header,
 * cookie order keeps it and the others get the location appended (`id`, `idQuery`), numbered when
 * that is some other parameter's name too (`idQuery2`). Normalise left one parameter per name and
 * location, so the names kept are distinct.
 */
function paramKeys(all: readonly NormalisedParameter[]): string[] {
  const rank = (p: NormalisedParameter) => LOCATION_ORDER.indexOf(p.in);
  const keeper = new Map<string, NormalisedParameter>();
  for (const p of all) {
    const held = keeper.get(p.name);
    if (held === undefined || rank(p) < rank(held)) keeper.set(p.name, p);
  }
  const taken = new Set(keeper.keys());
  return all.map((p) => {
    if (keeper.get(p.name) === p) return p.name;
    const key = freeKey(taken, [`${p.name}${p.in[0]!.toUpperCase()}${p.in.slice(1)}`]);
    taken.add(key);
    return key;
  });
}

export function buildParams(
  parameters: readonly NormalisedParameter[],
  defaults: ParameterDefaults,
  ctx: TypeContext,
): ParamModel[] {
  const keys = paramKeys(parameters);
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
      doc: p.description,
      tags: p.schema !== null && isObject(p.schema.node) ? docTags(p.schema.node) : [],
      deprecated: p.deprecated,
      pointer: p.pointer,
    };
  });
}

// The parameters of one operation as the caller sees them: one property per parameter, typed,
// with the config's client-side defaults applied.

import type { DiagnosticSink } from '../diagnostics';
import type { NormalisedParameter, ParameterLocation } from '../normalise/NormalisedSpec';
import type { ParamModel, Scalar, TypeRef } from './ApiModel';
import { isObject } from '../json';
import { buildTypeRef, type TypeContext } from './buildTypeRef';
import { docTags } from './docTags';

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
 * cookie order keeps it and the others get the location appended (`id`, `idQuery`).
 */
function paramKey(p: NormalisedParameter, all: readonly NormalisedParameter[]): string {
  const rivals = all.filter((o) => o.name === p.name && o !== p);
  const first = [p, ...rivals].sort((a, b) => LOCATION_ORDER.indexOf(a.in) - LOCATION_ORDER.indexOf(b.in))[0];
  return first === p ? p.name : `${p.name}${p.in[0]!.toUpperCase()}${p.in.slice(1)}`;
}

export function buildParams(
  parameters: readonly NormalisedParameter[],
  defaults: ParameterDefaults,
  ctx: TypeContext,
): ParamModel[] {
  return parameters.map((p) => {
    const forLocation = defaults[p.in] ?? {};
    const clientDefault = Object.hasOwn(forLocation, p.name) ? forLocation[p.name]! : null;
    return {
      key: paramKey(p, parameters),
      name: p.name,
      in: p.in,
      required: p.required && clientDefault === null,
      type: paramType(p, ctx, ctx.sink),
      clientDefault,
      style: p.style,
      explode: p.explode,
      doc: p.description,
      tags: p.schema !== null && isObject(p.schema.node) ? docTags(p.schema.node) : [],
      deprecated: p.deprecated,
      pointer: p.pointer,
    };
  });
}

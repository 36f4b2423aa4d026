// TypeScript accepts a type that refers to itself only through an object or an array: `type A = B;
// type B = A;` or `type N = N | null` does not compile. Such loops (from `$ref` chains, or oneOf/
// allOf that lead back) are cut here: the looping reference becomes `unknown`, with a warning.

import type { DiagnosticSink } from '../diagnostics';
import type { SchemaDecl, TypeRef } from './ApiModel';
import { intersectionOf, unionOf, UNKNOWN } from './TypeContext';

/** Named types a type refers to directly: through unions and intersections, not inside objects or arrays. */
export function immediateRefs(type: TypeRef): string[] {
  if (type.kind === 'named') return [type.name];
  if (type.kind === 'union' || type.kind === 'intersection') return type.of.flatMap(immediateRefs);
  return [];
}

function reaches(from: string, target: string, graph: ReadonlyMap<string, readonly string[]>): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (name === target) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...(graph.get(name) ?? []));
  }
  return false;
}

export function cut(type: TypeRef, looping: (name: string) => boolean): TypeRef {
  if (type.kind === 'named') return looping(type.name) ? UNKNOWN : type;
  if (type.kind === 'union') return unionOf(type.of.map((t) => cut(t, looping)));
  if (type.kind === 'intersection') return intersectionOf(type.of.map((t) => cut(t, looping)));
  return type;
}

export function breakAliasCycles(schemas: readonly SchemaDecl[], sink: DiagnosticSink): SchemaDecl[] {
  const graph = new Map(schemas.map((s) => [s.name as string, immediateRefs(s.type)]));
  return schemas.map((s) => {
    const looping = (name: string) => reaches(name, s.name, graph);
    if (!(graph.get(s.name) ?? []).some(looping)) return s;
    sink.report('SCHEMA_CIRCULAR', s.pointer, { name: s.name });
    return { ...s, type: cut(s.type, looping) };
  });
}

// TypeScript resolves an alias, a union or an intersection at once, the names in it too, by
// recursion: a chain of a thousand `type S0 = S1 & {...}` overflows tsc's stack (about 700 deep for
// intersections, 1,200 for plain aliases, on Node's default stack). No real spec comes near; a
// hostile one can. Past MAX_ALIAS_DEPTH levels the chain is cut: the reference that would go deeper
// becomes `unknown`, with a warning. Objects and arrays are resolved lazily and do not count.

import type { DiagnosticSink } from '../diagnostics';
import type { SchemaDecl } from './ApiModel';
import { cut, immediateRefs } from './breakAliasCycles';

/** Levels of alias, union and intersection a schema may go through: far below tsc's limit, far above any real spec. */
export const MAX_ALIAS_DEPTH = 100;

/**
 * How many levels below each schema its immediate references go, cut where a schema would exceed
 * MAX_ALIAS_DEPTH (iterative: the chain may be longer than this process's own stack). The graph has
 * no cycles left (breakAliasCycles ran first); were one left, a schema met again before its height
 * is known counts as 0 rather than looping.
 */
function cutDeepChains(schemas: readonly SchemaDecl[]): Map<string, ReadonlySet<string>> {
  const graph = new Map(schemas.map((s) => [s.name as string, immediateRefs(s.type)]));
  const height = new Map<string, number>();
  const cuts = new Map<string, ReadonlySet<string>>();
  const expanded = new Set<string>();
  for (const root of graph.keys()) {
    const stack: string[] = [root];
    while (stack.length > 0) {
      const name = stack[stack.length - 1]!;
      if (height.has(name)) {
        stack.pop();
        continue;
      }
      const pending = (graph.get(name) ?? []).filter((child) => graph.has(child) && !height.has(child));
      if (pending.length > 0 && !expanded.has(name)) {
        expanded.add(name);
        stack.push(...pending);
        continue;
      }
      stack.pop();
      const children = (graph.get(name) ?? []).filter((child) => graph.has(child));
      const below = (child: string) => height.get(child) ?? 0;
      const deep = new Set(children.filter((child) => below(child) >= MAX_ALIAS_DEPTH));
      if (deep.size > 0) cuts.set(name, deep);
      height.set(name, 1 + Math.max(-1, ...children.filter((child) => !deep.has(child)).map(below)));
    }
  }
  return cuts;
}

export function limitAliasDepth(schemas: readonly SchemaDecl[], sink: DiagnosticSink): SchemaDecl[] {
  const cuts = cutDeepChains(schemas);
  if (cuts.size === 0) return [...schemas];
  return schemas.map((s) => {
    const deep = cuts.get(s.name);
    if (deep === undefined) return s;
    sink.report('SCHEMA_TOO_DEEP', s.pointer, { name: s.name, refs: [...deep].sort().map((n) => `\`${n}\``).join(', '), max: MAX_ALIAS_DEPTH });
    return { ...s, type: cut(s.type, (name) => deep.has(name)) };
  });
}

// Where int64 values sit in each type, as the runtime codec's plans. Only emitted when int64 is
// typed as string or bigint: JSON.parse would otherwise round their digits before we see them.

import { setOwn } from '../json';
import type { ApiModel, TypeRef } from '../model/ApiModel';
import { code, objectLiteralKey, stringLiteral, type TsCode } from './escape';

export interface PlanNode {
  readonly i?: true;
  readonly o?: Readonly<Record<string, PlanNode>>;
  readonly r?: PlanNode;
  readonly a?: PlanNode;
  readonly t?: readonly PlanNode[];
  readonly x?: readonly string[];
}

function merge(a: PlanNode | null, b: PlanNode | null): PlanNode | null {
  if (a === null) return b;
  if (b === null) return a;
  const o: Record<string, PlanNode> = { ...a.o };
  for (const [key, node] of Object.entries(b.o ?? {})) setOwn(o, key, merge(Object.hasOwn(o, key) ? o[key]! : null, node)!);
  const t = a.t !== undefined || b.t !== undefined ? Array.from({ length: Math.max(a.t?.length ?? 0, b.t?.length ?? 0) }, (_, i) => merge(a.t?.[i] ?? null, b.t?.[i] ?? null) ?? {}) : undefined;
  const r = merge(a.r ?? null, b.r ?? null);
  const items = merge(a.a ?? null, b.a ?? null);
  const x = [...new Set([...(a.x ?? []), ...(b.x ?? [])])];
  return {
    ...(a.i || b.i ? { i: true as const } : {}),
    ...(Object.keys(o).length > 0 ? { o } : {}),
    ...(r === null ? {} : { r }),
    ...(items === null ? {} : { a: items }),
    ...(t === undefined ? {} : { t }),
    ...(x.length > 0 ? { x } : {}),
  };
}

/** Which named schemas hold an int64 anywhere inside, following named refs to a fixed point. */
function namesWithInt64(model: ApiModel): Set<string> {
  const found = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of model.schemas) {
      if (!found.has(s.name) && planOf(s.type, found) !== null) {
        found.add(s.name);
        changed = true;
      }
    }
  }
  return found;
}

/** The plan of one type, or null when no int64 can occur in it. */
export function planOf(type: TypeRef, withInt64: ReadonlySet<string>): PlanNode | null {
  switch (type.kind) {
    case 'primitive':
      return type.name === 'int64' ? { i: true } : null;
    case 'named':
      return withInt64.has(type.name) ? { x: [type.name] } : null;
    case 'array': {
      const a = planOf(type.of, withInt64);
      return a === null ? null : { a };
    }
    case 'tuple': {
      const items = type.items.map((t) => planOf(t, withInt64));
      const rest = type.rest === null ? null : planOf(type.rest, withInt64);
      if (items.every((p) => p === null) && rest === null) return null;
      return { t: items.map((p) => p ?? {}), ...(rest === null ? {} : { a: rest }) };
    }
    case 'object': {
      const o = Object.fromEntries(type.properties.flatMap((p) => {
        const plan = planOf(p.type, withInt64);
        return plan === null ? [] : [[p.name, plan] as const];
      }));
      const r = type.additional === null ? null : planOf(type.additional, withInt64);
      if (Object.keys(o).length === 0 && r === null) return null;
      return { ...(Object.keys(o).length > 0 ? { o } : {}), ...(r === null ? {} : { r }) };
    }
    case 'union':
    case 'intersection':
      return type.of.map((t) => planOf(t, withInt64)).reduce<PlanNode | null>(merge, null);
    case 'literal':
      return null;
  }
}

/** A plan as a TypeScript object literal; property names are wire data and go through escape.ts. */
export function printPlan(plan: PlanNode): TsCode {
  const fields: string[] = [];
  if (plan.i) fields.push('i: true');
  if (plan.o) fields.push(`o: { ${Object.entries(plan.o).map(([k, v]) => `${objectLiteralKey(k)}: ${printPlan(v)}`).join(', ')} }`);
  if (plan.r) fields.push(`r: ${printPlan(plan.r)}`);
  if (plan.a) fields.push(`a: ${printPlan(plan.a)}`);
  if (plan.t) fields.push(`t: [${plan.t.map(printPlan).join(', ')}]`);
  if (plan.x) fields.push(`x: [${plan.x.map(stringLiteral).join(', ')}]`);
  return code(`{ ${fields.join(', ')} }`);
}

export interface Int64Plans {
  /** Named schema → its plan, for those that hold an int64. */
  readonly named: ReadonlyMap<string, PlanNode>;
  readonly withInt64: ReadonlySet<string>;
}

export function int64Plans(model: ApiModel): Int64Plans {
  const withInt64 = namesWithInt64(model);
  const named = new Map(model.schemas.flatMap((s) => {
    const plan = planOf(s.type, withInt64);
    return plan === null ? [] : [[s.name as string, plan] as const];
  }));
  return { named, withInt64 };
}

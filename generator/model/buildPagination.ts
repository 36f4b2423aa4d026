// Opt-in pagination: which operations the config's rule applies to, and the type of their items.

import type { NormalisedOperation } from '../normalise/NormalisedSpec';
import type { PaginationModel, ParamModel, SchemaDecl, TypeRef } from './ApiModel';
import type { DiagnosticSink } from '../diagnostics';
import { isUnknown, primitive, unionOf, UNKNOWN } from './TypeContext';

/** The config's rule: the query parameter that pages, where items are, and what says there is more. */
export interface PaginationRule {
  readonly style: 'page' | 'cursor' | 'link' | 'linkHeader';
  readonly param: string;
  /** Dot paths into the response body; no `items` when the page is the list, no `next` for `linkHeader`. */
  readonly items?: string;
  readonly next?: string;
}

/** A rule's dot path as steps; none for the body itself. */
function steps(path: string | undefined): string[] {
  return path === undefined ? [] : path.split('.');
}

/** GET operations with the rule's query parameter are paginated. */
export function isPaginated(op: NormalisedOperation, rule: PaginationRule | undefined): boolean {
  return rule !== undefined && op.method === 'get' && op.parameters.some((p) => p.in === 'query' && p.name === rule.param);
}

const NEVER = primitive('never');

function isNever(type: TypeRef): boolean {
  return type.kind === 'primitive' && type.name === 'never';
}

/** The type at a path of property names, looking through named types, unions and intersections; never where an object lacks it. */
function typeAt(type: TypeRef, path: readonly string[], schemas: ReadonlyMap<string, TypeRef>, depth = 0): TypeRef {
  if (path.length === 0) return type;
  if (depth > 32) return UNKNOWN;
  switch (type.kind) {
    case 'named': {
      const target = schemas.get(type.name);
      return target === undefined ? UNKNOWN : typeAt(target, path, schemas, depth + 1);
    }
    case 'union':
      return unionOf(type.of.map((t) => typeAt(t, path, schemas, depth + 1)));
    case 'intersection': {
      const found = type.of.map((t) => typeAt(t, path, schemas, depth + 1));
      return found.find((t) => !isUnknown(t) && !isNever(t)) ?? found.find(isUnknown) ?? NEVER;
    }
    case 'object': {
      const prop = type.properties.find((p) => p.name === path[0]);
      const next = prop?.type ?? type.additional;
      // Not there, in an object that holds nothing else: never.
      return next === null || next === undefined ? NEVER : typeAt(next, path.slice(1), schemas, depth + 1);
    }
    default:
      // An array, a primitive or a literal has no fields: the path leads nowhere.
      return isUnknown(type) ? UNKNOWN : NEVER;
  }
}

/**
 * The item type of the list a path leads to, through named types and `| null`; unknown when the
 * schema says nothing there (it may hold the list); null when it holds something else.
 */
function listAt(type: TypeRef, schemas: ReadonlyMap<string, TypeRef>, depth = 0): TypeRef | null {
  if (isUnknown(type)) return UNKNOWN;
  if (type.kind === 'array') return type.of;
  if (type.kind === 'named' && depth < 32) {
    const target = schemas.get(type.name);
    return target === undefined ? UNKNOWN : listAt(target, schemas, depth + 1);
  }
  if (type.kind === 'union') {
    const lists = type.of.filter((t) => !(t.kind === 'primitive' && t.name === 'null')).map((t) => listAt(t, schemas, depth + 1));
    return lists.length > 0 && lists.every((t) => t !== null) ? unionOf(lists as TypeRef[]) : null;
  }
  return null;
}

export function buildPagination(
  op: NormalisedOperation,
  rule: PaginationRule | undefined,
  params: readonly ParamModel[],
  successType: TypeRef,
  schemas: readonly SchemaDecl[],
  sink: DiagnosticSink,
): PaginationModel | null {
  if (rule === undefined || !isPaginated(op, rule)) return null;
  const param = params.find((p) => p.in === 'query' && p.name === rule.param)!;
  const itemsPath = steps(rule.items);
  const named = new Map(schemas.filter((s) => s.view !== 'write').map((s) => [s.name, s.type]));
  const list = listAt(typeAt(successType, itemsPath, named), named);
  // A declared response without the list would page through every page and yield no item (one
  // rule serves a whole spec: Twilio's lists differ); one that says nothing of it may hold it.
  if (list === null) {
    sink.report('PAGINATION_ITEMS_NOT_FOUND', op.pointer, { items: rule.items ?? '(the body itself)' });
    return null;
  }
  return { style: rule.style, param: param.key, itemsPath, nextPath: steps(rule.next), itemType: list };
}

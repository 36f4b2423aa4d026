// Requests every module-level name of the generated client and resolves them in one pass, so names
// are final before anything is emitted and stay stable when unrelated parts of the spec change.

import { RESERVED_NAMES, resolveNames, type Identifier, type NameForm, type NameRequest } from '../naming';
import { HTTP_METHODS, type NormalisedOperation } from '../normalise/NormalisedSpec';
import type { SchemaFacts } from './analyseSchemas';
import type { OperationNames } from './ApiModel';
import type { SchemaNames } from './TypeContext';

type OperationForm = keyof OperationNames;

const PAGINATION_FORMS: Readonly<Partial<Record<OperationForm, NameForm>>> = {
  pages: { case: 'camel', suffix: 'Pages' },
  items: { case: 'camel', suffix: 'Items' },
  item: { case: 'pascal', suffix: 'Item' },
};
type SchemaForm = 'read' | 'write' | 'base' | 'baseWrite';
type Form = OperationForm | SchemaForm;

const OPERATION_FORMS: Readonly<Partial<Record<OperationForm, NameForm>>> = {
  fn: { case: 'camel', suffix: '' },
  params: { case: 'pascal', suffix: 'Params' },
  response: { case: 'pascal', suffix: 'Response' },
  responses: { case: 'pascal', suffix: 'Responses' },
  responseHeaders: { case: 'pascal', suffix: 'Response Headers' },
  errorCode: { case: 'pascal', suffix: 'ErrorCode' },
  error: { case: 'pascal', suffix: 'Error' },
  errors: { case: 'camel', suffix: 'Errors' },
  descriptor: { case: 'camel', suffix: 'Operation' },
};

/** `get /pets/{id}` → `get pets by id`, the raw name of an operation without an operationId. */
export function pathName(method: string, path: string): string {
  return `${method} ${path.replace(/\{([^{}]*)\}/g, ' by $1 ')}`;
}

/** Operations sort by path, then by method in the spec's method order, so spec reordering renames nothing. */
export function operationSortKey(op: Pick<NormalisedOperation, 'path' | 'method'>): string {
  return `0 ${op.path} ${HTTP_METHODS.indexOf(op.method)}`;
}

/**
 * The names of the previous generation (from the output folder's manifest), by stable key: an
 * operation's `GET /pets/{id}`, a schema's JSON pointer. What `resolveNames` keeps when it can.
 */
export interface NameLock {
  readonly operations: Readonly<Record<string, string>>;
  readonly schemas: Readonly<Record<string, string>>;
  /** By operation key, then by `parameterLockKey`: the property of the params object that held each parameter. */
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** By schema pointer: each enum value's member name (`[value, name]`). */
  readonly enumMembers?: Readonly<Record<string, readonly (readonly [string | number | boolean | null, string])[]>>;
}

export const EMPTY_NAME_LOCK: NameLock = { operations: {}, schemas: {} };

/** `query id`: a parameter's lock key, its location and wire name. */
export function parameterLockKey(location: string, name: string): string {
  return `${location} ${name}`;
}

/** `GET /pets/{id}`: an operation's key, stable across renames. */
export function operationKey(op: Pick<NormalisedOperation, 'path' | 'method'>): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

/** A lock entry, read only when it is the lock's own property (the lock comes from a file). */
function lockOf(table: Readonly<Record<string, string>>, key: string): { locked?: string } {
  const value = Object.hasOwn(table, key) ? table[key] : undefined;
  return typeof value === 'string' ? { locked: value } : {};
}

export interface PlannedNames {
  readonly operations: readonly OperationNames[];
  readonly schemas: readonly SchemaNames[];
}

/** A schema's names: its own, `…Input` when requests see it differently, `…Base` for a discriminated base. */
function schemaForms(pointer: string, facts: SchemaFacts): NameRequest<Form>['forms'] {
  const directional = facts.directional.has(pointer);
  const forms: Partial<Record<SchemaForm, NameForm>> = { read: { case: 'pascal', suffix: '' } };
  if (directional) forms.write = { case: 'pascal', suffix: 'Input' };
  if (facts.bases.has(pointer)) forms.base = { case: 'pascal', suffix: 'Base' };
  if (facts.bases.has(pointer) && directional) forms.baseWrite = { case: 'pascal', suffix: 'Base Input' };
  return forms as NameRequest<Form>['forms'];
}

function schemaNames(names: Readonly<Record<string, Identifier>>): SchemaNames {
  const read = names['read']!;
  const base = names['base'];
  return { read, write: names['write'] ?? read, base: base === undefined ? null : { read: base, write: names['baseWrite'] ?? base } };
}

export function planNames(
  operations: readonly NormalisedOperation[],
  schemas: readonly { readonly name: string; readonly pointer: string; readonly hoisted: boolean; readonly otherNames?: readonly string[] }[],
  facts: SchemaFacts,
  paginated: (op: NormalisedOperation) => boolean = () => false,
  lock: NameLock = EMPTY_NAME_LOCK,
  schemaKey: (pointer: string) => string = (pointer) => pointer,
): PlannedNames {
  const requests: NameRequest<Form>[] = [
    ...operations.map((op) => ({
      raw: op.operationId ?? pathName(op.method, op.path),
      fallback: pathName(op.method, op.path),
      sortKey: operationSortKey(op),
      forms: (paginated(op) ? { ...OPERATION_FORMS, ...PAGINATION_FORMS } : OPERATION_FORMS) as NameRequest<Form>['forms'],
      ...lockOf(lock.operations, operationKey(op)),
    })),
    ...schemas.map((schema) => {
      const key = schemaKey(schema.pointer);
      return {
        raw: schema.name,
        fallback: 'schema',
        // Declared schemas keep their names before hoisted ones take theirs, and before any request's
        // derived forms (another schema's `…Input`, an operation's `…Response`).
        sortKey: `${schema.hoisted ? 2 : 1} ${schema.name}`,
        primary: !schema.hoisted,
        forms: schemaForms(schema.pointer, facts),
        // By its stable key; by its pointer in a manifest written before parameters' schemas had one.
        ...lockOf(lock.schemas, key),
        ...(Object.hasOwn(lock.schemas, key) ? {} : lockOf(lock.schemas, schema.pointer)),
        // A node several operations share was named after the first in spec order before 2026-11-30.
        ...(schema.otherNames === undefined || schema.otherNames.length === 0 ? {} : { earlierRaws: schema.otherNames }),
      };
    }),
  ];
  const resolved = resolveNames(requests, RESERVED_NAMES);
  return {
    operations: resolved.slice(0, operations.length) as unknown as OperationNames[],
    schemas: resolved.slice(operations.length).map((r) => schemaNames(r)),
  };
}

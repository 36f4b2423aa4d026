// The generated client's public surface in brief: each operation's exported names, parameters and
// error codes, and each schema's exported types with the side of the wire that uses them. Kept in
// the manifest, it is the name lock of the next generation and the "before" of `check`'s API diff.

import { compareKeys } from '../naming';
import type { ApiModel, OperationModel, SchemaDecl, SchemaView, TypeRef } from '../model/ApiModel';
import { stableSchemaKeys } from '../model/stableSchemaKeys';

export interface ParameterSurface {
  /** `path`, `query`, `header`, `cookie`, or `body` for the request body. */
  readonly in: string;
  /** The name on the wire; none for the body (and in manifests written before it was recorded). */
  readonly name?: string;
  readonly required: boolean;
}

export interface OperationSurface {
  /** The function's name. */
  readonly name: string;
  /** The exported types that hold its parameters and what it resolves to. */
  readonly params: string;
  readonly response: string;
  /** The exported type of every declared response body by status. */
  readonly responses: string;
  /** By the key that holds each in the params object. */
  readonly parameters: Readonly<Record<string, ParameterSurface>>;
  readonly errorCodes: readonly string[];
  /** Its tags, which group it under `createApi(client).byTag` (none in manifests written before they were recorded). */
  readonly tags?: readonly string[];
  /**
   * Every other name it exports: its errors table, descriptor and error types, its response headers'
   * type when it declares any, its page iterators and item type when it is paginated (none in
   * manifests written before they were recorded). `check` tells by them which exports come and go with it.
   */
  readonly exports?: readonly string[];
}

/** What `createClient` reads from the spec: its default server URL and the keys of `auth`. */
export interface ClientSurface {
  readonly baseUrl: string | null;
  /** The security schemes' keys, which name the credentials in `createClient({ auth })`. */
  readonly auth: readonly string[];
}

/** Which callers a schema's type reaches: what they send, what they receive, both, or neither. */
export type Usage = 'request' | 'response' | 'both' | 'none';

export interface SchemaSurface {
  /** Exported type name by view (`both`, or `read`/`write` when the two sides differ, `base`). */
  readonly types: Readonly<Partial<Record<SchemaView, string>>>;
  readonly usage: Usage;
  /** An enum's members, `[value, member name]`: the name lock keeps each name on its value. */
  readonly members?: readonly EnumMemberSurface[];
}

export type EnumMemberSurface = readonly [value: string | number | boolean | null, name: string];

export interface ApiSurface {
  /** By operation key (`GET /pets/{id}`). */
  readonly operations: Readonly<Record<string, OperationSurface>>;
  /** By the schema's JSON pointer (a parameter's inline schema by the parameter's location and name: see stableSchemaKeys). */
  readonly schemas: Readonly<Record<string, SchemaSurface>>;
  /** None in manifests written before it was recorded. */
  readonly client?: ClientSurface;
}

function sortedRecord<T>(entries: readonly (readonly [string, T])[]): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => compareKeys(a, b)));
}

/** The schema names a type mentions, followed through the schemas themselves. */
function reach(roots: readonly TypeRef[], byName: ReadonlyMap<string, SchemaDecl>, seen: Set<string>): void {
  const stack = [...roots];
  for (let type = stack.pop(); type !== undefined; type = stack.pop()) {
    switch (type.kind) {
      case 'named': {
        const decl = byName.get(type.name);
        if (decl !== undefined && !seen.has(decl.name)) {
          seen.add(decl.name);
          stack.push(decl.type);
        }
        break;
      }
      case 'array':
        stack.push(type.of);
        break;
      case 'tuple':
        stack.push(...type.items, ...(type.rest === null ? [] : [type.rest]));
        break;
      case 'union':
      case 'intersection':
        stack.push(...type.of);
        break;
      case 'object':
        stack.push(...type.properties.map((p) => p.type), ...(type.additional === null ? [] : [type.additional]));
        break;
      case 'primitive':
      case 'literal':
        break;
    }
  }
}

function usageOf(model: ApiModel): (decl: SchemaDecl) => Usage {
  const byName = new Map(model.schemas.map((s) => [s.name as string, s]));
  const sent = new Set<string>();
  const received = new Set<string>();
  reach(model.operations.flatMap((op) => [...op.params.map((p) => p.type), ...(op.requestBody === null ? [] : [op.requestBody.type])]), byName, sent);
  reach(model.operations.flatMap((op) => op.responses.flatMap((r) => [r.type, ...r.headers.map((h) => h.type)])), byName, received);
  return (decl) => {
    const [s, r] = [sent.has(decl.name), received.has(decl.name)];
    return s && r ? 'both' : s ? 'request' : r ? 'response' : 'none';
  };
}

const USAGE_JOIN: Readonly<Record<Usage, Readonly<Record<Usage, Usage>>>> = {
  none: { none: 'none', request: 'request', response: 'response', both: 'both' },
  request: { none: 'request', request: 'request', response: 'both', both: 'both' },
  response: { none: 'response', request: 'both', response: 'response', both: 'both' },
  both: { none: 'both', request: 'both', response: 'both', both: 'both' },
};

function schemaSurfaces(model: ApiModel): Record<string, SchemaSurface> {
  const usage = usageOf(model);
  const byPointer = new Map<string, { types: Partial<Record<SchemaView, string>>; usage: Usage; members: readonly EnumMemberSurface[] | null }>();
  const keyOf = stableSchemaKeys(model.operations.map((op) => op.params));
  for (const decl of model.schemas) {
    const key = keyOf(decl.pointer);
    const entry = byPointer.get(key) ?? { types: {}, usage: 'none' as Usage, members: null };
    entry.types[decl.view] = decl.name;
    entry.usage = USAGE_JOIN[entry.usage][usage(decl)];
    entry.members ??= decl.enumMembers?.map((m) => [m.value, m.name] as const) ?? null;
    byPointer.set(key, entry);
  }
  return sortedRecord(
    [...byPointer].map(([pointer, e]) => [pointer, { types: sortedRecord(Object.entries(e.types)), usage: e.usage, ...(e.members === null ? {} : { members: e.members }) }]),
  );
}

/** The names besides its function, params and response types that an operation's files export (see emitTypes, emitErrors, emitOperations). */
function operationExports(op: OperationModel): string[] {
  const { errors, descriptor, errorCode, error, responseHeaders, pages, items, item } = op.names;
  const headers = op.responses.some((r) => r.headers.length > 0) ? [responseHeaders] : [];
  const paginated = op.pagination === null ? [] : [pages, items, item].filter((name) => name !== undefined);
  return [errors, descriptor, errorCode, error, ...headers, ...paginated];
}

export function apiSurface(model: ApiModel): ApiSurface {
  const operations = model.operations.map((op): [string, OperationSurface] => {
    const parameters: [string, ParameterSurface][] = op.params.map((p) => [p.key, { in: p.in, name: p.name, required: p.required }]);
    if (op.requestBody !== null) parameters.push([op.requestBody.key, { in: 'body', required: op.requestBody.required }]);
    return [
      op.key,
      {
        name: op.names.fn,
        params: op.names.params,
        response: op.names.response,
        responses: op.names.responses,
        parameters: sortedRecord(parameters),
        errorCodes: [...new Set(op.errors.map((e) => e.code))].sort(compareKeys),
        tags: op.tags,
        exports: operationExports(op),
      },
    ];
  });
  const client: ClientSurface = { baseUrl: model.defaultBaseUrl, auth: model.securitySchemes.map((s) => s.key).sort(compareKeys) };
  return { operations: sortedRecord(operations), schemas: schemaSurfaces(model), client };
}

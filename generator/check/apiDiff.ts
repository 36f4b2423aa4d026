// What a spec update changes for the generated client's callers: operations, parameters, responses,
// error codes and exported types, each change classified BREAKING or compatible. The surfaces come
// from the manifests; how two types relate comes from the TypeScript checker (typeOracle.ts).

import type { ApiSurface, ClientSurface, OperationSurface, SchemaSurface, Usage } from '../emit/apiSurface';
import { printable } from '../formatDiagnostics';
import type { Relation, TypeOracle } from './typeOracle';

export type ChangeKind =
  | 'operation-added'
  | 'operation-removed'
  | 'operation-renamed'
  | 'parameter-added'
  | 'parameter-removed'
  | 'parameter-required'
  | 'parameter-optional'
  | 'parameter-type'
  | 'response-type'
  | 'response-added'
  | 'response-removed'
  | 'error-code-added'
  | 'error-code-removed'
  | 'type-added'
  | 'type-removed'
  | 'type-renamed'
  | 'type-changed'
  | 'export-added'
  | 'export-removed'
  | 'member-removed'
  | 'tag-added'
  | 'tag-removed'
  | 'auth-added'
  | 'auth-removed'
  | 'server-added'
  | 'server-changed'
  | 'server-removed'
  | 'property-added'
  | 'property-removed'
  | 'property-required'
  | 'property-optional'
  | 'property-type';

export interface ApiChange {
  readonly kind: ChangeKind;
  readonly breaking: boolean;
  /** The export it is about, as named after the update (before, for a removal). */
  readonly subject: string;
  /** What changed, in a phrase: `query parameter "status" added, required`. */
  readonly detail: string;
  /** For type changes: how the new type relates to the old. */
  readonly relation?: Exclude<Relation, 'same'>;
}

/** Which side of the wire a type is on decides which way of changing it breaks callers. */
interface Sides {
  /** Callers build values of it: narrowing or a new required field breaks them. */
  readonly sent: boolean;
  /** Callers read values of it: widening or a field that may go missing breaks them. */
  readonly received: boolean;
}

const SIDES: Readonly<Record<Usage, Sides>> = {
  request: { sent: true, received: false },
  response: { sent: false, received: true },
  both: { sent: true, received: true },
  // An exported type nothing uses may still be used by callers: assume both.
  none: { sent: true, received: true },
};

/**
 * The side of the schema's type named `view`. A schema with readOnly or writeOnly fields has two
 * views, and its usage (the two joined) says `both`; but `Pet` is only what responses return and
 * `PetInput` only what requests send. The others go wherever the schema does.
 */
function viewSides(view: 'main' | 'write' | 'base', schema: SchemaSurface): Sides {
  if (view === 'write') return SIDES.request;
  if (view === 'main' && schema.types.write !== undefined) return SIDES.response;
  return SIDES[schema.usage];
}

function relationBreaks(relation: Exclude<Relation, 'same'>, sides: Sides): boolean {
  return relation === 'changed' || (relation === 'narrowed' && sides.sent) || (relation === 'widened' && sides.received);
}

const quoted = (text: string): string => `"${printable(text).replace(/"/g, '\\"')}"`;

function change(kind: ChangeKind, breaking: boolean, subject: string, detail: string, relation?: Exclude<Relation, 'same'>): ApiChange {
  return { kind, breaking, subject, detail, ...(relation === undefined ? {} : { relation }) };
}

/**
 * The fields of an object type: added, removed, required or optional now, retyped. Each by the type's
 * side: a field required now breaks what callers send (they must give it), not what they read (it is
 * always there); a field optional now breaks readers (it may be missing), not senders.
 */
function propertyChanges(oracle: TypeOracle, before: string, after: string, sides: Sides, subject: string): ApiChange[] | null {
  const [was, is] = [oracle.properties('old', before), oracle.properties('new', after)];
  if (was === null || is === null) return null;
  const changes: ApiChange[] = [];
  for (const [name, now] of is) {
    const then = was.get(name);
    if (then === undefined) {
      changes.push(change('property-added', sides.sent && !now.optional, subject, `property ${quoted(name)} added${now.optional ? '' : ', required'}`));
      continue;
    }
    if (then.optional !== now.optional) {
      const kind = now.optional ? 'property-optional' : 'property-required';
      changes.push(change(kind, now.optional ? sides.received : sides.sent, subject, `property ${quoted(name)} ${now.optional ? 'optional' : 'required'} now`));
    }
    // Its type too, whatever its optionality did, but for the `undefined` that optionality alone adds or takes away.
    const flipped = then.optional === now.optional ? null : now.optional ? 'widened' : 'narrowed';
    const relation = oracle.propertyRelation(before, after, name);
    if (relation !== null && relation !== 'same' && relation !== flipped) changes.push(change('property-type', relationBreaks(relation, sides), subject, `property ${quoted(name)} ${relation}`, relation));
  }
  for (const name of was.keys()) {
    if (!is.has(name)) changes.push(change('property-removed', true, subject, `property ${quoted(name)} removed`));
  }
  return changes;
}

function typeChanges(oracle: TypeOracle, before: string, after: string, sides: Sides): ApiChange[] {
  if (oracle.unchanged(before, after)) return [];
  const byProperty = propertyChanges(oracle, before, after, sides, after);
  if (byProperty !== null) return byProperty;
  const relation = oracle.relation(before, after);
  if (relation === null || relation === 'same') return [];
  return [change('type-changed', relationBreaks(relation, sides), after, `type ${relation}`, relation)];
}

function parameterChanges(before: OperationSurface, after: OperationSurface, oracle: TypeOracle): ApiChange[] {
  const subject = after.name;
  const changes: ApiChange[] = [];
  for (const [name, now] of Object.entries(after.parameters)) {
    const then = Object.hasOwn(before.parameters, name) ? before.parameters[name] : undefined;
    const what = `${now.in} parameter ${quoted(name)}`;
    if (then === undefined) {
      changes.push(change('parameter-added', now.required, subject, `${what} added${now.required ? ', required' : ''}`));
      continue;
    }
    if (then.required !== now.required) {
      changes.push(change(now.required ? 'parameter-required' : 'parameter-optional', now.required, subject, `${what} ${now.required ? 'required' : 'optional'} now`));
    }
    // Its type too, whatever its optionality did (optional now and narrowed still breaks callers),
    // but for the `undefined` that optionality alone adds or takes away.
    const flipped = then.required === now.required ? null : now.required ? 'narrowed' : 'widened';
    if (!oracle.unchanged(before.params, after.params)) {
      const relation = oracle.propertyRelation(before.params, after.params, name);
      if (relation !== null && relation !== 'same' && relation !== flipped) changes.push(change('parameter-type', relation !== 'widened', subject, `${what} ${relation}`, relation));
    }
  }
  for (const [name, then] of Object.entries(before.parameters)) {
    if (!Object.hasOwn(after.parameters, name)) changes.push(change('parameter-removed', true, subject, `${then.in} parameter ${quoted(name)} removed`));
  }
  return changes;
}

/**
 * Responses by status (the `…Responses` type): a status added or removed, and an error body retyped.
 * A 2xx body's change already shows as the response (what the function resolves to).
 */
function statusChanges(before: OperationSurface, after: OperationSurface, oracle: TypeOracle): ApiChange[] {
  if (oracle.unchanged(before.responses, after.responses)) return [];
  const [was, is] = [oracle.properties('old', before.responses), oracle.properties('new', after.responses)];
  if (was === null || is === null) return [];
  const changes: ApiChange[] = [];
  for (const status of is.keys()) {
    const shown = printable(status);
    if (!was.has(status)) changes.push(change('response-added', false, after.name, `response ${shown} added`));
    else if (!/^2/.test(status)) {
      const relation = oracle.propertyRelation(before.responses, after.responses, status);
      if (relation !== null && relation !== 'same') changes.push(change('response-type', relation !== 'narrowed', after.name, `response ${shown} ${relation}`, relation));
    }
  }
  for (const status of was.keys()) {
    if (!is.has(status)) changes.push(change('response-removed', true, after.name, `response ${printable(status)} removed`));
  }
  return changes;
}

function operationChanges(key: string, before: OperationSurface, after: OperationSurface, oracle: TypeOracle): ApiChange[] {
  const changes: ApiChange[] = [];
  if (before.name !== after.name) changes.push(change('operation-renamed', true, after.name, `${printable(key)}: renamed from ${before.name}`));
  changes.push(...parameterChanges(before, after, oracle));
  const relation = oracle.unchanged(before.response, after.response) ? null : oracle.relation(before.response, after.response);
  if (relation !== null && relation !== 'same') {
    changes.push(change('response-type', relation !== 'narrowed', after.name, `response ${relation}`, relation));
  }
  changes.push(...statusChanges(before, after, oracle));
  const [was, is] = [new Set(before.errorCodes), new Set(after.errorCodes)];
  // An exhaustive switch over the codes (what the ErrorCode type is for) no longer compiles.
  for (const code of after.errorCodes) if (!was.has(code)) changes.push(change('error-code-added', true, after.name, `error code ${quoted(code)} added`));
  for (const code of before.errorCodes) if (!is.has(code)) changes.push(change('error-code-removed', true, after.name, `error code ${quoted(code)} removed`));
  if (before.tags !== undefined && after.tags !== undefined) {
    const [had, has] = [new Set(before.tags), new Set(after.tags)];
    for (const tag of after.tags) if (!had.has(tag)) changes.push(change('tag-added', false, after.name, `under tag ${quoted(tag)} now`));
    // `createApi(client).byTag.<tag>.<operation>` no longer finds it there.
    for (const tag of before.tags) if (!has.has(tag)) changes.push(change('tag-removed', true, after.name, `no longer under tag ${quoted(tag)} (createApi's byTag)`));
  }
  return changes;
}

/** What `createClient` reads: a credential key gone is no longer sent; no default server, a `baseUrl` is required. */
function clientChanges(before: ClientSurface, after: ClientSurface): ApiChange[] {
  const changes: ApiChange[] = [];
  const [had, has] = [new Set(before.auth), new Set(after.auth)];
  for (const key of after.auth) if (!had.has(key)) changes.push(change('auth-added', false, 'createClient', `credential ${quoted(key)} added to auth`));
  for (const key of before.auth) if (!has.has(key)) changes.push(change('auth-removed', true, 'createClient', `credential ${quoted(key)} removed from auth: a client given it no longer sends it`));
  const [was, is] = [before.baseUrl, after.baseUrl];
  if (was !== null && is === null) changes.push(change('server-removed', true, 'createClient', `no default server URL (was ${quoted(was)}): createClient needs a baseUrl`));
  else if (was === null && is !== null) changes.push(change('server-added', false, 'createClient', `default server URL ${quoted(is)}`));
  else if (was !== is) changes.push(change('server-changed', false, 'createClient', `default server URL ${quoted(is!)}, was ${quoted(was!)}`));
  return changes;
}

/** The schema's main exported name: its own, or the response-side view when the two sides differ. */
const mainName = (schema: SchemaSurface): string | undefined => schema.types.both ?? schema.types.read;

function schemaChanges(before: SchemaSurface, after: SchemaSurface, oracle: TypeOracle): ApiChange[] {
  const changes: ApiChange[] = [];
  const [was, is] = [mainName(before), mainName(after)];
  if (was !== undefined && is !== undefined && was !== is) changes.push(change('type-renamed', true, is, `renamed from ${was}`));
  // What requests send was the schema itself until it gained a readOnly field (or is again, having
  // lost its last one): compared across, so a property callers may no longer send is reported.
  const [wrote, writes] = [before.types.write ?? was, after.types.write ?? is];
  // Each view by the side the updated client gives it.
  const views = [
    [was, is, viewSides('main', after)],
    ...(before.types.write === undefined && after.types.write === undefined ? [] : [[wrote, writes, viewSides('write', after)] as const]),
    [before.types.base, after.types.base, viewSides('base', after)],
  ] as const;
  for (const [old, now, sides] of views) {
    if (old !== undefined && now !== undefined) changes.push(...typeChanges(oracle, old, now, sides));
  }
  for (const view of ['write', 'base'] as const) {
    const [old, now] = [before.types[view], after.types[view]];
    if (old !== undefined && now === undefined) changes.push(change('type-removed', true, old, 'type removed'));
    if (old === undefined && now !== undefined) changes.push(change('type-added', false, now, 'type added'));
  }
  changes.push(...memberChanges(before, after, is ?? was ?? ''));
  return changes;
}

/**
 * An enum's named values (`PetStatus.Sold`): one removed breaks callers that name it, whichever
 * side of the wire the type is on; one added is new.
 */
function memberChanges(before: SchemaSurface, after: SchemaSurface, subject: string): ApiChange[] {
  if (before.members === undefined || after.members === undefined) return [];
  const now = new Set(after.members.map(([, name]) => name));
  return before.members.filter(([, name]) => !now.has(name)).map(([, name]) => change('member-removed', true, subject, `member ${quoted(name)} removed`));
}

function added<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>): string[] {
  return Object.keys(after).filter((k) => !Object.hasOwn(before, k));
}

/**
 * Schemas whose pointer changed but whose exported name did not (Swagger 2.0's `definitions`
 * become OpenAPI 3's `components/schemas`; a schema moves between files): the same type for
 * callers, compared as such rather than removed and added. Before's pointer → after's.
 */
function movedSchemas(before: ApiSurface, after: ApiSurface): Map<string, string> {
  const arrivals = new Map<string, string>();
  for (const pointer of added(before.schemas, after.schemas)) {
    const name = mainName(after.schemas[pointer]!);
    if (name !== undefined && !arrivals.has(name)) arrivals.set(name, pointer);
  }
  const moved = new Map<string, string>();
  for (const pointer of added(after.schemas, before.schemas)) {
    const name = mainName(before.schemas[pointer]!);
    const to = name === undefined ? undefined : arrivals.get(name);
    if (to === undefined) continue;
    moved.set(pointer, to);
    arrivals.delete(name!);
  }
  return moved;
}

/** Every change for callers: the client's options, operations (by key), then types (by pointer). */
export function apiDiff(before: ApiSurface, after: ApiSurface, oracle: TypeOracle): ApiChange[] {
  const changes: ApiChange[] = before.client === undefined || after.client === undefined ? [] : clientChanges(before.client, after.client);
  const keys = [...new Set([...Object.keys(before.operations), ...Object.keys(after.operations)])].sort();
  for (const key of keys) {
    const [then, now] = [Object.hasOwn(before.operations, key) ? before.operations[key] : undefined, Object.hasOwn(after.operations, key) ? after.operations[key] : undefined];
    if (then === undefined && now !== undefined) changes.push(change('operation-added', false, now.name, `${printable(key)} added`));
    else if (then !== undefined && now === undefined) changes.push(change('operation-removed', true, then.name, `${printable(key)} removed`));
    else if (then !== undefined && now !== undefined) changes.push(...operationChanges(key, then, now, oracle));
  }
  const moved = movedSchemas(before, after);
  const arrived = new Set(moved.values());
  for (const pointer of added(before.schemas, after.schemas)) {
    const name = mainName(after.schemas[pointer]!);
    if (name !== undefined && !arrived.has(pointer)) changes.push(change('type-added', false, name, 'type added'));
  }
  for (const pointer of Object.keys(before.schemas).sort()) {
    const then = before.schemas[pointer]!;
    const to = Object.hasOwn(after.schemas, pointer) ? pointer : moved.get(pointer);
    const now = to === undefined ? undefined : after.schemas[to];
    const name = mainName(then);
    if (now === undefined) {
      if (name !== undefined) changes.push(change('type-removed', true, name, 'type removed'));
    } else changes.push(...schemaChanges(then, now, oracle));
  }
  return changes;
}

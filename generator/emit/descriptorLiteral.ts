// The initializer of an operation's descriptor: the data the runtime needs to send the request.
// Every spec string in it is written by escape.ts.

import type { OperationModel, ParamModel, TypeRef } from '../model/ApiModel';
import { planOf, printPlan, type Int64Plans, type PlanNode } from './int64Plans';
import { code, literal, objectLiteralKey, stringLiteral, type TsCode } from './escape';
import { block } from './layout';

function parameterLiteral(p: ParamModel): string {
  const fields = [
    `key: ${stringLiteral(p.key)}`,
    `name: ${stringLiteral(p.name)}`,
    `in: ${stringLiteral(p.in)}`,
    `required: ${p.required}`,
    `style: ${stringLiteral(p.style)}`,
    `explode: ${p.explode}`,
  ];
  if (p.contentType !== null) fields.push(`contentType: ${stringLiteral(p.contentType)}`);
  if (p.clientDefault !== null) fields.push(`default: ${literal(p.clientDefault)}`);
  return `{ ${fields.join(', ')} },`;
}

function securityLiteral(op: OperationModel): string {
  const alternatives = op.security.map((requirement) => {
    const schemes = requirement.map(({ scheme: s, scopes }) => {
      const fields = [`key: ${stringLiteral(s.key)}`, `type: ${stringLiteral(s.type)}`];
      if (s.scheme !== null) fields.push(`scheme: ${stringLiteral(s.scheme)}`);
      if (s.in !== null) fields.push(`in: ${stringLiteral(s.in)}`);
      if (s.name !== null) fields.push(`name: ${stringLiteral(s.name)}`);
      if (scopes.length > 0) fields.push(`scopes: [${scopes.map(stringLiteral).join(', ')}]`);
      return `{ ${fields.join(', ')} }`;
    });
    return `[${schemes.join(', ')}]`;
  });
  return `security: [${alternatives.join(', ')}],`;
}

/**
 * `int64: { codec, body, response, error }` when int64 values are strings or bigints and this
 * operation carries any. The codec is read through a getter: checking a reference to an imported
 * name at the top level of operations.ts walks back through every earlier declaration of the file,
 * which made the check quadratic (Microsoft Graph with int64 strings: 2,302 such descriptors, 39 s
 * instead of 15). Inside a function body the walk stops at the function's start.
 */
function int64Literal(op: OperationModel, plans: Int64Plans): string | null {
  const used = int64Entries(op, plans);
  if (used.length === 0) return null;
  return `int64: { get codec(): Int64Codec { return int64Codec; }, ${used.map(([key, plan]) => `${key}: ${printPlan(plan)}`).join(', ')} },`;
}

/** The bodies of this operation that carry int64 values, with where they sit. */
function int64Entries(op: OperationModel, plans: Int64Plans): (readonly ['body' | 'response' | 'error', PlanNode])[] {
  const of = (type: TypeRef | null) => (type === null ? null : planOf(type, plans.withInt64));
  const errorTypes = op.responses.filter((r) => !r.success).map((r) => r.type);
  const entries = [
    ['body', of(op.requestBody?.type ?? null)],
    ['response', of(op.successType)],
    ['error', of(errorTypes.length === 0 ? null : { kind: 'union', of: errorTypes })],
  ] as const;
  return entries.flatMap(([key, plan]) => (plan === null ? [] : [[key, plan] as const]));
}

/** Whether the descriptor refers to the generated `int64Codec`. */
export function usesInt64Codec(op: OperationModel, plans: Int64Plans | null): boolean {
  return plans !== null && int64Entries(op, plans).length > 0;
}

/** The permissions as key and string literal, for the descriptor's value and for its type. */
function permissionEntries(op: OperationModel): (readonly [string, string])[] {
  return op.permissions.map((p) => [objectLiteralKey(p.key), stringLiteral(p.value)] as const);
}

function permissionsLiteral(op: OperationModel): string {
  if (op.permissions.length === 0) return '{}';
  return `{ ${permissionEntries(op).map(([key, value]) => `${key}: ${value}`).join(', ')} }`;
}

/** The permissions' literal types, so that code can require one at compile time. */
function permissionsType(op: OperationModel): string {
  return `{ ${permissionEntries(op).map(([key, value]) => `readonly ${key}: ${value};`).join(' ')} }`;
}

export function descriptorLiteral(op: OperationModel, plans: Int64Plans | null): TsCode {
  const lines = [
    `operationId: ${stringLiteral(op.operationId)},`,
    `method: ${stringLiteral(op.method.toUpperCase())},`,
    `path: ${stringLiteral(op.path)},`,
    ...(op.server === null ? [] : [`server: ${stringLiteral(op.server)},`]),
    `parameters: ${op.params.length === 0 ? '[]' : block('[', op.params.map(parameterLiteral), ']')},`,
  ];
  if (op.accept !== null) lines.push(`accept: ${stringLiteral(op.accept)},`);
  if (op.requestBody !== null) {
    const b = op.requestBody;
    const pick = b.contentTypeKey === null ? '' : `, contentTypeKey: ${stringLiteral(b.contentTypeKey)}`;
    const fields = b.fields.map((f) => {
      const type = f.contentType === null ? '' : `, contentType: ${stringLiteral(f.contentType)}`;
      return `{ name: ${stringLiteral(f.name)}, style: ${stringLiteral(f.style)}, explode: ${f.explode}${type} }`;
    });
    const written = fields.length === 0 ? '' : `, fields: [${fields.join(', ')}]`;
    lines.push(`body: { key: ${stringLiteral(b.key)}, mediaType: ${stringLiteral(b.mediaType)}, required: ${b.required}${pick}${written} },`);
  }
  lines.push(
    `errors: ${op.names.errors},`,
    `permissions: ${permissionsLiteral(op)},`,
    `tags: [${op.tags.map(stringLiteral).join(', ')}],`,
    securityLiteral(op),
    `responses: [${op.responses.map((r) => stringLiteral(r.status)).join(', ')}],`,
  );
  const files = op.responses.filter((r) => r.type.kind === 'primitive' && r.type.name === 'blob');
  if (files.length > 0) lines.push(`binary: [${files.map((r) => stringLiteral(r.status)).join(', ')}],`);
  // A success typed string because its media type is text (see buildResponses): read so, whatever the
  // server says. Not an error's: its JSON body, if the server sends one, holds the code and message.
  const texts = op.responses.filter((r) => r.success && r.mediaType !== null && /^text\//i.test(r.mediaType) && r.type.kind === 'primitive' && r.type.name === 'string');
  if (texts.length > 0) lines.push(`text: [${texts.map((r) => stringLiteral(r.status)).join(', ')}],`);
  if (op.pagination !== null) {
    const p = op.pagination;
    const path = (segments: readonly string[]) => `[${segments.map(stringLiteral).join(', ')}]`;
    lines.push(`pagination: { style: ${stringLiteral(p.style)}, param: ${stringLiteral(p.param)}, items: ${path(p.itemsPath)}, next: ${path(p.nextPath)} },`);
  }
  const int64 = plans === null ? null : int64Literal(op, plans);
  if (int64 !== null) lines.push(int64);
  return code(block('{', lines, '}'));
}

/**
 * The descriptor's declared type. Named, not the literal's own: each literal type would be
 * spelled out in the declarations and compared member by member wherever the descriptor is
 * passed, which made them the larger part of a client's type-check time. The errors keep their
 * literal type (their codes narrow `isApiError`), the responses type `bodyAt`, and the
 * permissions stay literal for code that requires one.
 */
export function descriptorType(op: OperationModel): TsCode {
  const permissions = op.permissions.length === 0 ? '' : `, ${permissionsType(op)}`;
  const type = `OperationDescriptor<typeof ${op.names.errors}, ${op.names.responses}${permissions}>`;
  return code(op.pagination === null ? type : `${type} & { readonly pagination: PaginationDescriptor; }`);
}

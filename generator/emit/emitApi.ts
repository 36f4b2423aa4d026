// api.ts: `createApi(client)` binds every operation to a client, flat and grouped by tag. It imports
// every operation, so it is a separate module: importing operations one by one still tree-shakes.

import type { ApiModel, OperationModel } from '../model/ApiModel';
import type { Declaration } from './Declaration';
import { paramsOptional } from './emitOperations';
import { code, commentText, docName, objectLiteralKey } from './escape';
import { block, indent, jsDoc } from './layout';

/**
 * An operation's function type once its client is given, from the same view-model fields as the
 * `operation` template's signature. Written out, not inferred: a declaration file can then be made
 * from api.ts alone (isolatedDeclarations), and checking it costs half of inferring it.
 */
function boundSignature(op: OperationModel): string {
  return `(params${paramsOptional(op) ? '?' : ''}: types.${op.names.params}, options?: CallOptions) => ApiPromise<types.${op.names.response}>`;
}

/**
 * A bound operation's JSDoc: its summary, the name of the function with the full documentation, and
 * `@deprecated` when the operation is, so editors strike out `api.x(...)` too. The members grouped by
 * tag repeat it: an indexed access type carries the type of `BoundOperations['x']`, not its docs.
 */
function boundDoc(op: OperationModel): string {
  const summary = op.summary === null ? '' : commentText(op.summary.trim());
  const link = docName(`operations.${op.names.fn}`);
  const text = summary === '' ? `See ${link}.` : `${summary} (${link})`;
  return jsDoc(code(op.deprecated ? `${text}\n@deprecated` : text));
}

export function emitApi(model: ApiModel): Declaration[] {
  const ops = model.operations;
  if (ops.length === 0) {
    return [
      { kind: 'import', typeOnly: true, from: 'runtime', names: [{ name: 'Client' }] },
      { kind: 'code', text: code('/** The spec has no operations, so there is nothing to bind. */\nexport function createApi(_client: Client): { byTag: {} } {\n  return { byTag: {} };\n}') },
    ];
  }
  // Grouped in one pass: Graph has thousands of tags, and a scan of every operation per tag was quadratic.
  const members = new Map<string, OperationModel[]>();
  for (const op of ops) {
    for (const tag of new Set(op.tags)) {
      const list = members.get(tag) ?? [];
      if (list.length === 0) members.set(tag, list);
      list.push(op);
    }
  }
  const docs = new Map(ops.map((op) => [op, boundDoc(op)]));
  const byTag = (member: (op: OperationModel) => string, end: string) =>
    [...members].map(([tag, tagged]) => `${objectLiteralKey(tag)}: ${block('{', tagged.map(member), '}')}${end}`);
  const boundType = block('{', ops.map((op) => `${docs.get(op)}\n${op.names.fn}: ${boundSignature(op)};`), '}');
  const tagMember = (op: OperationModel) => `${docs.get(op)}\n${op.names.fn}: BoundOperations['${op.names.fn}'];`;
  const tagType = members.size === 0 ? '{ }' : block('{', byTag(tagMember, ';'), '}');
  const flat = ops.map(({ names: { fn } }) => `${fn}: (params, options) => operations.${fn}(client, params, options),`);
  const body = [
    `const flat: BoundOperations = ${block('{', flat, '}')};`,
    `return ${block('{', ['...flat,', `byTag: ${block('{', byTag(({ names: { fn } }) => `${fn}: flat.${fn},`, ','), '}')},`], '}')};`,
  ];
  return [
    { kind: 'import', typeOnly: true, from: 'runtime', names: [{ name: 'ApiPromise' }, { name: 'CallOptions' }, { name: 'Client' }] },
    // Namespaces, so no schema or operation name can clash with this file's own names.
    { kind: 'importAll', from: 'operations', as: 'operations' },
    { kind: 'importAll', typeOnly: true, from: 'types', as: 'types' },
    {
      kind: 'code',
      // Exported, so a library that exports what createApi returns can name its type in its declarations.
      text: code(`/** Every operation, bound to one client. */
export interface BoundOperations ${boundType}

/** The bound operations grouped by tag. */
export interface BoundByTag ${tagType}`),
    },
    {
      kind: 'code',
      text: code(`/**
 * Every operation bound to \`client\`: \`api.listPets(params)\`, and grouped by tag: \`api.byTag.pets.listPets(params)\`.
 * Import operations one by one instead when bundle size matters: this object holds them all.
 */
export function createApi(client: Client): BoundOperations & { byTag: BoundByTag; } {
${indent(body.join('\n'))}
}`),
    },
  ];
}

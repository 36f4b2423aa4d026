// api.ts: `createApi(client)` binds every operation to a client, flat and grouped by tag. It imports
// every operation, so it is a separate module: importing operations one by one still tree-shakes.

import type { ApiModel } from '../model/ApiModel';
import type { Declaration } from './Declaration';
import { code, objectLiteralKey } from './escape';
import { block, indent } from './layout';

const CLIENT_IMPORT: Declaration = { kind: 'import', typeOnly: true, from: './runtime.js', names: [{ name: 'Client' }] };

export function emitApi(model: ApiModel): Declaration[] {
  const ops = model.operations;
  if (ops.length === 0) {
    return [
      CLIENT_IMPORT,
      { kind: 'code', text: code('/** The spec has no operations, so there is nothing to bind. */\nexport function createApi(_client: Client) {\n  return { byTag: {} };\n}') },
    ];
  }
  const flat = ops.map((op) => `${op.names.fn}: bind(client, operations.${op.names.fn}),`);
  // Grouped in one pass: Graph has thousands of tags, and a scan of every operation per tag was quadratic.
  const members = new Map<string, string[]>();
  for (const op of ops) {
    for (const tag of new Set(op.tags)) {
      const list = members.get(tag) ?? [];
      if (list.length === 0) members.set(tag, list);
      list.push(`${op.names.fn}: flat.${op.names.fn},`);
    }
  }
  const byTag = [...members].map(([tag, list]) => `${objectLiteralKey(tag)}: ${block('{', list, '}')},`);
  const body = [`const flat = ${block('{', flat, '}')};`, `return ${block('{', ['...flat,', `byTag: ${block('{', byTag, '}')},`], '}')};`];
  return [
    CLIENT_IMPORT,
    { kind: 'importAll', from: './operations.js', as: 'operations' },
    {
      kind: 'code',
      text: code(`/** An operation with its client argument already given. */
function bind<Args extends unknown[], Result>(client: Client, operation: (client: Client, ...args: Args) => Result): (...args: Args) => Result {
  return (...args) => operation(client, ...args);
}`),
    },
    {
      kind: 'code',
      text: code(`/**
 * Every operation bound to \`client\`: \`api.listPets(params)\`, and grouped by tag: \`api.byTag.pets.listPets(params)\`.
 * Import operations one by one instead when bundle size matters: this object holds them all.
 */
export function createApi(client: Client) {
${indent(body.join('\n'))}
}`),
    },
  ];
}

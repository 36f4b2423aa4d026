// api.ts: `createApi(client)` binds every operation to a client, flat and grouped by tag. It imports
// every operation, so it is a separate module: importing operations one by one still tree-shakes.

import { StructureKind, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../model/ApiModel';
import { code, objectLiteralKey } from './escape';

export function emitApi(model: ApiModel): (StatementStructures | string)[] {
  const ops = model.operations;
  if (ops.length === 0) {
    return [
      { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime.js', namedImports: ['Client'] },
      code('/** The spec has no operations, so there is nothing to bind. */\nexport function createApi(_client: Client) {\n  return { byTag: {} };\n}'),
    ];
  }
  const flat = ops.map((op) => `${op.names.fn}: bind(client, operations.${op.names.fn}),`);
  const tags = [...new Set(ops.flatMap((op) => op.tags))];
  const byTag = tags.map((tag) => {
    const members = ops.filter((op) => op.tags.includes(tag)).map((op) => `${op.names.fn}: flat.${op.names.fn},`);
    return `${objectLiteralKey(tag)}: {\n${members.join('\n')}\n},`;
  });
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime.js', namedImports: ['Client'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './operations.js', namespaceImport: 'operations' },
    code(`/** An operation with its client argument already given. */
function bind<Args extends unknown[], Result>(client: Client, operation: (client: Client, ...args: Args) => Result): (...args: Args) => Result {
  return (...args) => operation(client, ...args);
}`),
    code(`/**
 * Every operation bound to \`client\`: \`api.listPets(params)\`, and grouped by tag: \`api.byTag.pets.listPets(params)\`.
 * Import operations one by one instead when bundle size matters: this object holds them all.
 */
export function createApi(client: Client) {
  const flat = {${flat.length === 0 ? '' : `\n${flat.join('\n')}\n`}};
  return {
    ...flat,
    byTag: {${byTag.length === 0 ? '' : `\n${byTag.join('\n')}\n`}},
  };
}`),
  ];
}

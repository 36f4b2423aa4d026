// operations.ts: per operation its descriptor (data, ts-morph) and its function (the `operation`
// template, so users can restyle it).

import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel, OperationModel } from '../model/ApiModel';
import type { Identifier } from '../naming';
import { descriptorLiteral, usesInt64Codec } from './descriptorLiteral';
import type { Int64Plans } from './int64Plans';
import { code, type TsCode } from './escape';
import { operationDoc } from './operationDoc';
import type { Template } from './templates';

/** The flat view-model of the `operation` template: every field already code or an identifier. */
export interface OperationView {
  readonly doc: TsCode;
  readonly fnName: Identifier;
  readonly paramsType: Identifier;
  readonly paramsOptional: boolean;
  readonly responseType: Identifier;
  readonly descriptor: Identifier;
}

export function operationView(op: OperationModel): OperationView {
  return {
    doc: operationDoc(op),
    fnName: op.names.fn,
    paramsType: op.names.params,
    paramsOptional: op.params.every((p) => !p.required) && !(op.requestBody?.required ?? false),
    responseType: op.names.response,
    descriptor: op.names.descriptor,
  };
}

function descriptorStatement(op: OperationModel, plans: Int64Plans | null): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [{ description: code(`How {@link ${op.names.fn}} is sent, the errors it documents and the permissions it needs.`) }],
    declarations: [{ name: op.names.descriptor, initializer: descriptorLiteral(op, plans) }],
  };
}

function imports(model: ApiModel, plans: Int64Plans | null): StatementStructures[] {
  const ops = model.operations;
  if (ops.length === 0) return [];
  const paginated = ops.some((op) => op.pagination !== null);
  const codec: StatementStructures[] = ops.some((op) => usesInt64Codec(op, plans))
    ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './codecs.js', namedImports: [{ name: 'int64Codec' }] }]
    : [];
  const named = (names: readonly string[], typeOnly: boolean) => names.map((name) => ({ name, isTypeOnly: typeOnly }));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime.js',
      namedImports: [
        { name: 'call' },
        ...(paginated ? named(['items', 'pages'], false) : []),
        ...named(['CallOptions', 'Client', 'OperationDescriptor'], true),
      ],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './errors.js', namedImports: named(ops.map((o) => o.names.errors), false) },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './types.js',
      namedImports: named(ops.flatMap((o) => [o.names.params, o.names.response, o.names.responses, ...(o.names.item === undefined ? [] : [o.names.item])]), false),
    },
    ...codec,
  ];
}

/** The `pagination` template's view-model; null for an operation that does not paginate. */
function paginationView(op: OperationModel): object | null {
  const { pages, items, item } = op.names;
  if (op.pagination === null || pages === undefined || items === undefined || item === undefined) return null;
  return { ...operationView(op), pagesFn: pages, itemsFn: items, itemType: item };
}

export function emitOperations(
  model: ApiModel,
  templates: { readonly operation: Template; readonly pagination: Template },
  plans: Int64Plans | null,
): (StatementStructures | string)[] {
  // Still a module when there is nothing in it, so index.ts can re-export it.
  if (model.operations.length === 0) return ['export {};'];
  return [
    ...imports(model, plans),
    ...model.operations.flatMap((op) => {
      const paging = paginationView(op);
      return [descriptorStatement(op, plans), templates.operation(operationView(op)), ...(paging === null ? [] : [templates.pagination(paging)])];
    }),
  ];
}

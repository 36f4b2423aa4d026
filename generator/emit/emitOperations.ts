// operations.ts: per operation its table of errors and its descriptor (data), then its function (the
// `operation` template, so users can restyle it).

import type { ApiModel, OperationModel } from '../model/ApiModel';
import type { Declaration, ImportName } from './Declaration';
import type { Identifier } from '../naming';
import { descriptorLiteral, descriptorType, usesInt64Codec } from './descriptorLiteral';
import { errorTable } from './errorTable';
import type { Int64Plans } from './int64Plans';
import { code, docName } from './escape';
import { operationDoc } from './operationDoc';
import type { Templates } from './templates';
import type { OperationView, PaginationView } from './templateViews';

/** True when every parameter and the body are optional, so `params` may be left out. */
export function paramsOptional(op: OperationModel): boolean {
  return op.params.every((p) => !p.required) && !(op.requestBody?.required ?? false);
}

export function operationView(op: OperationModel): OperationView {
  return {
    doc: operationDoc(op),
    fnName: op.names.fn,
    paramsType: op.names.params,
    paramsOptional: paramsOptional(op),
    responseType: op.names.response,
    descriptor: op.names.descriptor,
  };
}

function descriptorStatement(op: OperationModel, plans: Int64Plans | null): Declaration {
  return {
    kind: 'const',
    name: op.names.descriptor,
    doc: code(`How ${docName(op.names.fn)} is sent, the errors it documents and the permissions it needs.`),
    type: descriptorType(op),
    initializer: descriptorLiteral(op, plans),
  };
}

function imports(model: ApiModel, plans: Int64Plans | null): Declaration[] {
  const ops = model.operations;
  if (ops.length === 0) return [];
  const paginated = ops.some((op) => op.pagination !== null);
  const usesCodec = ops.some((op) => usesInt64Codec(op, plans));
  const named = (names: readonly string[], typeOnly: boolean): ImportName[] => names.map((name) => ({ name, typeOnly }));
  return [
    {
      kind: 'import',
      from: 'runtime',
      names: [
        { name: 'call' },
        ...(paginated ? named(['items', 'listening', 'pages'], false) : []),
        ...named([...(paginated ? ['ApiAsyncGenerator'] : []), 'ApiPromise', 'CallOptions', 'Client', 'OperationDescriptor', ...(paginated ? ['PaginationDescriptor'] : []), ...(usesCodec ? ['Int64Codec'] : [])], true),
      ],
    },
    {
      kind: 'import',
      typeOnly: true,
      from: 'types',
      names: named(ops.flatMap((o) => [o.names.params, o.names.response, o.names.responses, ...(o.names.item === undefined ? [] : [o.names.item])]), false),
    },
    ...(usesCodec ? [{ kind: 'import' as const, from: 'codecs' as const, names: [{ name: 'int64Codec' }] }] : []),
  ];
}

/** The `pagination` template's view-model; null for an operation that does not paginate. */
function paginationView(op: OperationModel): PaginationView | null {
  const { pages, items, item } = op.names;
  if (op.pagination === null || pages === undefined || items === undefined || item === undefined) return null;
  return { ...operationView(op), pagesFn: pages, itemsFn: items, itemType: item };
}

/** Yields one statement at a time: each is printed as it comes, so none outlives its text. */
export function* emitOperations(
  model: ApiModel,
  templates: Pick<Templates, 'operation' | 'pagination'>,
  plans: Int64Plans | null,
): Iterable<Declaration> {
  // Still a module when there is nothing in it, so index.ts can re-export it.
  if (model.operations.length === 0) {
    yield { kind: 'code', text: code('export {};') };
    return;
  }
  yield* imports(model, plans);
  for (const op of model.operations) {
    const paging = paginationView(op);
    yield errorTable(op);
    yield descriptorStatement(op, plans);
    yield { kind: 'code', text: templates.operation(operationView(op)) };
    if (paging !== null) yield { kind: 'code', text: templates.pagination(paging) };
  }
}

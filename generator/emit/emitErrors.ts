// errors.ts: the API-wide `ErrorCode` object and union, and per operation the union of its
// documented codes and its error type; its table of status/code/message is declared in
// operations.ts (see errorTable.ts) and re-exported here.

import type { ApiModel, OperationModel } from '../model/ApiModel';
import type { Declaration } from './Declaration';
import { constObject } from './constObject';
import { code, docName, docText, objectLiteralKey, stringLiteral, type TsCode } from './escape';

function errorCodeObject(model: ApiModel): Declaration[] {
  const members = model.errorCodes.map((e) => {
    const uses = e.uses.map((u) => `${u.status} ${docText(u.message)} (${docText(u.operationId)})`);
    const doc = code(`/**\n${uses.map((u) => ` * ${u}`).join('\n')}\n */`);
    return { key: objectLiteralKey(e.member), value: stringLiteral(e.code), doc };
  });
  return [
    constObject('ErrorCode', code('Every application error code the API documents, by name.'), members),
    {
      kind: 'type',
      name: 'ErrorCode',
      doc: code('An application error code the API documents.'),
      type: code(model.errorCodes.length === 0 ? 'never' : '(typeof ErrorCode)[keyof typeof ErrorCode]'),
    },
  ];
}

function codeUnion(op: OperationModel): TsCode {
  const codes = [...new Set(op.errors.map((e) => e.code))];
  return codes.length === 0 ? code('never') : code(codes.map(stringLiteral).join(' | '));
}

function operationErrors(op: OperationModel): Declaration[] {
  return [
    {
      kind: 'type',
      name: op.names.errorCode,
      doc: code(`The application error codes ${docName(op.names.fn)} documents.`),
      type: codeUnion(op),
    },
    {
      kind: 'type',
      name: op.names.error,
      doc: code(`The error a failed ${docName(op.names.fn)} call throws; narrow to it with \`isApiError(error, ${op.names.descriptor})\`.`),
      type: code(`ApiError<${op.names.errorCode}, ${op.names.responses}>`),
    },
  ];
}

export function emitErrors(model: ApiModel): Declaration[] {
  if (model.operations.length === 0) return errorCodeObject(model);
  return [
    { kind: 'import', typeOnly: true, from: 'runtime', names: [{ name: 'ApiError' }] },
    { kind: 'import', typeOnly: true, from: 'types', names: model.operations.map((op) => ({ name: op.names.responses })) },
    ...errorCodeObject(model),
    ...model.operations.flatMap(operationErrors),
    {
      kind: 'reexport',
      from: 'operations',
      doc: code('The errors each operation documents, by status, code and message (declared beside its descriptor).'),
      names: model.operations.map((op) => op.names.errors),
    },
  ];
}

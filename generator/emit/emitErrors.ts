// errors.ts: the API-wide `ErrorCode` object and union, and per operation the union of its
// documented codes, its table of status/code/message, and its error type.

import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel, OperationModel } from '../model/ApiModel';
import { code, docText, literal, objectLiteralKey, stringLiteral, type TsCode } from './escape';

/** `open` + one item per line + `close`, or just `open` + `close` when there are none. */
function block(open: string, items: readonly string[], close: string): string {
  return items.length === 0 ? `${open}${close}` : `${open}\n${items.join('\n')}\n${close}`;
}

function errorCodeObject(model: ApiModel): StatementStructures[] {
  const members = model.errorCodes.map((e) => {
    const uses = e.uses.map((u) => `${u.status} ${docText(u.message)} (${docText(u.operationId)})`);
    const doc = `/**\n${uses.map((u) => ` * ${u}`).join('\n')}\n */`;
    return `${doc}\n${objectLiteralKey(e.member)}: ${stringLiteral(e.code)},`;
  });
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: 'Every application error code the API documents, by name.' }],
      declarations: [{ name: 'ErrorCode', initializer: `${block('{', members, '}')} as const` }],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ErrorCode',
      docs: [{ description: 'An application error code the API documents.' }],
      type: model.errorCodes.length === 0 ? 'never' : '(typeof ErrorCode)[keyof typeof ErrorCode]',
    },
  ];
}

function codeUnion(op: OperationModel): TsCode {
  const codes = [...new Set(op.errors.map((e) => e.code))];
  return codes.length === 0 ? code('never') : code(codes.map(stringLiteral).join(' | '));
}

function operationErrors(op: OperationModel): StatementStructures[] {
  const rows = op.errors.map((e) => `{ status: ${literal(e.status)}, code: ${stringLiteral(e.code)}, message: ${stringLiteral(e.message)} },`);
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: op.names.errorCode,
      docs: [{ description: `The application error codes {@link ${op.names.fn}} documents.` }],
      type: codeUnion(op),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: `The errors {@link ${op.names.fn}} documents, each with its HTTP status and message.` }],
      declarations: [
        {
          name: op.names.errors,
          initializer: `${block('[', rows, ']')} as const satisfies readonly ErrorDescriptor<${op.names.errorCode}>[]`,
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: op.names.error,
      docs: [{ description: `The error a failed {@link ${op.names.fn}} call throws; narrow to it with \`isApiError(error, ${op.names.descriptor})\`.` }],
      type: `ApiError<${op.names.errorCode}, ${op.names.responses}>`,
    },
  ];
}

export function emitErrors(model: ApiModel): StatementStructures[] {
  const imports: StatementStructures[] =
    model.operations.length === 0
      ? []
      : [
          {
            kind: StructureKind.ImportDeclaration,
            isTypeOnly: true,
            moduleSpecifier: './runtime.js',
            namedImports: ['ApiError', 'ErrorDescriptor'],
          },
          {
            kind: StructureKind.ImportDeclaration,
            isTypeOnly: true,
            moduleSpecifier: './types.js',
            namedImports: model.operations.map((op) => op.names.responses),
          },
        ];
  return [
    ...imports,
    ...errorCodeObject(model),
    ...model.operations.flatMap(operationErrors),
  ];
}

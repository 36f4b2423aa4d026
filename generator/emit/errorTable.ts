// An operation's table of documented errors (status, code, message): data its descriptor points to.
// It is declared in operations.ts right before that descriptor, and errors.ts re-exports it. Next to
// its one reader, the descriptor's reference costs the type checker one step of control-flow
// analysis; from another module, a reference at the top level of operations.ts is followed back
// through every earlier declaration of the file, which made checking the output quadratic in its
// operations (with operation.hbs's arrow functions, Microsoft Graph's check went from 44 s to 20 s).

import type { OperationModel } from '../model/ApiModel';
import type { Declaration } from './Declaration';
import { code, docName, literal, stringLiteral } from './escape';
import { block } from './layout';

export function errorTable(op: OperationModel): Declaration {
  const rows = op.errors.map((e) => `{ status: ${literal(e.status)}, code: ${stringLiteral(e.code)}, message: ${stringLiteral(e.message)} },`);
  return {
    kind: 'const',
    name: op.names.errors,
    doc: code(`The errors ${docName(op.names.fn)} documents, each with its HTTP status and message.`),
    // `as const` keeps each row's literal types (`status: 400`), and is a form a declaration file can
    // be written from alone (isolatedDeclarations); `satisfies` is not. The codes are the ones
    // `<name>ErrorCode` is made of, and the descriptor's declared type checks the table's rows.
    initializer: code(`${block('[', rows, ']')} as const`),
  };
}

// The API-wide catalogue of application error codes, gathered from every operation's table.

import { compareKeys, resolveNames, type Identifier } from '../naming';
import type { ErrorCodeModel, OperationModel } from './ApiModel';

/** Member names only need to be unique within the `ErrorCode` object; `__proto__` would set its prototype. */
const MEMBER_RESERVED: ReadonlySet<string> = new Set(['__proto__']);

export function buildErrorCodes(operations: readonly OperationModel[]): ErrorCodeModel[] {
  const uses = new Map<string, { status: number; message: string; operationId: string }[]>();
  for (const op of operations) {
    for (const e of op.errors) {
      const list = uses.get(e.code) ?? [];
      list.push({ status: e.status, message: e.message, operationId: op.operationId });
      uses.set(e.code, list);
    }
  }
  const codes = [...uses.keys()].sort(compareKeys);
  const members = resolveNames(
    codes.map((code) => ({ raw: code, fallback: 'code', sortKey: code, forms: { member: { case: 'constant', suffix: '' } } })),
    MEMBER_RESERVED,
  );
  return codes.map((code, i) => ({ code, member: members[i]!.member as Identifier, uses: uses.get(code)! }));
}

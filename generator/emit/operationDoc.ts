// The JSDoc block of a generated operation function: summary, prose, endpoint, permissions, errors.

import type { OperationModel, PermissionKey } from '../model/ApiModel';
import { code, docComment, docName, docText, type TsCode } from './escape';

const PERMISSION_LABELS: Readonly<Record<PermissionKey, string>> = {
  appPermission: 'App permission',
  userPermission: 'User permission',
  usagePlanGroup: 'Usage plan group',
  rateLimitGroup: 'Rate limit group',
};

export function operationDoc(op: OperationModel): TsCode {
  const sections: TsCode[] = [];
  if (op.summary !== null) sections.push(docText(op.summary.trim()));
  if (op.description !== null) sections.push(docText(op.description));
  sections.push(code(`\`${op.method.toUpperCase()} ${docText(op.path).replace(/`/g, "'")}\``));
  if (op.permissions.length > 0) {
    sections.push(code(op.permissions.map((p) => `${PERMISSION_LABELS[p.key]}: ${docText(p.value)}`).join('\n')));
  }
  if (op.errors.length > 0) {
    const rows = op.errors.map((e) => `- ${e.status} \`${docText(e.code).replace(/`/g, "'")}\`: ${docText(e.message)}`);
    sections.push(code(`Documented errors (see ${docName(op.names.errors)}):\n${rows.join('\n')}`));
  }
  const tags: TsCode[] = [];
  if (op.deprecated) tags.push(code('@deprecated'));
  tags.push(code(`@throws {ApiError} when the response is not 2xx; narrow it with \`isApiError(error, ${op.names.descriptor})\`.`));
  sections.push(code(tags.join('\n')));
  return docComment(sections.flatMap((s, i) => (i === 0 ? [s] : [code(''), s])));
}

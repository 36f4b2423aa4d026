// The initializer of an operation's descriptor: the data the runtime needs to send the request.
// Every spec string in it is written by escape.ts.

import type { OperationModel, ParamModel } from '../model/ApiModel';
import { code, literal, objectLiteralKey, stringLiteral, type TsCode } from './escape';

function parameterLiteral(p: ParamModel): string {
  const fields = [
    `key: ${stringLiteral(p.key)}`,
    `name: ${stringLiteral(p.name)}`,
    `in: ${stringLiteral(p.in)}`,
    `required: ${p.required}`,
    `style: ${stringLiteral(p.style)}`,
    `explode: ${p.explode}`,
  ];
  if (p.clientDefault !== null) fields.push(`default: ${literal(p.clientDefault)}`);
  return `{ ${fields.join(', ')} },`;
}

export function descriptorLiteral(op: OperationModel): TsCode {
  const lines = [
    `operationId: ${stringLiteral(op.operationId)},`,
    `method: ${stringLiteral(op.method.toUpperCase())},`,
    `path: ${stringLiteral(op.path)},`,
    `parameters: [\n${op.params.map(parameterLiteral).join('\n')}\n],`,
  ];
  if (op.requestBody !== null) {
    const b = op.requestBody;
    lines.push(`body: { key: ${stringLiteral(b.key)}, mediaType: ${stringLiteral(b.mediaType)}, required: ${b.required} },`);
  }
  lines.push(
    `errors: ${op.names.errors},`,
    `permissions: { ${op.permissions.map((p) => `${objectLiteralKey(p.key)}: ${stringLiteral(p.value)}`).join(', ')} },`,
    `tags: [${op.tags.map(stringLiteral).join(', ')}],`,
  );
  return code(`{\n${lines.join('\n')}\n} as const satisfies OperationDescriptor`);
}

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

function securityLiteral(op: OperationModel): string {
  const alternatives = op.security.map((requirement) => {
    const schemes = requirement.map(({ scheme: s, scopes }) => {
      const fields = [`key: ${stringLiteral(s.key)}`, `type: ${stringLiteral(s.type)}`];
      if (s.scheme !== null) fields.push(`scheme: ${stringLiteral(s.scheme)}`);
      if (s.in !== null) fields.push(`in: ${stringLiteral(s.in)}`);
      if (s.name !== null) fields.push(`name: ${stringLiteral(s.name)}`);
      if (scopes.length > 0) fields.push(`scopes: [${scopes.map(stringLiteral).join(', ')}]`);
      return `{ ${fields.join(', ')} }`;
    });
    return `[${schemes.join(', ')}]`;
  });
  return `security: [${alternatives.join(', ')}],`;
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
    securityLiteral(op),
    `responses: [${op.responses.map((r) => stringLiteral(r.status)).join(', ')}],`,
    // Compile time only: lets isApiError type `bodyAt` from the declared responses.
    `types: {} as { responses: ${op.names.responses} },`,
  );
  return code(`{\n${lines.join('\n')}\n} as const satisfies OperationDescriptor`);
}

// types.ts: named schemas, then each operation's params interface and response type.
// Declarations are ts-morph structures; type expressions come from printType.

import { StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type TypeAliasDeclarationStructure } from 'ts-morph';
import type { ApiModel, OperationModel, ParamModel } from '../model/ApiModel';
import { code, docText, literal, propertyKey, type TsCode } from './escape';
import { printType } from './printType';

type TypeStatement = InterfaceDeclarationStructure | TypeAliasDeclarationStructure;

function docs(...parts: (TsCode | null)[]): { description: string }[] {
  const text = parts.filter((p): p is TsCode => p !== null && p !== '').join('\n\n');
  return text === '' ? [] : [{ description: text }];
}

const LOCATION_ORDER = ['path', 'query', 'header', 'cookie'] as const;

function paramProperty(p: ParamModel): OptionalKind<PropertySignatureStructure> {
  const notes: TsCode[] = [];
  if (p.clientDefault !== null) notes.push(code(`@default ${literal(p.clientDefault)}`));
  if (p.deprecated) notes.push(code('@deprecated'));
  return {
    name: propertyKey(p.key),
    hasQuestionToken: !p.required,
    type: p.required ? printType(p.type) : code(`${printType(p.type)} | undefined`),
    docs: docs(p.doc === null ? null : docText(p.doc), notes.length > 0 ? code(notes.join('\n')) : null),
  };
}

function paramsInterface(op: OperationModel): InterfaceDeclarationStructure {
  const ordered = LOCATION_ORDER.flatMap((location) => op.params.filter((p) => p.in === location));
  const properties = ordered.map(paramProperty);
  const body = op.requestBody;
  if (body !== null) {
    properties.push({
      name: propertyKey(body.key),
      hasQuestionToken: !body.required,
      type: body.required ? printType(body.type) : code(`${printType(body.type)} | undefined`),
      docs: docs(body.doc === null ? null : docText(body.doc), code(`Sent as ${docText(body.mediaType)}.`)),
    });
  }
  return {
    kind: StructureKind.Interface,
    name: op.names.params,
    isExported: true,
    docs: docs(code(`Parameters of {@link ${op.names.fn}}.`)),
    properties,
  };
}

function responseAlias(op: OperationModel): TypeAliasDeclarationStructure {
  const success = op.responses.filter((r) => r.success);
  const type = printType(op.successType);
  const lines = success.map((r) => code(`${docText(r.status)}: ${r.doc === null ? '' : docText(r.doc)}`.trim()));
  return {
    kind: StructureKind.TypeAlias,
    name: op.names.response,
    isExported: true,
    docs: docs(code(`What {@link ${op.names.fn}} returns on success.`), lines.length > 0 ? code(lines.join('\n')) : null),
    type,
  };
}

export function emitTypes(model: ApiModel): TypeStatement[] {
  const schemas: TypeStatement[] = model.schemas.map((s) => ({
    kind: StructureKind.TypeAlias,
    name: s.name,
    isExported: true,
    docs: docs(s.doc === null ? null : docText(s.doc)),
    type: printType(s.type),
  }));
  return [...schemas, ...model.operations.flatMap((op) => [paramsInterface(op), responseAlias(op)])];
}

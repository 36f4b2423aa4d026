// Prints a model TypeRef as a TypeScript type expression. Wire names and literal values pass
// through escape.ts; type names are Identifiers from the model.

import type { TypeRef } from '../model/ApiModel';
import { code, docComment, docText, literal, propertyKey, type TsCode } from './escape';

function assertNever(value: never): never {
  throw new Error(`unhandled type kind ${JSON.stringify(value)}`);
}

const PRIMITIVES: Readonly<Record<Extract<TypeRef, { kind: 'primitive' }>['name'], string>> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
  undefined: 'undefined',
  unknown: 'unknown',
  binary: 'Blob | Uint8Array',
};

/** Wraps a member of an array or union in parentheses when its own text would bind wrongly. */
function operand(type: TypeRef): TsCode {
  const text = printType(type);
  const needsParens =
    type.kind === 'union' || type.kind === 'intersection' || (type.kind === 'primitive' && type.name === 'binary');
  return needsParens ? code(`(${text})`) : text;
}

function printObject(type: Extract<TypeRef, { kind: 'object' }>): TsCode {
  const members = type.properties.map((p) => {
    const doc = p.doc === null ? '' : `${docComment([docText(p.doc)])}\n`;
    return `${doc}${propertyKey(p.name)}${p.required ? '' : '?'}: ${printType(p.type)};`;
  });
  if (type.additional !== null) {
    // The index signature must admit every named property's type too, so widen it to unknown then.
    const value = type.properties.length > 0 ? 'unknown' : printType(type.additional);
    members.push(`[key: string]: ${value};`);
  }
  return members.length === 0 ? code('Record<string, never>') : code(`{\n${members.join('\n')}\n}`);
}

export function printType(type: TypeRef): TsCode {
  switch (type.kind) {
    case 'primitive':
      return code(PRIMITIVES[type.name]);
    case 'literal':
      return literal(type.value);
    case 'array':
      return code(`${operand(type.of)}[]`);
    case 'union':
      return code(type.of.map((t) => (t.kind === 'intersection' ? operand(t) : printType(t))).join(' | '));
    case 'intersection':
      return code(type.of.map(operand).join(' & '));
    case 'object':
      return printObject(type);
    case 'named':
      return code(type.name);
    default:
      return assertNever(type);
  }
}

// Prints a model TypeRef as a TypeScript type expression. Wire names and literal values pass
// through escape.ts; type names are Identifiers from the model. Multi-line types are laid out
// from column 0 (see layout.ts).

import type { TypeRef } from '../model/ApiModel';
import { unionOf } from '../model/TypeContext';
import { docBody } from './docBlock';
import { code, docComment, literal, propertyKey, type TsCode } from './escape';
import type { PropertyDecl } from './Declaration';
import { block } from './layout';

/** How int64 values are typed; anything but `number` comes with a codec that keeps their digits. */
export type Int64Repr = 'number' | 'string' | 'bigint';

function assertNever(value: never): never {
  throw new Error(`unhandled type kind ${JSON.stringify(value)}`);
}

type PrimitiveName = Extract<TypeRef, { kind: 'primitive' }>['name'];

const PRIMITIVES: Readonly<Record<Exclude<PrimitiveName, 'int64'>, string>> = {
  never: 'never',
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  null: 'null',
  undefined: 'undefined',
  unknown: 'unknown',
  binary: 'Blob | Uint8Array',
  blob: 'Blob',
};

type ObjectType = Extract<TypeRef, { kind: 'object' }>;


export interface TypePrinter {
  printType(type: TypeRef): TsCode;
  /** The properties of an object type, each with its JSDoc text. */
  objectProperties(type: ObjectType): PropertyDecl[];
  /** The index signature's value type: it must admit every named property's type, and undefined for optional ones. */
  indexSignatureType(type: ObjectType): TsCode | null;
}

export function createTypePrinter(int64: Int64Repr): TypePrinter {
  /** Wraps a member of an array or union in parentheses when its own text would bind wrongly. */
  const operand = (type: TypeRef): TsCode => {
    const text = printType(type);
    const needsParens = type.kind === 'union' || type.kind === 'intersection' || (type.kind === 'primitive' && type.name === 'binary');
    return needsParens ? code(`(${text})`) : text;
  };

  const objectProperties = (type: ObjectType): PropertyDecl[] =>
    type.properties.map((p) => ({ key: propertyKey(p.name), optional: !p.required, type: printType(p.type), doc: docBody(p.doc, p.tags) }));

  const indexSignatureType = (type: ObjectType): TsCode | null => {
    if (type.additional === null) return null;
    const optional: TypeRef[] = type.properties.some((p) => !p.required) ? [{ kind: 'primitive', name: 'undefined' }] : [];
    return printType(unionOf([type.additional, ...type.properties.map((p) => p.type), ...optional]));
  };

  const printObject = (type: ObjectType): TsCode => {
    const members = objectProperties(type).map((m) => `${m.doc === null ? '' : `${docComment([m.doc])}\n`}${m.key}${m.optional ? '?' : ''}: ${m.type};`);
    const index = indexSignatureType(type);
    if (index !== null) members.push(`[key: string]: ${index};`);
    return members.length === 0 ? code('Record<string, never>') : block('{', members, '}');
  };

  const printTuple = (type: Extract<TypeRef, { kind: 'tuple' }>): TsCode => {
    const items = type.items.map(printType);
    if (type.rest !== null) items.push(code(`...${operand(type.rest)}[]`));
    return code(`[${items.join(', ')}]`);
  };

  function printType(type: TypeRef): TsCode {
    switch (type.kind) {
      case 'primitive':
        return code(type.name === 'int64' ? int64 : PRIMITIVES[type.name]);
      case 'literal':
        return literal(type.value);
      case 'array':
        return code(`${operand(type.of)}[]`);
      case 'union':
        return code(type.of.map((t) => (t.kind === 'intersection' ? operand(t) : printType(t))).join(' | '));
      case 'intersection':
        return code(type.of.map(operand).join(' & '));
      case 'tuple':
        return printTuple(type);
      case 'object':
        return printObject(type);
      case 'named':
        return code(type.name);
      default:
        return assertNever(type);
    }
  }

  return { printType, objectProperties, indexSignatureType };
}

/** The printer for the default representation (int64 as number). */
export const { printType, objectProperties, indexSignatureType } = createTypePrinter('number');

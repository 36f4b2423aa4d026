// types.ts: named schemas, then each operation's params interface and response type.
// Declarations are data (Declaration.ts); type expressions come from the type printer.

import type { ApiModel, DocTag, OperationModel, ParamModel, RequestBodyModel, RequestBodyVariant, SchemaDecl, SchemaView } from '../model/ApiModel';
import type { Declaration, PropertyDecl } from './Declaration';
import { constObject } from './constObject';
import { docBody } from './docBlock';
import { code, docName, docText, literal, objectLiteralKey, propertyKey, stringLiteral, type TsCode } from './escape';
import { block } from './layout';
import { typeLiteral } from './printDeclarations';
import type { TypePrinter } from './printType';

type TypeStatement = Extract<Declaration, { kind: 'interface' | 'type' | 'const' }>;

/** The paragraphs of a JSDoc text, or null when there are none. */
function docs(...parts: (TsCode | null)[]): TsCode | null {
  const text = parts.filter((p): p is TsCode => p !== null && p !== '').join('\n\n');
  return text === '' ? null : code(text);
}

const LOCATION_ORDER = ['path', 'query', 'header', 'cookie'] as const;

function paramProperty(p: ParamModel, pt: TypePrinter): PropertyDecl {
  // The config's client-side default is what is sent, so it replaces the spec's documented one.
  const tags: DocTag[] = p.clientDefault === null ? [...p.tags] : [...p.tags.filter((t) => t.tag !== 'default'), { tag: 'default', text: JSON.stringify(p.clientDefault) }];
  if (p.deprecated && !tags.some((t) => t.tag === 'deprecated')) tags.push({ tag: 'deprecated', text: '' });
  return {
    key: propertyKey(p.key),
    optional: !p.required,
    type: p.required ? pt.printType(p.type) : code(`${pt.printType(p.type)} | undefined`),
    doc: docs(docBody(p.doc, tags)),
  };
}

/** The body property and the property that picks its media type, for one variant of the body. */
function bodyProperties(body: RequestBodyModel, variant: RequestBodyVariant, isDefault: boolean, pt: TypePrinter): PropertyDecl[] {
  const type = pt.printType(variant.type);
  const sentAs = isDefault ? code(`Sent as ${docText(body.mediaType)}${body.contentTypeKey === null ? '' : ` unless \`${docText(body.contentTypeKey)}\` says otherwise`}.`) : null;
  const properties: PropertyDecl[] = [
    {
      key: propertyKey(body.key),
      optional: !body.required,
      type: body.required ? type : code(`${type} | undefined`),
      doc: docs(body.doc === null ? null : docText(body.doc), sentAs),
    },
  ];
  if (body.contentTypeKey !== null) {
    const literals = variant.mediaTypes.map(stringLiteral).join(' | ');
    properties.push({
      key: propertyKey(body.contentTypeKey),
      optional: isDefault,
      type: code(isDefault ? `${literals} | undefined` : literals),
      doc: isDefault ? docs(code(`The media type to send \`${docText(body.key)}\` as; ${docText(body.mediaType)} when left out.`)) : null,
    });
  }
  return properties;
}

/**
 * An interface of the parameters; when the media type decides the body's type, a type alias whose
 * alternatives tie each body type to the media types that send it (a file left without a
 * `contentType` would go as JSON).
 */
function paramsInterface(op: OperationModel, pt: TypePrinter): TypeStatement {
  const ordered = LOCATION_ORDER.flatMap((location) => op.params.filter((p) => p.in === location));
  const properties = ordered.map((p) => paramProperty(p, pt));
  const doc = code(`Parameters of ${docName(op.names.fn)}.`);
  const body = op.requestBody;
  if (body !== null && body.contentTypeKey !== null && body.variants.length > 1) {
    const alternatives = body.variants.map((v, i) => typeLiteral(bodyProperties(body, v, i === 0, pt)));
    const union = alternatives.join(' | ');
    return { kind: 'type', name: op.names.params, doc, type: code(properties.length === 0 ? union : `${typeLiteral(properties)} & (${union})`) };
  }
  if (body !== null) properties.push(...bodyProperties(body, { mediaTypes: body.mediaTypes, type: body.type }, true, pt));
  return { kind: 'interface', name: op.names.params, doc, index: null, properties };
}

function responseAlias(op: OperationModel, pt: TypePrinter): TypeStatement {
  const success = op.responses.filter((r) => r.success);
  const type = pt.printType(op.successType);
  const lines = success.map((r) => code(`${docText(r.status)}: ${r.doc === null ? '' : docText(r.doc)}`.trim()));
  return {
    kind: 'type',
    name: op.names.response,
    doc: docs(code(`What ${docName(op.names.fn)} returns on success.`), lines.length > 0 ? code(lines.join('\n')) : null),
    type,
  };
}

const VIEW_NOTES: Readonly<Record<SchemaView, TsCode | null>> = {
  both: null,
  read: code('As responses return it (without writeOnly fields).'),
  write: code('As requests send it (without readOnly fields).'),
  base: code('The fields every subtype shares; the base type itself is the union of its subtypes.'),
};

/** An object schema becomes an interface; anything else a type alias. */
function schemaDeclaration(s: SchemaDecl, pt: TypePrinter): TypeStatement {
  const note = VIEW_NOTES[s.view];
  const body = docBody(s.doc, s.tags, note === null ? [] : [note]);
  if (s.type.kind === 'object' && s.type.properties.length + (s.type.additional === null ? 0 : 1) > 0) {
    return { kind: 'interface', name: s.name, doc: body, index: pt.indexSignatureType(s.type), properties: pt.objectProperties(s.type) };
  }
  return { kind: 'type', name: s.name, doc: body, type: pt.printType(s.type) };
}

/** `export const Status = { Available: 'available', ... } as const`, beside the union type of the same name. */
function enumObject(s: SchemaDecl): TypeStatement | null {
  if (s.enumMembers === null || s.enumMembers.length === 0 || (s.view !== 'both' && s.view !== 'read')) return null;
  const members = s.enumMembers.map((m) => ({ key: objectLiteralKey(m.name), value: literal(m.value), doc: null }));
  return constObject(s.name, code(`The values of ${docName(s.name)}, by name.`), members);
}

/** A status key as written in a type: `200` bare (so `keyof` gives the number), `4XX`/`default` quoted. */
function statusKey(status: string): TsCode {
  return /^\d+$/.test(status) ? literal(Number(status)) : stringLiteral(status);
}

function responsesAlias(op: OperationModel, pt: TypePrinter): TypeStatement {
  const members = op.responses.map((r) => `${r.doc === null ? '' : `/** ${docText(r.doc).replace(/\n/g, ' ')} */\n`}${statusKey(r.status)}: ${pt.printType(r.type)};`);
  return {
    kind: 'type',
    name: op.names.responses,
    doc: code(`Every response ${docName(op.names.fn)} declares, by status; read an error's with \`error.bodyAt(status)\`.`),
    type: members.length === 0 ? code('Record<never, never>') : block('{', members, '}'),
  };
}

function headersAlias(op: OperationModel, pt: TypePrinter): TypeStatement | null {
  const withHeaders = op.responses.filter((r) => r.headers.length > 0);
  if (withHeaders.length === 0) return null;
  const members = withHeaders.map((r) => {
    const props = r.headers.map((h) => `${h.doc === null ? '' : `/** ${docText(h.doc).replace(/\n/g, ' ')} */\n`}${propertyKey(h.name)}${h.required ? '' : '?'}: ${pt.printType(h.type)};`);
    return `${statusKey(r.status)}: ${block('{', props, '}')};`;
  });
  return {
    kind: 'type',
    name: op.names.responseHeaders,
    doc: code(`The response headers ${docName(op.names.fn)} declares, by status.`),
    type: block('{', members, '}'),
  };
}

function itemAlias(op: OperationModel, pt: TypePrinter): TypeStatement[] {
  if (op.pagination === null || op.names.item === undefined) return [];
  return [
    {
      kind: 'type',
      name: op.names.item,
      doc: docs(code(`One item of a page of ${docName(op.names.fn)}, at \`${docText(op.pagination.itemsPath.join('.'))}\`.`)),
      type: pt.printType(op.pagination.itemType),
    },
  ];
}

function operationTypes(op: OperationModel, pt: TypePrinter): TypeStatement[] {
  const headers = headersAlias(op, pt);
  return [paramsInterface(op, pt), responseAlias(op, pt), responsesAlias(op, pt), ...(headers === null ? [] : [headers]), ...itemAlias(op, pt)];
}

/** Yields one statement at a time: each is printed as it comes, so none outlives its text. */
export function* emitTypes(model: ApiModel, pt: TypePrinter): Iterable<Declaration> {
  // Still a module when the spec declares nothing, so index.ts can re-export it.
  if (model.schemas.length === 0 && model.operations.length === 0) yield { kind: 'code', text: code('export {};') };
  for (const s of model.schemas) {
    const values = enumObject(s);
    if (values !== null) yield values;
    yield schemaDeclaration(s, pt);
  }
  for (const op of model.operations) yield* operationTypes(op, pt);
}

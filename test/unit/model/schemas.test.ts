// Named and inline schemas as model types: one construct per test, asserted on model nodes.

import type { SchemaDecl, TypeRef } from '../../../generator/model/ApiModel';
import { MAX_ALIAS_DEPTH } from '../../../generator/model/limitAliasDepth';
import { intersectionOf } from '../../../generator/model/TypeContext';
import { codes, model } from '../../helpers/pipeline';

// One operation by default: a spec without any is warned of (NO_OPERATIONS), which is not what these tests are about.
const PING = { '/ping': { get: { responses: { '204': { description: 'ok' } } } } };
const v3 = (schemas: Record<string, unknown>, paths: Record<string, unknown> = PING) => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths,
  components: { schemas },
});

const str: TypeRef = { kind: 'primitive', name: 'string' };
const num: TypeRef = { kind: 'primitive', name: 'number' };
const nul: TypeRef = { kind: 'primitive', name: 'null' };
const named = (name: string): TypeRef => ({ kind: 'named', name: name as never });
const prop = (name: string, type: TypeRef, required = false) => ({ name, required, type, doc: null, tags: [] });
const decl = (schemas: readonly SchemaDecl[], name: string) => schemas.find((s) => s.name === name)!;
const typeOf = (schema: unknown): TypeRef => decl(model(v3({ X: schema })).model.schemas, 'X').type;

describe('scalars and unions', () => {
  it.each<[string, unknown, TypeRef]>([
    ['date-time is a string', { type: 'string', format: 'date-time' }, str],
    ["Kubernetes' int-or-string is either", { type: 'string', format: 'int-or-string' }, { kind: 'union', of: [num, str] }],
    ['int64 is its own primitive (emit chooses number, string or bigint)', { type: 'integer', format: 'int64' }, { kind: 'primitive', name: 'int64' }],
    ['int32 is a number', { type: 'integer', format: 'int32' }, num],
    ['binary', { type: 'string', format: 'binary' }, { kind: 'primitive', name: 'binary' }],
    ['3.0 nullable', { type: 'string', nullable: true }, { kind: 'union', of: [str, nul] }],
    ['2.0 x-nullable', { type: 'number', 'x-nullable': true }, { kind: 'union', of: [num, nul] }],
    ['3.1 type array', { type: ['string', 'null'] }, { kind: 'union', of: [str, nul] }],
    ['mixed enum with null', { enum: ['a', 1, null] }, { kind: 'union', of: [{ kind: 'literal', value: 'a' }, { kind: 'literal', value: 1 }, nul] }],
    ['const', { const: 'fixed' }, { kind: 'literal', value: 'fixed' }],
    // YAML's .inf and .nan: no JSON on the wire holds them, and no literal type can name them.
    ['an enum keeps its finite numbers', { type: 'number', enum: [1, Infinity, NaN] }, { kind: 'literal', value: 1 }],
    ['a non-finite const is the schema\'s type', { type: 'number', const: -Infinity }, num],
    ['anyOf', { anyOf: [{ type: 'string' }, { type: 'number' }] }, { kind: 'union', of: [str, num] }],
    ['false schema', false, { kind: 'primitive', name: 'never' }],
    ['empty schema', {}, { kind: 'primitive', name: 'unknown' }],
  ])('%s', (_, schema, expected) => {
    expect(typeOf(schema)).toStrictEqual(expected);
  });
});

it('takes `nullable` (and 2.0 `x-nullable`) beside a $ref as the spec means it, though 3.0 says siblings are ignored', () => {
  const { model: m } = model(v3({ A: { type: 'string' }, X: { $ref: '#/components/schemas/A', nullable: true }, Y: { $ref: '#/components/schemas/A', 'x-nullable': true }, Z: { $ref: '#/components/schemas/A' } }));
  expect(decl(m.schemas, 'X').type).toStrictEqual({ kind: 'union', of: [named('A'), nul] });
  expect(decl(m.schemas, 'Y').type).toStrictEqual({ kind: 'union', of: [named('A'), nul] });
  expect(decl(m.schemas, 'Z').type).toStrictEqual(named('A'));
});

it("applies a $ref's siblings that shape a type in OpenAPI 3.1, and only there", () => {
  const schemas = { A: { type: 'object', properties: { a: { type: 'string' } } }, X: { $ref: '#/components/schemas/A', required: ['extra'], properties: { extra: { type: 'string' } }, description: 'd' }, Y: { $ref: '#/components/schemas/A', type: 'object' } };
  const in31 = model(v3(schemas)).model.schemas;
  expect(decl(in31, 'X').type).toStrictEqual({ kind: 'intersection', of: [named('A'), { kind: 'object', properties: [prop('extra', str, true)], additional: null }] });
  expect(decl(in31, 'Y').type).toStrictEqual(named('A'));
  const in30 = model({ ...v3(schemas), openapi: '3.0.3' }).model.schemas;
  expect(decl(in30, 'X').type).toStrictEqual(named('A'));
});

describe('arrays and tuples', () => {
  it.each<[string, unknown, TypeRef]>([
    ['array', { type: 'array', items: { type: 'string' } }, { kind: 'array', of: str }],
    ['prefixItems closed', { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false }, { kind: 'tuple', items: [str, num], rest: null }],
    ['prefixItems with rest', { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } }, { kind: 'tuple', items: [str], rest: num }],
    ['draft-4 items array', { type: 'array', items: [{ type: 'string' }], additionalItems: false }, { kind: 'tuple', items: [str], rest: null }],
  ])('%s', (_, schema, expected) => {
    expect(typeOf(schema)).toStrictEqual(expected);
  });
});

describe('objects', () => {
  it('keeps required vs optional, additionalProperties, and schema keywords as doc tags', () => {
    const type = typeOf({
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'integer', format: 'int64', minimum: 1, example: 7 }, name: { type: 'string', default: 'x', deprecated: true, description: 'Name.' } },
      additionalProperties: { type: 'boolean' },
    });
    expect(type).toStrictEqual({
      kind: 'object',
      properties: [
        { name: 'id', required: true, type: { kind: 'primitive', name: 'int64' }, doc: null, tags: [{ tag: 'format', text: 'int64' }, { tag: 'minimum', text: '1' }, { tag: 'example', text: '7' }] },
        { name: 'name', required: false, type: str, doc: 'Name.', tags: [{ tag: 'default', text: '"x"' }, { tag: 'deprecated', text: '' }] },
      ],
      additional: { kind: 'primitive', name: 'boolean' },
    });
  });

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['3.1 numbers', { exclusiveMinimum: 0, maximum: 10 }, [['maximum', '10'], ['exclusiveMinimum', '0']]],
    ['3.0 and 2.0 flags', { minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true }, [['exclusiveMinimum', '0'], ['exclusiveMaximum', '10']]],
    ['3.0 flags off', { minimum: 0, exclusiveMinimum: false, maximum: 10 }, [['minimum', '0'], ['maximum', '10']]],
  ])('documents exclusive bounds as written in %s', (_, bounds, tags) => {
    const type = typeOf({ type: 'object', properties: { n: { type: 'integer', ...bounds } } });
    expect(type.kind === 'object' ? type.properties[0]!.tags.map((t) => [t.tag, t.text]) : null).toEqual(tags);
  });

  it.each<[string, unknown, TypeRef | null]>([
    ['admit keys matching a pattern, though additionalProperties is false', { type: 'object', patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false }, str],
    ['beside properties and additionalProperties', { properties: { id: { type: 'number' } }, patternProperties: { '^s': { type: 'string' } }, additionalProperties: { type: 'boolean' } }, { kind: 'union', of: [str, { kind: 'primitive', name: 'boolean' }] }],
  ])('patternProperties %s', (_, schema, additional) => {
    const type = typeOf(schema);
    expect(type.kind === 'object' && type.additional).toStrictEqual(additional);
  });

  it('allOf with sibling properties is their intersection', () => {
    const { model: m } = model(v3({ A: { type: 'object', properties: { a: { type: 'string' } } }, B: { allOf: [{ $ref: '#/components/schemas/A' }], properties: { b: { type: 'number' } } } }));
    expect(decl(m.schemas, 'B').type).toStrictEqual({
      kind: 'intersection',
      of: [named('A'), { kind: 'object', properties: [prop('b', num)], additional: null }],
    });
  });
});

it('intersects nothing but empty objects and unknowns as unknown, in either order', () => {
  const empty: TypeRef = { kind: 'object', properties: [], additional: null };
  const unknown: TypeRef = { kind: 'primitive', name: 'unknown' };
  expect(intersectionOf([unknown, empty])).toStrictEqual(unknown);
  expect(intersectionOf([empty, unknown])).toStrictEqual(unknown);
  expect(intersectionOf([empty, empty])).toStrictEqual(empty);
});

describe('what a schema says beside its compositions', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const typeBeside = (schema: unknown) => decl(model(v3({ A: { type: 'object', properties: { a: { type: 'string' } } }, B: { type: 'object', properties: { b: { type: 'number' } } }, X: schema })).model.schemas, 'X').type;

  it.each<[string, unknown, TypeRef]>([
    ['a type beside compositions that only constrain', { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] }, str],
    ['an integer beside an allOf of limits', { type: 'integer', allOf: [{ minimum: 0 }] }, num],
    ['allOf and oneOf together', { allOf: [ref('A')], oneOf: [ref('B'), { type: 'string' }] }, { kind: 'intersection', of: [named('A'), { kind: 'union', of: [named('B'), str] }] }],
    ['an allOf part that only constrains', { allOf: [ref('A'), { minProperties: 1 }] }, named('A')],
    ['an allOf part that declares no field (words, `type: object`, `properties: {}`)', { allOf: [ref('A'), { type: 'object', description: 'd', properties: {}, 'x-note': 1 }] }, named('A')],
    ['an allOf of nothing but such a part: an object with any fields', { allOf: [{ type: 'object', description: 'd' }] }, { kind: 'object', properties: [], additional: { kind: 'primitive', name: 'unknown' } }],
    ['a type beside a typed composition adds nothing', { type: 'object', allOf: [ref('A')] }, named('A')],
    // An index signature typed `string` would hold A's own properties to string too.
    ['additionalProperties beside allOf, as an index signature of unknown', { allOf: [ref('A')], additionalProperties: { type: 'string' } }, { kind: 'intersection', of: [named('A'), { kind: 'object', properties: [], additional: { kind: 'primitive', name: 'unknown' } }] }],
    ['additionalProperties false beside allOf', { allOf: [ref('A')], additionalProperties: false }, named('A')],
    ['an index signature beside compositions that only constrain, as declared', { type: 'object', anyOf: [{ required: ['a'] }, { required: ['b'] }], properties: { a: { type: 'string' }, b: { type: 'string' } }, additionalProperties: { type: 'string' } }, { kind: 'object', properties: [prop('a', str), prop('b', str)], additional: str }],
    ['type null beside oneOf, as or null', { type: 'null', oneOf: [{ type: 'number' }, { type: 'boolean' }] }, { kind: 'union', of: [num, { kind: 'primitive', name: 'boolean' }, nul] }],
  ])('%s', (_, schema, expected) => {
    expect(typeBeside(schema)).toStrictEqual(expected);
  });
});

describe('properties an allOf requires in one part and declares in another', () => {
  const schemas = (x: unknown) => ({
    Base: { type: 'object', properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, opt: { type: 'integer' } } },
    Mid: { allOf: [{ $ref: '#/components/schemas/Base' }] },
    Paging: { type: 'object', required: ['items', 'total'], properties: { total: { type: 'integer' } } },
    X: x,
  });
  const required = (...props: [string, TypeRef][]): TypeRef => ({ kind: 'object', properties: props.map(([n, t]) => prop(n, t, true)), additional: null });

  it.each<[string, unknown, TypeRef]>([
    ['in a part of its own', { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['name'] }] }, { kind: 'intersection', of: [named('Base'), required(['name', str])] }],
    ['beside the allOf, through a chain of allOf', { allOf: [{ $ref: '#/components/schemas/Mid' }], required: ['opt', 'name'] }, { kind: 'intersection', of: [named('Mid'), required(['opt', num], ['name', str])] }],
    ['not a name declared nowhere', { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['ghost'] }] }, named('Base')],
    ['in a shared part that requires what the schema built on it declares', { allOf: [{ $ref: '#/components/schemas/Paging' }, { properties: { items: { type: 'string' } } }] }, { kind: 'intersection', of: [named('Paging'), { kind: 'object', properties: [prop('items', str)], additional: null }, required(['items', str])] }],
  ])('%s', (_, x, expected) => {
    expect(decl(model(v3(schemas(x))).model.schemas, 'X').type).toStrictEqual(expected);
  });

  it('not a readOnly one in what requests send', () => {
    const x = { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['id', 'name'] }] };
    const { model: m } = model(v3(schemas(x), { '/x': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/X' } } } }, responses: {} } } }));
    expect(decl(m.schemas, 'X').type).toStrictEqual({ kind: 'intersection', of: [named('Base'), required(['id', str], ['name', str])] });
    expect(decl(m.schemas, 'XInput').type).toStrictEqual({ kind: 'intersection', of: [named('BaseInput'), required(['name', str])] });
  });
});

describe('readOnly and writeOnly', () => {
  const spec = v3(
    {
      User: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' }, password: { type: 'string', writeOnly: true } } },
      Team: { type: 'object', properties: { members: { type: 'array', items: { $ref: '#/components/schemas/User' } } } },
      Plain: { type: 'object', properties: { x: { type: 'string' } } },
    },
    {
      '/users': {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Team' } } } },
          responses: { 200: { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Team' } } } } },
        },
      },
    },
  );

  it('takes a property\'s flag from the schema its $ref names (`id: { $ref: Id }`, Id readOnly), through a chain', () => {
    const { model: m } = model(
      v3({
        Id: { type: 'string', readOnly: true },
        IdAlias: { $ref: '#/components/schemas/Id' },
        Thing: { type: 'object', required: ['id', 'name'], properties: { id: { $ref: '#/components/schemas/IdAlias' }, name: { type: 'string' } } },
      }),
    );
    expect(decl(m.schemas, 'Thing').type).toStrictEqual({ kind: 'object', properties: [prop('id', named('IdAlias'), true), prop('name', str, true)], additional: null });
    expect(decl(m.schemas, 'ThingInput').type).toStrictEqual({ kind: 'object', properties: [prop('name', str, true)], additional: null });
  });

  it("takes a writeOnly flag through a $ref to another schema's property, in both views", () => {
    const { model: m } = model(v3({ Secrets: { type: 'object', properties: { password: { type: 'string', writeOnly: true } } }, Owner: { type: 'object', required: ['password'], properties: { name: { type: 'string' }, password: { $ref: '#/components/schemas/Secrets/properties/password' } } } }));
    expect(decl(m.schemas, 'Owner').type).toStrictEqual({ kind: 'object', properties: [prop('name', str)], additional: null });
    expect(decl(m.schemas, 'OwnerInput').type).toStrictEqual({ kind: 'object', properties: [prop('name', str), prop('password', str, true)], additional: null });
  });

  it("leaves a declared schema its name when another schema's request view would take it", () => {
    const { model: m } = model(v3({ Foo: { type: 'object', properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } } }, FooInput: { type: 'object', properties: { page: { type: 'integer' } } } }));
    expect(m.schemas.map((s) => [s.name, s.view])).toEqual([
      ['Foo', 'read'],
      ['FooInput', 'both'],
      ['FooInput2', 'write'],
    ]);
    expect(decl(m.schemas, 'FooInput').type).toStrictEqual({ kind: 'object', properties: [prop('page', num)], additional: null });
  });

  it('gives a schema that reads and writes differently two views, and so everything that refers to it', () => {
    const { model: m } = model(spec);
    expect(m.schemas.map((s) => [s.name, s.view])).toEqual([
      ['Plain', 'both'],
      ['Team', 'read'],
      ['TeamInput', 'write'],
      ['User', 'read'],
      ['UserInput', 'write'],
    ]);
    expect(decl(m.schemas, 'User').type).toStrictEqual({ kind: 'object', properties: [prop('id', str, true), prop('name', str, true)], additional: null });
    expect(decl(m.schemas, 'UserInput').type).toStrictEqual({ kind: 'object', properties: [prop('name', str, true), prop('password', str)], additional: null });
    expect(decl(m.schemas, 'TeamInput').type).toStrictEqual({ kind: 'object', properties: [prop('members', { kind: 'array', of: named('UserInput') })], additional: null });
  });

  it('types request bodies with the write view and responses with the read view', () => {
    const op = model(spec).model.operations[0]!;
    expect(op.requestBody!.type).toStrictEqual(named('TeamInput'));
    expect(op.successType).toStrictEqual(named('Team'));
  });

  it('spreads from a hoisted inline schema to every schema it sits in, at any depth', () => {
    const contact = { type: 'object', properties: { id: { type: 'string', readOnly: true }, email: { type: 'string' } } };
    const { model: m } = model(v3({ Org: { type: 'object', properties: { owners: { type: 'array', items: { type: 'object', properties: { contact } } } } }, Plain: { type: 'object', properties: { x: { type: 'string' } } } }));
    expect(m.schemas.map((s) => [s.name, s.view])).toEqual([
      ['Org', 'read'],
      ['OrgInput', 'write'],
      ['OrgOwners', 'read'],
      ['OrgOwnersContact', 'read'],
      ['OrgOwnersContactInput', 'write'],
      ['OrgOwnersInput', 'write'],
      ['Plain', 'both'],
    ]);
    expect(decl(m.schemas, 'OrgInput').type).toStrictEqual({ kind: 'object', properties: [prop('owners', { kind: 'array', of: named('OrgOwnersInput') })], additional: null });
  });
});

describe('discriminators', () => {
  const subtypes = (discriminator: unknown) => ({
    Animal: { type: 'object', required: ['kind'], discriminator, properties: { kind: { type: 'string' }, name: { type: 'string' } } },
    Cat: { allOf: [{ $ref: '#/components/schemas/Animal' }, { type: 'object', properties: { lives: { type: 'integer' } } }] },
    Dog: { allOf: [{ $ref: '#/components/schemas/Animal' }] },
  });

  it.each([
    ['Swagger 2.0 string form', 'kind', ['Cat', 'Dog']],
    ['OAS 3 object form with a mapping', { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } }, ['cat', 'Dog']],
  ])('%s: the base is the union of tagged subtypes, its own shape is …Base', (_, discriminator, tags) => {
    const { model: m } = model(v3(subtypes(discriminator)));
    expect(m.schemas.map((s) => [s.name, s.view])).toEqual([
      ['Animal', 'both'],
      ['AnimalBase', 'base'],
      ['Cat', 'both'],
      ['Dog', 'both'],
    ]);
    expect(decl(m.schemas, 'Animal').type).toStrictEqual({ kind: 'union', of: [named('Cat'), named('Dog')] });
    const tag = (value: string): TypeRef => ({ kind: 'object', properties: [prop('kind', { kind: 'literal', value }, true)], additional: null });
    expect(decl(m.schemas, 'Dog').type).toStrictEqual({ kind: 'intersection', of: [named('AnimalBase'), tag(tags[1]!)] });
    expect(decl(m.schemas, 'Cat').type).toStrictEqual({
      kind: 'intersection',
      of: [named('AnimalBase'), { kind: 'object', properties: [prop('lives', num)], additional: null }, tag(tags[0]!)],
    });
  });

  it('OAS 3 oneOf with a discriminator tags each member', () => {
    const { model: m } = model(
      v3({
        Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'type', mapping: { kitty: '#/components/schemas/Cat' } } },
        Cat: { type: 'object', properties: { type: { type: 'string' } } },
        Dog: { type: 'object', properties: { type: { type: 'string' } } },
      }),
    );
    const tag = (value: string): TypeRef => ({ kind: 'object', properties: [prop('type', { kind: 'literal', value }, true)], additional: null });
    expect(decl(m.schemas, 'Pet').type).toStrictEqual({
      kind: 'union',
      of: [
        { kind: 'intersection', of: [named('Cat'), tag('kitty')] },
        { kind: 'intersection', of: [named('Dog'), tag('Dog')] },
      ],
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["Azure's x-ms-discriminator-value", { 'x-ms-discriminator-value': 'VMM' }, 'VMM'],
    ['the single value its own property allows', { allOf: [{ $ref: '#/components/schemas/Fabric' }, { properties: { type: { type: 'string', enum: ['hyperV'] } } }] }, 'hyperV'],
    ['a const, through a local $ref', { allOf: [{ $ref: '#/components/schemas/Fabric' }, { properties: { type: { $ref: '#/components/schemas/HyperVKind' } } }] }, 'hyperV'],
    ['its name, when its property allows several values', { allOf: [{ $ref: '#/components/schemas/Fabric' }, { properties: { type: { enum: ['a', 'b'] } } }] }, 'Sub'],
  ])('a subtype no mapping names is tagged with %s', (_, own, value) => {
    const { model: m } = model(
      v3({
        Fabric: { type: 'object', required: ['type'], properties: { type: { type: 'string' } }, discriminator: { propertyName: 'type' } },
        Sub: { allOf: [{ $ref: '#/components/schemas/Fabric' }], ...own },
        HyperVKind: { const: 'hyperV' },
      }),
    );
    const type = decl(m.schemas, 'Sub').type;
    const tag = type.kind === 'intersection' ? type.of[type.of.length - 1] : null;
    expect(tag).toStrictEqual({ kind: 'object', properties: [prop('type', { kind: 'literal', value }, true)], additional: null });
  });

  it("reads YAML's unquoted null in a type list as the type name, with a warning", () => {
    const { model: m, diagnostics } = model(v3({ Tag: { type: ['string', null] } }));
    expect(decl(m.schemas, 'Tag').type).toStrictEqual({ kind: 'union', of: [str, nul] });
    expect(codes(diagnostics)).toEqual([['TYPE_NULL_UNQUOTED', '#/components/schemas/Tag/type/1']]);
  });

  it('warns of an array without items where the dialect requires them (2.0, 3.0), not in 3.1', () => {
    const schemas = { Tags: { type: 'array' } };
    const v30 = { ...v3(schemas), openapi: '3.0.3' };
    expect(codes(model(v30).diagnostics)).toEqual([['ARRAY_ITEMS_MISSING', '#/components/schemas/Tags']]);
    const { model: m, diagnostics } = model(v3(schemas));
    expect(diagnostics).toEqual([]);
    expect(decl(m.schemas, 'Tags').type).toStrictEqual({ kind: 'array', of: { kind: 'primitive', name: 'unknown' } });
  });

  it('leaves a member that is not an object untagged, with a warning (GitHub maps `array` to a list)', () => {
    const { model: m, diagnostics } = model(
      v3({
        Content: { oneOf: [{ $ref: '#/components/schemas/Dir' }, { $ref: '#/components/schemas/File' }], discriminator: { propertyName: 'type', mapping: { array: '#/components/schemas/Dir', file: '#/components/schemas/File' } } },
        Dir: { type: 'array', items: { $ref: '#/components/schemas/File' } },
        File: { type: 'object', properties: { type: { type: 'string' } } },
      }),
    );
    const tag: TypeRef = { kind: 'object', properties: [prop('type', { kind: 'literal', value: 'file' }, true)], additional: null };
    expect(decl(m.schemas, 'Content').type).toStrictEqual({ kind: 'union', of: [named('Dir'), { kind: 'intersection', of: [named('_File'), tag] }] });
    expect(codes(diagnostics)).toEqual([['DISCRIMINATOR_MEMBER_NOT_OBJECT', '#/components/schemas/Content/oneOf/0']]);
  });

  it('warns of a mapping to no schema, and of a property no member declares', () => {
    const { diagnostics } = model(
      v3({
        Pet: {
          oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
          discriminator: { propertyName: 'petTyp', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dgo', bird: 'Bird', fish: 'fish.yaml#/Fish' } },
        },
        Cat: { type: 'object', properties: { petType: { type: 'string' } } },
        Dog: { allOf: [{ $ref: '#/components/schemas/Cat' }] },
      }),
    );
    expect(codes(diagnostics)).toEqual([
      ['DISCRIMINATOR_MAPPING_MISSING', '#/components/schemas/Pet/discriminator/mapping/dog'],
      ['DISCRIMINATOR_MAPPING_MISSING', '#/components/schemas/Pet/discriminator/mapping/bird'],
      ['DISCRIMINATOR_PROPERTY_UNDECLARED', '#/components/schemas/Pet/discriminator/propertyName'],
    ]);
  });

  it('finds the discriminator property through refs and allOf parts, in the schema or a member', () => {
    const schemas = (propertyName: string) =>
      v3({
        Pet: { oneOf: [{ $ref: '#/components/schemas/Dog' }], discriminator: { propertyName } },
        Base: { type: 'object', properties: { kind: { type: 'string' } } },
        Dog: { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { bark: { type: 'boolean' } } }] },
      });
    expect(codes(model(schemas('kind')).diagnostics)).toEqual([]);
    expect(codes(model(schemas('bark')).diagnostics)).toEqual([]);
  });

  it('tags a oneOf member no mapping names with the value its own property allows', () => {
    const { model: m } = model(
      v3({
        Shape: { oneOf: [{ $ref: '#/components/schemas/Circle' }], discriminator: { propertyName: 'kind' } },
        Circle: { type: 'object', properties: { kind: { type: 'string', enum: ['circle'] } } },
      }),
    );
    expect(decl(m.schemas, 'Shape').type).toStrictEqual({
      kind: 'intersection',
      of: [named('Circle'), { kind: 'object', properties: [prop('kind', { kind: 'literal', value: 'circle' }, true)], additional: null }],
    });
  });

  it('types a subtype of a subtype with its own tag, and the one between as itself or its subtypes', () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const { model: m, diagnostics } = model(
      v3({
        Animal: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } }, discriminator: { propertyName: 'kind', mapping: { dog: ref('Dog').$ref } } },
        Pet: { allOf: [ref('Animal'), { properties: { owner: { type: 'string' } } }] },
        Dog: { allOf: [ref('Pet'), { properties: { bark: { type: 'boolean' } } }] },
      }),
    );
    expect(codes(diagnostics)).toEqual([]);
    const tag = (value: string): TypeRef => ({ kind: 'object', properties: [prop('kind', { kind: 'literal', value }, true)], additional: null });
    const own = (name: string, type: TypeRef): TypeRef => ({ kind: 'object', properties: [prop(name, type)], additional: null });
    expect(decl(m.schemas, 'Animal').type).toStrictEqual(named('Pet'));
    expect(decl(m.schemas, 'Pet').type).toStrictEqual({ kind: 'union', of: [{ kind: 'intersection', of: [named('PetBase'), tag('Pet')] }, named('Dog')] });
    expect(decl(m.schemas, 'PetBase').type).toStrictEqual({ kind: 'intersection', of: [named('AnimalBase'), own('owner', str)] });
    expect(decl(m.schemas, 'Dog').type).toStrictEqual({ kind: 'intersection', of: [named('PetBase'), own('bark', { kind: 'primitive', name: 'boolean' }), tag('dog')] });
  });

  it('leaves out of …Base a oneOf that lists subtypes at any depth (Dog allOf Pet allOf Animal), so nothing loops', () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const { model: m, diagnostics } = model(
      v3({
        Animal: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } }, discriminator: { propertyName: 'kind' }, oneOf: [ref('Cat'), ref('Dog')] },
        Cat: { allOf: [ref('Animal')] },
        Pet: { allOf: [ref('Animal'), { properties: { owner: { type: 'string' } } }] },
        Dog: { allOf: [ref('Pet')] },
      }),
    );
    expect(codes(diagnostics)).toEqual([]);
    expect(decl(m.schemas, 'AnimalBase').type).toStrictEqual({ kind: 'object', properties: [prop('kind', str, true)], additional: null });
  });

  it('gives a subtype or member that several mapping keys name every one of them as its tag', () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const { model: m } = model(
      v3({
        Pet: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 't', mapping: { cat: ref('Cat').$ref, dog: 'Dog', kitty: ref('Cat').$ref } } },
        Cat: { type: 'object', properties: { t: { type: 'string' } } },
        Dog: { type: 'object', properties: { t: { type: 'string' } } },
        Vehicle: { type: 'object', properties: { k: { type: 'string' } }, discriminator: { propertyName: 'k', mapping: { lorry: 'Truck', truck: ref('Truck').$ref } } },
        Truck: { allOf: [ref('Vehicle')] },
      }),
    );
    const tag = (property: string, ...values: string[]): TypeRef => ({
      kind: 'object',
      properties: [prop(property, values.length === 1 ? { kind: 'literal', value: values[0]! } : { kind: 'union', of: values.map((value) => ({ kind: 'literal', value }) as const) }, true)],
      additional: null,
    });
    expect(decl(m.schemas, 'Pet').type).toStrictEqual({
      kind: 'union',
      of: [
        { kind: 'intersection', of: [named('Cat'), tag('t', 'cat', 'kitty')] },
        { kind: 'intersection', of: [named('Dog'), tag('t', 'dog')] },
      ],
    });
    expect(decl(m.schemas, 'Truck').type).toStrictEqual({ kind: 'intersection', of: [named('VehicleBase'), tag('k', 'lorry', 'truck')] });
  });

  it('a base that lists its subtypes in oneOf, each of which is allOf it: …Base is the base without the list, no loop', () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const { model: m, diagnostics } = model(
      v3({
        Pet: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' }, name: { type: 'string' } }, oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'petType' } },
        Cat: { allOf: [ref('Pet'), { properties: { meow: { type: 'boolean' } } }] },
        Dog: { allOf: [ref('Pet')] },
      }),
    );
    expect(codes(diagnostics)).toEqual([]);
    expect(decl(m.schemas, 'Pet').type).toStrictEqual({ kind: 'union', of: [named('Cat'), named('Dog')] });
    expect(decl(m.schemas, 'PetBase').type).toStrictEqual({ kind: 'object', properties: [prop('petType', str, true), prop('name', str)], additional: null });
    const tag: TypeRef = { kind: 'object', properties: [prop('petType', { kind: 'literal', value: 'Cat' }, true)], additional: null };
    expect(decl(m.schemas, 'Cat').type).toStrictEqual({ kind: 'intersection', of: [named('PetBase'), { kind: 'object', properties: [prop('meow', { kind: 'primitive', name: 'boolean' })], additional: null }, tag] });
  });
});

describe('recursion, enums and defects', () => {
  it('refers to named schemas by name, so recursion and mutual recursion are fine', () => {
    const { model: m, diagnostics } = model(
      v3({
        Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
        Person: { type: 'object', properties: { employer: { $ref: '#/components/schemas/Company' } } },
        Company: { type: 'object', properties: { staff: { type: 'array', items: { $ref: '#/components/schemas/Person' } } } },
      }),
    );
    expect(diagnostics).toEqual([]);
    expect(decl(m.schemas, 'Node').type).toStrictEqual({ kind: 'object', properties: [prop('children', { kind: 'array', of: named('Node') })], additional: null });
    expect(decl(m.schemas, 'Person').type).toStrictEqual({ kind: 'object', properties: [prop('employer', named('Company'))], additional: null });
  });

  it('gives enum schemas members named in PascalCase, unique, with wire values untouched', () => {
    const { model: m } = model(v3({ Status: { type: 'string', enum: ['in-progress', 'In_Progress', 'done', '1st'] } }));
    expect(decl(m.schemas, 'Status').enumMembers).toEqual([
      { name: 'InProgress', value: 'in-progress' },
      { name: 'InProgress2', value: 'In_Progress' },
      { name: 'Done', value: 'done' },
      { name: '_1st', value: '1st' },
    ]);
  });

  it('cuts a chain of aliases and intersections every MAX_ALIAS_DEPTH levels, and leaves objects and arrays alone', () => {
    const length = 2 * MAX_ALIAS_DEPTH + 50;
    const ref = (i: number) => ({ $ref: `#/components/schemas/S${i}` });
    const schemas: Record<string, unknown> = { [`S${length}`]: { type: 'string' }, [`L${length}`]: { type: 'string' } };
    for (let i = 0; i < length; i += 1) {
      // Intersections and plain aliases count; a property's type (L) does not.
      schemas[`S${i}`] = i % 2 === 0 ? ref(i + 1) : { allOf: [ref(i + 1), { type: 'object', properties: { [`p${i}`]: { type: 'string' } } }] };
      schemas[`L${i}`] = { type: 'object', properties: { next: { $ref: `#/components/schemas/L${i + 1}` } } };
    }
    const { model: m, diagnostics } = model(v3(schemas));
    expect(codes(diagnostics)).toEqual([
      ['SCHEMA_TOO_DEEP', `#/components/schemas/S${length - 2 * MAX_ALIAS_DEPTH - 2}`],
      ['SCHEMA_TOO_DEEP', `#/components/schemas/S${length - MAX_ALIAS_DEPTH - 1}`],
    ]);
    // The cut schema keeps what it has of its own, and only its reference down the chain is gone.
    const cutAt = length - MAX_ALIAS_DEPTH - 1;
    expect(JSON.stringify(decl(m.schemas, `S${cutAt}`).type)).not.toContain(`"S${cutAt + 1}"`);
    expect(JSON.stringify(decl(m.schemas, `S${cutAt - 1}`).type)).toContain(`"S${cutAt}"`);
    expect(JSON.stringify(decl(m.schemas, `L0`).type)).toContain('"L1"');
  });

  it('types an enum of objects or lists by its other keywords, once for both views, with a warning', () => {
    const { model: m, diagnostics } = model(
      v3({
        Shape: { type: 'object', enum: [{ a: 1 }, 'x'] },
        Any: { enum: [[1, 2], 'x'] },
        Holder: { type: 'object', properties: { id: { type: 'string', readOnly: true }, any: { $ref: '#/components/schemas/Any' } } },
      }),
    );
    expect(codes(diagnostics)).toEqual([
      ['ENUM_NOT_LITERAL', '#/components/schemas/Shape/enum'],
      ['ENUM_NOT_LITERAL', '#/components/schemas/Any/enum'],
    ]);
    expect(decl(m.schemas, 'Shape').type).toMatchObject({ kind: 'object' });
    expect(decl(m.schemas, 'Any').type).toStrictEqual({ kind: 'primitive', name: 'unknown' });
    expect(decl(m.schemas, 'Any').enumMembers).toBeNull();
  });

  it('warns that an enum or const integer past 2^53 was read rounded, and keeps it as a literal', () => {
    // 9223372036854775807 in the spec's text reads as 9223372036854775808.
    const { model: m, diagnostics } = model(v3({ Big: { type: 'integer', format: 'int64', enum: [9223372036854775807, 1] }, Max: { const: 2 ** 60 }, Safe: { enum: [2 ** 53 - 1] } }));
    expect(codes(diagnostics)).toEqual([
      ['INTEGER_ROUNDED', '#/components/schemas/Big/enum'],
      ['INTEGER_ROUNDED', '#/components/schemas/Max/const'],
    ]);
    expect(decl(m.schemas, 'Big').type).toStrictEqual({ kind: 'union', of: [{ kind: 'literal', value: 9223372036854775807 }, { kind: 'literal', value: 1 }] });
  });

  it('warns at a $ref that points at something other than a schema, and follows the schemas inside such things', () => {
    const document = {
      ...v3(
        {
          Holder: {
            type: 'object',
            properties: {
              param: { $ref: '#/components/parameters/Id' },
              paramSchema: { $ref: '#/components/parameters/Id/schema' },
              item: { $ref: '#/paths/~1a' },
              title: { $ref: '#/info/title' },
              body: { $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema' },
            },
          },
        },
        { '/a': { get: { responses: { 200: { description: 'OK', content: { 'application/json': { schema: { type: 'integer' } } } } } } } },
      ),
    };
    (document.components as Record<string, unknown>)['parameters'] = { Id: { name: 'id', in: 'query', schema: { type: 'string' } } };
    const { model: m, diagnostics } = model(document);
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ['REF_NOT_A_SCHEMA', '#/components/schemas/Holder/properties/param/$ref', '$ref `#/components/parameters/Id` stands for a schema but points at a parameter; typed as unknown'],
      ['REF_NOT_A_SCHEMA', '#/components/schemas/Holder/properties/item/$ref', '$ref `#/paths/~1a` stands for a schema but points at a path item; typed as unknown'],
      ['REF_NOT_A_SCHEMA', '#/components/schemas/Holder/properties/title/$ref', '$ref `#/info/title` stands for a schema but points at a string; typed as unknown'],
    ]);
    const unknown: TypeRef = { kind: 'primitive', name: 'unknown' };
    expect(decl(m.schemas, 'Holder').type).toStrictEqual({
      kind: 'object',
      properties: [prop('param', unknown), prop('paramSchema', str), prop('item', unknown), prop('title', unknown), prop('body', num)],
      additional: null,
    });
  });

  it('warns on what a type cannot say, and types it unknown', () => {
    const { diagnostics } = model(v3({ A: { not: { type: 'string' } }, B: { type: 'strange' }, C: 'nope' }));
    expect(codes(diagnostics)).toEqual([
      ['SCHEMA_UNSUPPORTED', '#/components/schemas/A/not'],
      ['SCHEMA_UNSUPPORTED', '#/components/schemas/B/type'],
      ['SCHEMA_UNSUPPORTED', '#/components/schemas/C'],
    ]);
  });

  it('types an enum of numbers in a string schema (YAML `enum: [1, 2]`) as the strings it sends, with a warning', () => {
    const { model: m, diagnostics } = model(v3({ Code: { type: 'string', enum: [1, 2, true, 'x', null], nullable: true } }));
    expect(codes(diagnostics)).toEqual([['ENUM_TYPE_MISMATCH', '#/components/schemas/Code/enum']]);
    const lit = (value: string): TypeRef => ({ kind: 'literal', value });
    expect(decl(m.schemas, 'Code').type).toStrictEqual({ kind: 'union', of: [lit('1'), lit('2'), lit('true'), lit('x'), nul] });
    expect(decl(m.schemas, 'Code').enumMembers?.map((e) => e.value)).toEqual(['1', '2', 'true', 'x', null]);
  });

  it('warns at a keyword of the wrong shape and reads the schema as if it were absent', () => {
    const { model: m, diagnostics } = model(
      v3({
        T: { type: [] },
        P: { type: 'object', properties: 5, additionalProperties: 5 },
        R: { type: 'object', properties: { id: { type: 'string', required: true } }, required: 'id' },
        E: { type: 'string', enum: 'x', allOf: { $ref: '#/components/schemas/T' } },
      }),
    );
    expect(diagnostics.filter((d) => d.code === 'SCHEMA_KEYWORD_INVALID').map((d) => [d.pointer, d.message])).toEqual([
      ['#/components/schemas/T/type', '`type` should be a type name or a list of them, found a list; read as if absent'],
      ['#/components/schemas/P/properties', '`properties` should be an object of schemas, found a number; read as if absent'],
      ['#/components/schemas/P/additionalProperties', '`additionalProperties` should be a schema or a boolean, found a number; read as if absent'],
      ['#/components/schemas/R/required', "`required` should be a list of property names (a property is required by its object's list), found a string; read as if absent"],
      ['#/components/schemas/R/properties/id/required', "`required` should be a list of property names (a property is required by its object's list), found true; read as if absent"],
      ['#/components/schemas/E/enum', '`enum` should be a list of values, found a string; read as if absent'],
      ['#/components/schemas/E/allOf', '`allOf` should be a list of schemas, found an object; read as if absent'],
    ]);
    expect(decl(m.schemas, 'T').type).toStrictEqual({ kind: 'primitive', name: 'unknown' });
    expect(decl(m.schemas, 'P').type).toStrictEqual({ kind: 'object', properties: [], additional: { kind: 'primitive', name: 'unknown' } });
    expect(decl(m.schemas, 'E').type).toStrictEqual(str);
  });
});

describe('hoisting inline schemas', () => {
  it('names inline objects and enums after the path to them; declared names win collisions', () => {
    const spec = v3(
      {
        Order: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['open', 'closed'] },
            lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' }, gift: { type: 'object', properties: { note: { type: 'string' } } } } } },
            total: { type: 'number' },
          },
        },
        OrderStatus: { type: 'string' },
      },
      {
        '/orders': {
          post: {
            operationId: 'createOrder',
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { note: { type: 'string' } } } } } },
            responses: { 201: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } } },
          },
        },
      },
    );
    const { model: m } = model(spec);
    expect(m.schemas.map((s) => [s.name, s.pointer])).toEqual([
      ['CreateOrder201Response', '#/paths/~1orders/post/responses/201/content/application~1json/schema'],
      ['CreateOrderBody', '#/paths/~1orders/post/requestBody/content/application~1json/schema'],
      ['Order', '#/components/schemas/Order'],
      ['OrderLines', '#/components/schemas/Order/properties/lines/items'],
      ['OrderLinesGift', '#/components/schemas/Order/properties/lines/items/properties/gift'],
      ['OrderStatus', '#/components/schemas/OrderStatus'],
      ['OrderStatus2', '#/components/schemas/Order/properties/status'],
    ]);
    expect(decl(m.schemas, 'Order').type).toStrictEqual({
      kind: 'object',
      properties: [prop('status', named('OrderStatus2')), prop('lines', { kind: 'array', of: named('OrderLines') }), prop('total', num)],
      additional: null,
    });
    expect(m.operations[0]!.requestBody!.type).toStrictEqual(named('CreateOrderBody'));
  });
});

// Which $ref targets are plainly not schemas: named by the place the OpenAPI layout gives them, and
// never a place a schema may be (a schema's own keywords, a parameter's or media type's `schema`).

import { nonSchemaTarget } from '../../../generator/model/nonSchemaTarget';

const object = { any: 'object' };

it.each<[string, string | null]>([
  ['#', 'the whole document'],
  ['#/info', 'the info object'],
  ['#/tags/0', 'a tag'],
  ['#/paths', 'the paths'],
  ['#/paths/~1a~1{id}', 'a path item'],
  ['#/paths/~1a/parameters/0', 'a parameter'],
  ['#/paths/~1a/get', 'an operation'],
  ['#/paths/~1a/get/parameters/1', 'a parameter'],
  ['#/paths/~1a/get/requestBody', 'a request body'],
  ['#/paths/~1a/get/responses', 'the responses'],
  ['#/paths/~1a/get/responses/200', 'a response'],
  ['#/components', 'the components'],
  ['#/components/parameters/Id', 'a parameter'],
  ['#/components/responses/NotFound', 'a response'],
  ['#/components/securitySchemes/key', 'a security scheme'],
  // Places a schema may be.
  ['#/components/schemas/Pet', null],
  ['#/components/schemas/Pet/properties/name', null],
  ['#/components/parameters/Id/schema', null],
  ['#/components/headers/Rate/schema', null],
  ['#/paths/~1a/get/parameters/1/schema', null],
  ['#/paths/~1a/get/requestBody/content/application~1json/schema', null],
  ['#/paths/~1a/get/responses/200/content/application~1json/schema/items', null],
  ['#/paths/~1a/x-shared', null],
  ['#/paths/~1a/get/x-schema', null],
  ['#/x-definitions/Pet', null],
  ['#/components/x-more/Pet', null],
])('OpenAPI 3: %s is %s', (ref, expected) => {
  expect(nonSchemaTarget(ref, object, false)).toBe(expected);
});

it.each<[string, string | null]>([
  ['#/responses/NotFound', 'a response'],
  ['#/securityDefinitions/key', 'a security scheme'],
  ['#/definitions', 'the definitions'],
  ['#/paths/~1a/get/responses/200', 'a response'],
  // A Swagger 2.0 parameter other than a body holds its type itself.
  ['#/parameters/limit', null],
  ['#/paths/~1a/get/parameters/0', null],
  ['#/definitions/Pet', null],
  ['#/paths/~1a/get/responses/200/schema', null],
])('Swagger 2.0: %s is %s', (ref, expected) => {
  expect(nonSchemaTarget(ref, object, true)).toBe(expected);
});

it('names a target that is not an object by its kind, and lets a boolean (a schema in 3.1) pass', () => {
  expect(nonSchemaTarget('#/components/schemas/A', 'text', false)).toBe('a string');
  expect(nonSchemaTarget('#/components/schemas/A', [1], false)).toBe('a list');
  expect(nonSchemaTarget('#/components/schemas/A', null, false)).toBe('null');
  expect(nonSchemaTarget('#/components/schemas/A', 3, false)).toBe('a number');
  expect(nonSchemaTarget('#/components/schemas/A', false, false)).toBeNull();
});

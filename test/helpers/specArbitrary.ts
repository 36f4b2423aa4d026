// Random but plausible Swagger 2.0 and OpenAPI 3.0/3.1 documents for the whole-pipeline property test:
// every construct the generator reads, with hostile text wherever the spec holds text.

import fc from 'fast-check';
import { escapePointerSegment } from '../../generator/pointer';

/** What a payload calls if any of the spec's text ever runs: the tests look for it in the code and at run time. */
export const SENTINEL = '__pwn';

/** Text that would become code if it were pasted into a comment, a string, a template or an identifier unescaped. */
export const HOSTILE_TEXTS: readonly string[] = [
  `*/ ${SENTINEL}(1); /*`,
  `\${${SENTINEL}(2)}`,
  `\`; ${SENTINEL}(3); \``,
  `'; ${SENTINEL}(4); '`,
  `"; ${SENTINEL}(5); "`,
  `\\'; ${SENTINEL}(6); //`,
  `\n${SENTINEL}(7);\n`,
  `\u2028${SENTINEL}(8); //`,
  `\u2029${SENTINEL}(9)`,
  `</script><script>${SENTINEL}(10)</script>`,
  `\u202e ${SENTINEL}(11) \u2066x\u2069 \u200f`,
  `{{${SENTINEL} 12}} {{{raw}}} <% x %>`,
  `\r\n*/ ${SENTINEL}(13) /**`,
  `\\u002a/ ${SENTINEL}(14)`,
  `@param x */ ${SENTINEL}(15) /*`,
  `// ${SENTINEL}(16)\r`,
  `\u0000\u0007\u001b[31m\ud800 \udc00 \ufeff`,
  `🐶 日本語 ñ`,
  `<!-- --> ]]> #!`,
  `| a | b |\n|---|---|\n| ${SENTINEL}(17) | [x](javascript:${SENTINEL}(18)) |`,
  `Error Codes\n400\nBAD-1'\${${SENTINEL}(19)}*/\nmessage`,
  `App Permission\n'${SENTINEL}(20)'`,
];

export const LONG_TEXT = `long ${'x'.repeat(300)} */ ${SENTINEL}(21) ${'y'.repeat(200)}`;

/** Past the 64 KB a doc comment may hold: cut, with a warning. */
const HUGE_TEXT = `${'z'.repeat(66_000)} */ ${SENTINEL}(22)`;

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 300, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 200, arbitrary: fc.constantFrom('A pet.', 'Two\nlines', '', ' ', 'default', 'null', 'this-is-an-api-for-pets') },
  { weight: 100, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
  { weight: 100, arbitrary: fc.constant(LONG_TEXT) },
  { weight: 1, arbitrary: fc.constant(HUGE_TEXT) },
);

/** Names for schemas, properties, parameters and operationIds: collisions, reserved words, prototype keys, unicode. */
const NAMES = [
  'Pet', 'pet', 'PET', 'pet_status', 'Pet Status', 'PetStatus', 'PetInput', 'PetBase', 'GetPetResponse', 'getPet', 'get-pet', 'get_pet',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'then', 'class', 'default', 'delete', 'new', 'enum', 'await', 'yield',
  'Promise', 'Error', 'Array', 'Object', 'string', 'number', 'unknown', 'never', 'undefined', 'createClient', 'createApi', 'ApiError', 'ErrorCode',
  'byTag', 'client', 'params', 'options', 'Record', 'Blob', 'fetch', '日本語', 'ñandú', '🐶', '$ref', '', ' ', '123', '1abc', 'a-b', 'a.b', 'a/b',
  'a~b', 'a b c', 'Ω', 'x'.repeat(120), 'Id', 'id', 'ID', 'kind', 'type', 'b c', 'c', 'status', 'Status',
];
const name: fc.Arbitrary<string> = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) });
/** Schema names are drawn from a small pool, so refs often hit, sometimes miss, and cycles are common. */
const SCHEMA_NAMES = ['Pet', 'pet', 'Owner', 'Node', 'Animal', 'Cat', 'Dog', '__proto__', 'constructor', 'class', 'Pet Status', 'PetInput', 'PetBase', 'GetPetResponse', 'Pet2', 'A', 'A b', 'a/b', 'a~b', HOSTILE_TEXTS[0]!, HOSTILE_TEXTS[3]!];

export type Dialect = '2.0' | '3.0' | '3.1';

/** Object.fromEntries makes `__proto__` an own key, as JSON.parse does; a literal or `o[k] = v` would set the prototype. */
function entries<T>(arb: fc.Arbitrary<T>, key: fc.Arbitrary<string> = name, maxLength = 3): fc.Arbitrary<Record<string, T>> {
  return fc.array(fc.tuple(key, arb), { maxLength }).map((pairs) => Object.fromEntries(pairs));
}

/** Drops the keys whose value is undefined (fc.record's optional keys, made explicit). */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** `arb` one time in `rarity` (four in five for 1), otherwise left out. */
const maybe = <T>(arb: fc.Arbitrary<T>, rarity = 2): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: rarity === 1 ? 1 : rarity - 1, arbitrary: fc.constant(undefined) }, { weight: rarity === 1 ? 4 : 1, arbitrary: arb });

function schemaRef(dialect: Dialect): fc.Arbitrary<string> {
  const base = dialect === '2.0' ? '#/definitions/' : '#/components/schemas/';
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...SCHEMA_NAMES).map((n) => base + escapePointerSegment(n)) },
    { weight: 1, arbitrary: fc.constantFrom('Missing', 'Pet/properties/id', 'Node/items', 'Pet/allOf/0').map((n) => base + n) },
    { weight: 1, arbitrary: fc.constantFrom('#/paths', '#/info', '#', '#/components/parameters/P', '#/definitions/Pet', '#/components/schemas/Pet', '#/nope/x', '#/paths/~1pets/get') },
  );
}

/** Written into the JSON text as a number JSON cannot hold (`1e999` parses to Infinity), by `specText`. */
export const INFINITY_MARK = '__INFINITY__';

const scalar = fc.oneof(fc.constantFrom<unknown>(INFINITY_MARK, 2 ** 53 + 1, -0, 1e21, 0.1), fc.constantFrom(...HOSTILE_TEXTS.slice(0, 8)), fc.constantFrom('a', 'A', 'a b', '', '1', 'null', '__proto__', 'constructor'), fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));

/** A schema of the given dialect, up to a small depth: every shape the model builder has a branch for. */
export function schemaArb(dialect: Dialect): fc.Arbitrary<unknown> {
  const nullable = dialect === '3.0' ? { nullable: maybe(fc.boolean()) } : dialect === '2.0' ? { 'x-nullable': maybe(fc.boolean(), 5) } : {};
  const docs = { description: maybe(text), title: maybe(text, 4), default: maybe(scalar, 5), example: maybe(scalar, 5), deprecated: maybe(fc.boolean(), 6) };
  const types = ['string', 'integer', 'number', 'boolean', 'object', 'array', ...(dialect === '2.0' ? ['file'] : ['null']), 'nope'];
  return fc.letrec<{ schema: unknown }>((tie) => {
    const child = tie('schema');
    const primitive = fc
      .record({
        type: fc.oneof(fc.constantFrom(...types), dialect === '3.1' ? fc.subarray(['string', 'integer', 'null', 'array'], { minLength: 1 }) : fc.constantFrom('string')),
        format: maybe(fc.constantFrom('int64', 'int32', 'binary', 'byte', 'date-time', 'uuid', 'float', 'weird'), 3),
        ...nullable,
        ...docs,
        readOnly: maybe(fc.boolean(), 6),
        writeOnly: maybe(fc.boolean(), 8),
        minimum: maybe(fc.integer(), 8),
        pattern: maybe(text, 8),
      })
      .map(compact);
    const enumSchema = fc
      .record({ type: maybe(fc.constantFrom('string', 'integer', 'number', 'boolean')), enum: fc.oneof(fc.array(scalar, { maxLength: 5 }), fc.constant([]), fc.constantFrom<unknown>([{ a: 1 }, 'x'], [[1], 2], ['a', 'A', 'a b', 'A_B', 'a-b', '', '1', 1, '1', true, 'true', null, 'null'], 'x', {})), ...nullable, ...docs })
      .map(compact);
    const constSchema = dialect === '3.1' ? fc.record({ const: scalar }) : fc.record({ enum: fc.array(scalar, { minLength: 1, maxLength: 1 }) });
    const ref = fc.oneof(
      { weight: 6, arbitrary: schemaRef(dialect).map((r) => ({ $ref: r })) },
      // OAS 3.1 lets a $ref have siblings; earlier dialects ignore them.
      { weight: 1, arbitrary: fc.tuple(schemaRef(dialect), text).map(([r, d]) => ({ $ref: r, description: d, nullable: true })) },
    );
    // Refs that refuse the whole spec (a missing file, a remote one) or are percent-encoded: rare, or few specs would generate.
    const rareRef = fc.constantFrom('other.yaml#/Pet', 'http://example.com/x.json', '#/components/schemas/%7Bx', '#/definitions/Pet%20Status', '#/components/schemas/a~1b', '#/definitions/a~1b').map((r) => ({ $ref: r }));
    const array = fc.record({ type: fc.constant('array'), items: maybe(child, 5), ...nullable, ...docs, ...(dialect === '3.1' ? { prefixItems: maybe(fc.array(child, { maxLength: 2 }), 4) } : {}) }).map(compact);
    const object = fc
      .tuple(entries(child, name, 4), fc.array(name, { maxLength: 3 }), maybe(fc.oneof(fc.boolean(), child), 2), maybe(fc.constantFrom(...NAMES.slice(0, 30)), 5), fc.record({ ...nullable, ...docs }).map(compact))
      .map(([properties, required, additionalProperties, discriminator, rest]) =>
        compact({ type: 'object', properties, required: required.length === 0 ? undefined : required, additionalProperties, ...(dialect === '2.0' && discriminator !== undefined ? { discriminator } : {}), ...rest }),
      );
    const untyped = fc.record({ description: maybe(text), properties: maybe(entries(child, name, 2)) }).map(compact);
    const composition = fc
      .tuple(
        fc.constantFrom('allOf', 'oneOf', 'anyOf'),
        fc.array(child, { minLength: 0, maxLength: 3 }),
        maybe(
          fc.record({
            propertyName: fc.constantFrom('kind', 'type', '__proto__', HOSTILE_TEXTS[0]!),
            mapping: maybe(entries(schemaRef(dialect), fc.constantFrom('cat', 'dog', 'Cat', "it's", HOSTILE_TEXTS[2]!, '__proto__'), 3)),
          }).map(compact),
          2,
        ),
        maybe(entries(child, name, 2), 3),
        fc.record({ ...nullable, ...docs }).map(compact),
      )
      .map(([kw, parts, discriminator, properties, rest]) =>
        compact({ [kw]: parts, ...(dialect !== '2.0' || kw === 'allOf' ? { discriminator: dialect === '2.0' ? discriminator?.propertyName : discriminator } : {}), properties, ...rest }),
      );
    const not = child.map((s) => ({ not: s }));
    const weird = fc.constantFrom<unknown>(true, false, {}, [], 'string', 1, null, { type: ['string', 'string'] }, { items: [{ type: 'string' }, { type: 'integer' }] }, { patternProperties: { '^x-': { type: 'string' } } });
    // A keyword of the wrong type beside a valid schema: read as if absent, with a warning.
    const corrupt = fc
      .tuple(fc.oneof(primitive, object, composition), fc.constantFrom('properties', 'required', 'items', 'enum', 'allOf', 'oneOf', 'type', 'additionalProperties', 'discriminator', 'nullable', 'format', 'readOnly', 'description', 'title', 'default', 'const', 'prefixItems', '$ref'), fc.constantFrom<unknown>([], 'x', 1, {}, [1, null], { propertyName: 1 }, null, true))
      .map(([schema, keyword, value]) => ({ ...(schema as object), [keyword]: value }));
    return {
      schema: fc.oneof(
        { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
        { weight: 4, arbitrary: primitive },
        { weight: 4, arbitrary: ref },
        { weight: 2, arbitrary: enumSchema },
        { weight: 1, arbitrary: constSchema },
        { weight: 2, arbitrary: array },
        { weight: 3, arbitrary: object },
        { weight: 1, arbitrary: untyped },
        { weight: 2, arbitrary: composition },
        { weight: 1, arbitrary: not },
        { weight: 1, arbitrary: weird },
        { weight: 1, arbitrary: corrupt },
        { weight: 1, arbitrary: fc.oneof({ weight: 20, arbitrary: primitive }, { weight: 1, arbitrary: rareRef }) },
      ),
    };
  }).schema;
}

const LOCATIONS = ['path', 'query', 'header', 'cookie', 'formData', 'body', 'weird'];

function parameterArb(dialect: Dialect): fc.Arbitrary<unknown> {
  const schema = schemaArb(dialect);
  const common = {
    name: fc.oneof({ weight: 4, arbitrary: name }, { weight: 2, arbitrary: fc.constantFrom('id', 'petId', 'Content-Type', 'Accept', 'Authorization', 'X-Rate') }),
    in: fc.constantFrom(...LOCATIONS),
    required: maybe(fc.boolean()),
    description: maybe(text),
    deprecated: maybe(fc.boolean(), 6),
  };
  const v2 = fc
    .record({
      ...common,
      type: maybe(fc.constantFrom('string', 'integer', 'number', 'boolean', 'array', 'file', 'object')),
      format: maybe(fc.constantFrom('int64', 'binary', 'date')),
      items: maybe(fc.oneof(fc.record({ type: fc.constantFrom('string', 'integer') }), fc.record({ type: fc.constant('array'), items: fc.record({ type: fc.constant('string') }) }), fc.constant({}))),
      collectionFormat: maybe(fc.constantFrom('csv', 'ssv', 'tsv', 'pipes', 'multi', 'weird')),
      enum: maybe(fc.array(scalar, { maxLength: 3 }), 4),
      default: maybe(scalar, 4),
      schema: maybe(schema, 3),
    })
    .map(compact);
  const v3 = fc
    .record({
      ...common,
      schema: maybe(schema, 1),
      style: maybe(fc.constantFrom('form', 'simple', 'label', 'matrix', 'spaceDelimited', 'pipeDelimited', 'deepObject', 'weird'), 3),
      explode: maybe(fc.boolean(), 3),
      content: maybe(entries(fc.record({ schema }), fc.constantFrom('application/json', 'text/plain'), 1), 6),
      allowReserved: maybe(fc.boolean(), 6),
    })
    .map(compact);
  const ref = fc.constantFrom('P', 'Missing', '__proto__').map((n) => ({ $ref: dialect === '2.0' ? `#/parameters/${n}` : `#/components/parameters/${n}` }));
  return fc.oneof({ weight: 6, arbitrary: dialect === '2.0' ? v2 : v3 }, { weight: 1, arbitrary: ref });
}

const MEDIA = ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/octet-stream', 'text/plain', '*/*', 'application/vnd.api+json', 'application/problem+json', 'image/png', 'weird', "a'b/c\"d"];

function contentArb(dialect: Dialect): fc.Arbitrary<Record<string, unknown>> {
  const media = fc
    .record({
      schema: maybe(schemaArb(dialect), 1),
      encoding: maybe(entries(fc.record({ contentType: maybe(fc.constantFrom('application/json', 'image/png', 'image/*', "x'y")), style: maybe(fc.constantFrom('form', 'deepObject', 'pipeDelimited')), explode: maybe(fc.boolean()) }).map(compact), name, 2), 4),
    })
    .map(compact);
  return entries(media, fc.constantFrom(...MEDIA), 2);
}

const STATUSES = ['200', '201', '204', 'default', '4XX', '404', '500', '2XX', '1XX', '304', '999', 'abc', '2xx', 'DEFAULT', '200 '];

function responsesArb(dialect: Dialect): fc.Arbitrary<unknown> {
  const header = dialect === '2.0' ? fc.record({ type: fc.constantFrom('string', 'integer', 'array'), description: maybe(text) }).map(compact) : fc.record({ schema: maybe(schemaArb(dialect)), description: maybe(text), required: maybe(fc.boolean()) }).map(compact);
  const response =
    dialect === '2.0'
      ? fc.record({ description: maybe(text, 1), schema: maybe(schemaArb(dialect), 1), headers: maybe(entries(header, name, 2), 4) }).map(compact)
      : fc.record({ description: maybe(text, 1), content: maybe(contentArb(dialect), 1), headers: maybe(entries(header, name, 2), 4) }).map(compact);
  const ref = fc.constantFrom('R', 'Missing').map((n) => ({ $ref: dialect === '2.0' ? `#/responses/${n}` : `#/components/responses/${n}` }));
  return fc.oneof({ weight: 8, arbitrary: entries(fc.oneof({ weight: 5, arbitrary: response }, { weight: 1, arbitrary: ref }), fc.constantFrom(...STATUSES), 3) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, {}, [], 'x') });
}

const CODES = ['CMN-101', 'CMN-101', 'OAU-151', "BAD-'1", '`${x}`', '*/', '__proto__', 'constructor', 'toString', '0', '', 'a b', '日本', HOSTILE_TEXTS[0]!, HOSTILE_TEXTS[1]!];
const errorRow = fc.tuple(fc.constantFrom('400', '401', '404', '500', '999', 'abc', '4XX', ''), fc.constantFrom(...CODES), text);

/** An operation description as RingCentral writes them: prose, permission lines, an error table as lines, Markdown or HTML. */
const operationDescription: fc.Arbitrary<string> = fc
  .tuple(
    text,
    fc.array(fc.tuple(fc.constantFrom('App Permission', 'User Permission', '**Usage Plan Group:**', 'Rate Limit Group', 'API Group'), fc.constantFrom('ReadCallLog', "it's", HOSTILE_TEXTS[0]!, HOSTILE_TEXTS[2]!, ''), fc.boolean()), { maxLength: 2 }),
    fc.constantFrom('Error Codes', '### API Error Codes', 'error codes:'),
    fc.constantFrom('lines', 'markdown', 'html'),
    fc.array(errorRow, { maxLength: 4 }),
  )
  .map(([prose, permissions, heading, form, rows]) => {
    const perms = permissions.map(([label, value, inline]) => (inline ? `${label}: ${value}` : `${label}\n${value}`));
    const table =
      form === 'lines'
        ? ['HTTP Code', 'Error Code', 'Error Message', ...rows.flatMap(([status, code, message]) => [status, code, message, ''])]
        : form === 'markdown'
          ? ['| HTTP Code | Error Code | Error Message |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)]
          : ['<table><tr><th>HTTP Code</th><th>Error Code</th><th>Error Message</th></tr>', ...rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`), '</table>'];
    return [prose, ...perms, heading, ...table].join('\n');
  });

function operationArb(dialect: Dialect): fc.Arbitrary<Record<string, unknown>> {
  const operationId = fc.oneof({ weight: 3, arbitrary: name }, { weight: 1, arbitrary: fc.constantFrom('listPets', 'getPet', 'getPet') }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(1, null, ['x']) });
  const requestBody =
    dialect === '2.0'
      ? fc.constant(undefined)
      : maybe(fc.oneof(fc.record({ required: maybe(fc.boolean()), description: maybe(text), content: contentArb(dialect) }).map(compact), fc.constantFrom({ $ref: '#/components/requestBodies/B' }, { $ref: '#/components/requestBodies/Missing' })), 2);
  return fc
    .record({
      operationId,
      summary: maybe(text),
      description: maybe(fc.oneof(text, operationDescription)),
      tags: maybe(fc.array(name, { maxLength: 2 })),
      deprecated: maybe(fc.boolean(), 5),
      parameters: maybe(fc.array(parameterArb(dialect), { maxLength: 4 }), 1),
      requestBody,
      consumes: dialect === '2.0' ? maybe(fc.subarray(MEDIA.slice(0, 5)), 3) : fc.constant(undefined),
      produces: dialect === '2.0' ? maybe(fc.subarray(MEDIA.slice(0, 8)), 3) : fc.constant(undefined),
      responses: responsesArb(dialect),
      security: maybe(fc.constantFrom<unknown>([], [{ key: [] }], [{ oauth: ['read'] }, {}], [{ missing: [] }], [{ token: [], basic: [] }], JSON.parse('[{"__proto__":[]}]')), 4),
    })
    .map(compact);
}

const SEGMENTS = ['pets', '{id}', '{petId}', 'v1', '{__proto__}', '{constructor}', 'x.y', '{a}{b}', "it's", '`${x}`', '%7Bid%7D', '?q=1', '#frag', '{日本}', '', '..', HOSTILE_TEXTS[0]!, HOSTILE_TEXTS[7]!];
const pathKey = fc.tuple(fc.array(fc.constantFrom(...SEGMENTS), { minLength: 0, maxLength: 3 }), fc.boolean()).map(([segments, slash]) => (slash || segments.length === 0 ? '/' : '') + segments.join('/'));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query', 'x-ext'];

function pathsArb(dialect: Dialect): fc.Arbitrary<Record<string, unknown>> {
  const item = fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(...METHODS), operationArb(dialect)), { minLength: 1, maxLength: 3 }), maybe(fc.array(parameterArb(dialect), { maxLength: 2 }), 3))
    .map(([ops, parameters]) => Object.fromEntries([...(parameters === undefined ? [] : [['parameters', parameters] as const]), ...ops]));
  return entries(item, pathKey, 4);
}

function componentsArb(dialect: Dialect): fc.Arbitrary<Record<string, unknown>> {
  const base = dialect === '2.0' ? '#/definitions/' : '#/components/schemas/';
  // Sometimes a long chain of aliases (A0 → A1 → … → An), past what tsc can check when long enough.
  const chain = fc.integer({ min: 2, max: 130 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`A${i}`, i === n - 1 ? { type: 'string' } : { $ref: `${base}A${i + 1}` }])));
  const schemas = fc
    .tuple(entries(schemaArb(dialect), fc.constantFrom(...SCHEMA_NAMES), 6), maybe(chain, 10))
    .map(([declared, aliases]) => (aliases === undefined ? declared : Object.fromEntries([...Object.entries(declared), ...Object.entries(aliases)])));
  const parameter = parameterArb(dialect);
  const randomScheme = fc
    .record({
      type: fc.constantFrom('apiKey', 'http', 'oauth2', 'openIdConnect', 'basic', 'weird'),
      in: maybe(fc.constantFrom('header', 'query', 'cookie', 'weird')),
      name: maybe(fc.oneof(name, fc.constantFrom('X-Api-Key', 'api_key'))),
      scheme: maybe(fc.constantFrom('bearer', 'basic', 'digest', 'Token', HOSTILE_TEXTS[3]!)),
      flow: maybe(fc.constantFrom('implicit', 'password', 'application', 'accessCode')),
      flows: maybe(fc.constantFrom<unknown>({}, { clientCredentials: { tokenUrl: HOSTILE_TEXTS[3], scopes: {} } })),
      description: maybe(text),
    })
    .map(compact);
  const securitySchemes = fc.oneof(entries(randomScheme, fc.constantFrom('key', 'oauth', 'basic', '__proto__', 'token', HOSTILE_TEXTS[3]!), 3), fc.constantFrom<Record<string, unknown>>(
    {},
    dialect === '2.0'
      ? { key: { type: 'apiKey', in: 'header', name: HOSTILE_TEXTS[3] }, oauth: { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://x', scopes: { read: 'r' } } }
      : { key: { type: 'apiKey', in: 'cookie', name: HOSTILE_TEXTS[3] }, oauth: { type: 'oauth2', flows: { implicit: { authorizationUrl: 'https://x', scopes: { read: 'r' } } } }, basic: { type: 'http', scheme: 'basic' } },
  ));
  if (dialect === '2.0') {
    return fc
      .record({ definitions: schemas, parameters: maybe(fc.record({ P: parameter })), responses: maybe(fc.record({ R: fc.record({ description: text }) })), securityDefinitions: maybe(securitySchemes) })
      .map(compact);
  }
  return fc
    .record({
      components: fc
        .record({
          schemas,
          parameters: maybe(fc.record({ P: parameter })),
          responses: maybe(fc.record({ R: fc.record({ description: text, content: contentArb(dialect) }) })),
          requestBodies: maybe(fc.record({ B: fc.record({ content: contentArb(dialect) }) })),
          securitySchemes: maybe(securitySchemes),
        })
        .map(compact),
    });
}

function headerArb(dialect: Dialect): fc.Arbitrary<Record<string, unknown>> {
  const info = fc.oneof({ weight: 8, arbitrary: fc.record({ title: maybe(text, 1), version: maybe(text, 1), description: maybe(text) }).map(compact) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, 'x', []) });
  if (dialect === '2.0') {
    return fc.record({ swagger: fc.constant('2.0'), info, host: maybe(fc.constantFrom('api.example.com', "evil'; __pwn(30); '", 'h:8080')), basePath: maybe(fc.constantFrom('/v1', '', `/\`\${${SENTINEL}(31)}`)), schemes: maybe(fc.constantFrom(['https'], ['http', 'https'], [])) }).map(compact);
  }
  const server = fc
    .record({ url: fc.constantFrom('https://api.example.com/v1', '/relative', "https://x/'; __pwn(32); '", 'https://{region}.example.com/{v}', `https://x/\${${SENTINEL}(33)}`), variables: maybe(fc.constant({ region: { default: "eu'`${__pwn(34)}" }, v: {} })) })
    .map(compact);
  return fc.record({ openapi: fc.constantFrom(...(dialect === '3.0' ? ['3.0.0', '3.0.3'] : ['3.1.0', '3.1.1'])), info, servers: maybe(fc.array(server, { maxLength: 2 })) }).map(compact);
}

/** Breaks a valid document the ways real inputs are broken: refusals must come as diagnostics. */
const breakage = fc.constantFrom<(doc: Record<string, unknown>) => unknown>(
  (d) => ({ ...d, swagger: undefined, openapi: undefined }),
  (d) => ({ ...d, openapi: '4.0.0', swagger: undefined }),
  (d) => ({ ...d, swagger: '1.2', openapi: undefined }),
  (d) => ({ ...d, paths: [] }),
  (d) => ({ ...d, paths: 'x' }),
  (d) => ({ ...d, info: 1 }),
  (d) => ({ ...d, paths: { '/a': { get: { responses: { 200: { description: 'x', schema: { $ref: 1 } } } } } } }),
  (d) => ({ ...d, paths: { '/a': { get: { responses: { 200: { $ref: 'missing.yaml#/R' } } } } } }),
  (d) => ({ ...d, paths: { '/a': { $ref: '#/paths/~1a' } } }),
  (d) => ({ ...d, components: { schemas: { A: { $ref: '#/components/schemas/A' }, B: { allOf: [{ $ref: '#/components/schemas/B' }] } } }, definitions: { A: { $ref: '#/definitions/A' } } }),
  () => [],
  () => 'openapi: 3.0.0',
  () => null,
);

export interface FuzzSpec {
  readonly dialect: Dialect;
  /** The document as a JSON value (own `__proto__` keys included). */
  readonly document: unknown;
  /** Whether it was broken on purpose (it may still generate). */
  readonly broken: boolean;
}

export function specArb(dialects: readonly Dialect[] = ['2.0', '3.0', '3.1']): fc.Arbitrary<FuzzSpec> {
  return fc.constantFrom(...dialects).chain((dialect) =>
    fc
      .tuple(headerArb(dialect), pathsArb(dialect), componentsArb(dialect), maybe(fc.constantFrom<unknown>([{ key: [] }], [{ missing: [] }], 'x'), 5), maybe(breakage, 12))
      .map(([header, paths, components, security, brk]) => {
        const document = compact({ ...header, paths, ...components, security });
        return { dialect, document: brk === undefined ? document : brk(document), broken: brk !== undefined };
      }),
  );
}

/**
 * The maps whose entries are read in spec order, by the key that holds them: `paths`, properties,
 * responses, media types, headers, encodings, mappings (operations and properties keep that order in
 * the output). Every other object's keys may come in any order without changing a byte.
 */
export const ORDERED_MAPS: ReadonlySet<string> = new Set(['paths', 'properties', 'responses', 'content', 'headers', 'encoding', 'mapping', 'patternProperties', 'variables', 'scopes']);

/** Where key order is meaningful beyond ORDERED_MAPS: a discriminated base's union lists its subtypes in declaration order. */
export const ORDER_THAT_MATTERS: ReadonlySet<string> = new Set(['schemas', 'definitions']);

const METHOD_KEYS = new Set([...METHODS, 'parameters', '$ref']);

/**
 * The document with the keys of every object reordered by `rank`, except the entries of the maps
 * held under a key in `keep` (`security[]`: the objects listed under `security`) and a path item's
 * methods relative to each other.
 */
export function reorderKeys(value: unknown, rank: (key: string, at: string) => number, keep: ReadonlySet<string> = ORDERED_MAPS, parentKey = '', at = '#'): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reorderKeys(v, rank, keep, `${parentKey}[]`, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return value;
  const pairs = Object.entries(value).map(([k, v]) => [k, reorderKeys(v, rank, keep, k, `${at}/${escapePointerSegment(k)}`)] as const);
  if (keep.has(parentKey)) return Object.fromEntries(pairs);
  if (/^#\/paths\/[^/]*$/.test(at)) {
    // Methods keep their relative order; other keys move around them.
    const methods = pairs.filter(([k]) => METHOD_KEYS.has(k));
    const others = pairs.filter(([k]) => !METHOD_KEYS.has(k)).sort(([a], [b]) => rank(a, at) - rank(b, at));
    return Object.fromEntries([...others, ...methods]);
  }
  return Object.fromEntries([...pairs].sort(([a], [b]) => rank(a, at) - rank(b, at)));
}

/** The spec's JSON text, with `INFINITY_MARK` written as a number too large for a double. */
export function specText(document: unknown): string {
  return JSON.stringify(document).replaceAll(`"${INFINITY_MARK}"`, '1e999');
}

export interface FuzzOptions {
  readonly int64: 'number' | 'string' | 'bigint';
  readonly parameterDefaults: Readonly<Record<string, Readonly<Record<string, string | number | boolean>>>>;
  readonly pagination?: { readonly style: 'page' | 'cursor' | 'link'; readonly param: string; readonly items: string; readonly next: string };
  readonly errorFields?: 'ringcentral' | 'problem' | 'generic' | { readonly code: readonly string[]; readonly message: readonly string[] };
}

const configText = fc.constantFrom('page', 'id', '__proto__', 'constructor', 'records', 'a.b.0', HOSTILE_TEXTS[0]!, HOSTILE_TEXTS[1]!, HOSTILE_TEXTS[3]!, '日本');

/** Generation options, as a config entry gives them: hostile values there too (the config is text as well). */
export const optionsArb: fc.Arbitrary<FuzzOptions> = fc
  .record({
    int64: fc.constantFrom('number' as const, 'number' as const, 'string' as const, 'bigint' as const),
    parameterDefaults: fc.oneof(
      { weight: 3, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: entries(entries(fc.oneof(configText, fc.integer(), fc.boolean()), fc.oneof(configText, fc.constantFrom('id', 'petId', 'X-Rate'))), fc.constantFrom('path', 'query', 'header', 'cookie'), 2) },
    ),
    pagination: maybe(fc.record({ style: fc.constantFrom('page' as const, 'cursor' as const, 'link' as const), param: fc.oneof(configText, fc.constantFrom('id', 'petId')), items: configText, next: configText }), 3),
    errorFields: maybe(fc.oneof(fc.constantFrom('ringcentral' as const, 'problem' as const, 'generic' as const), fc.record({ code: fc.array(configText, { maxLength: 2 }), message: fc.array(configText, { maxLength: 2 }) })), 3),
  })
  .map((o) => compact(o) as unknown as FuzzOptions);

/** The keys of paths, of each path's methods and of the declared schemas reordered by `rank`: output order may change, names may not. */
export function reorderAllKeys(value: unknown, rank: (key: string, at: string) => number, at = '#'): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reorderAllKeys(v, rank, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return value;
  const pairs = Object.entries(value).map(([k, v]) => [k, reorderAllKeys(v, rank, `${at}/${escapePointerSegment(k)}`)] as const);
  // Not the order of properties, responses and media types, which is what they say.
  const moves = at === '#' || at === '#/paths' || /^#\/paths\/[^/]*$/.test(at) || at === '#/components/schemas' || at === '#/definitions';
  if (moves) return Object.fromEntries([...pairs].sort(([a], [b]) => rank(a, at) - rank(b, at)));
  return Object.fromEntries(pairs);
}

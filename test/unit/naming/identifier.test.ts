import fc from 'fast-check';
import { applyCase, isIdentifierText, type NameCase, splitWords, toIdentifier } from '../../../generator/naming/identifier';
import { RESERVED_NAMES } from '../../../generator/naming/reserved';

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;
const CASES: readonly NameCase[] = ['camel', 'pascal', 'constant'];

/** Any string: whole code points, single UTF-16 code units (lone surrogates) and characters known to be awkward. */
const anyString = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.constantFrom(
      '_', '$', '-', '.', ' ', '0', '9', 'a', 'Z', 'é', 'ß', 'İ', 'ǅ', '\u0301', '\u200c', '\u200d', '\ud800', '\udc00',
      '😀', '𐐨', '数', '__proto__', 'class', 'constructor', 'Promise', 'let', 'await',
    ),
  ),
  maxLength: 30,
});

describe('toIdentifier', () => {
  it.each<[string, NameCase, string]>([
    // Reserved words get a leading underscore, in the case they end up in.
    ['class', 'camel', '_class'],
    ['class', 'pascal', 'Class'],
    ['class', 'constant', 'CLASS'],
    ['Class', 'camel', '_class'],
    ['let', 'camel', '_let'],
    ['await', 'camel', '_await'],
    ['yield', 'camel', '_yield'],
    ['enum', 'camel', '_enum'],
    ['undefined', 'camel', '_undefined'],
    ['arguments', 'camel', '_arguments'],
    ['eval', 'camel', '_eval'],
    ['string', 'camel', '_string'],
    ['type', 'camel', '_type'],
    ['Type', 'camel', '_type'],
    // Properties every object has.
    ['constructor', 'camel', '_constructor'],
    ['constructor', 'pascal', 'Constructor'],
    ['to-string', 'camel', '_toString'],
    ['has own property', 'camel', '_hasOwnProperty'],
    ['value_of', 'camel', '_valueOf'],
    ['prototype', 'camel', '_prototype'],
    ['__proto__', 'camel', 'proto'],
    ['__proto__', 'pascal', 'Proto'],
    ['__proto__', 'constant', 'PROTO'],
    // Globals the generated code relies on.
    ['Promise', 'pascal', '_Promise'],
    ['promise', 'pascal', '_Promise'],
    ['Promise', 'camel', 'promise'],
    ['Promise', 'constant', 'PROMISE'],
    ['record', 'pascal', '_Record'],
    ['fetch', 'camel', '_fetch'],
    ['Error', 'pascal', '_Error'],
    ['url', 'pascal', 'Url'],
    ['globalThis', 'camel', '_globalThis'],
    // Names the runtime declares.
    ['api-error', 'pascal', '_ApiError'],
    ['create client', 'camel', '_createClient'],
    ['error_code', 'pascal', '_ErrorCode'],
    ['call', 'camel', '_call'],
    ['build request', 'camel', '_buildRequest'],
    // Word splitting and casing.
    ['get-user.v2', 'camel', 'getUserV2'],
    ['get-user.v2', 'pascal', 'GetUserV2'],
    ['get-user.v2', 'constant', 'GET_USER_V2'],
    ['getHTTPStatus', 'camel', 'getHttpStatus'],
    ['getHTTPStatus', 'constant', 'GET_HTTP_STATUS'],
    ['XMLHttpRequest', 'camel', 'xmlHttpRequest'],
    ['HTTPServer', 'pascal', 'HttpServer'],
    ['user_id', 'camel', 'userId'],
    ['USER_ID', 'camel', 'userId'],
    ['USER_ID', 'pascal', 'UserId'],
    ['ABC', 'camel', 'abc'],
    ['listExtensionActiveCalls', 'camel', 'listExtensionActiveCalls'],
    ['listExtensionActiveCalls', 'pascal', 'ListExtensionActiveCalls'],
    ['get /pets/{petId}', 'camel', 'getPetsPetId'],
    ['  spaced   out  ', 'camel', 'spacedOut'],
    ['x$y', 'camel', 'xY'],
    ['$ref', 'camel', 'ref'],
    ['v2beta1', 'pascal', 'V2beta1'],
    ['v2Beta1', 'camel', 'v2Beta1'],
    ['a.b.c', 'constant', 'A_B_C'],
    // Leading digits.
    ['2fa', 'camel', '_2fa'],
    ['2fa', 'pascal', '_2fa'],
    ['2fa', 'constant', '_2FA'],
    ['123', 'camel', '_123'],
    ['3d-secure', 'camel', '_3dSecure'],
    ['404 not found', 'pascal', '_404NotFound'],
    ['-1', 'camel', '_1'],
    // Nothing usable: the fallback.
    ['', 'camel', 'fallback'],
    ['', 'pascal', 'Fallback'],
    ['', 'constant', 'FALLBACK'],
    ['!!!', 'camel', 'fallback'],
    ['   ', 'pascal', 'Fallback'],
    ['___', 'camel', 'fallback'],
    ['-_-', 'constant', 'FALLBACK'],
    ['{}/.,:;', 'camel', 'fallback'],
    ['$', 'camel', 'fallback'],
    // Unicode letters.
    ['café', 'camel', 'café'],
    ['café', 'pascal', 'Café'],
    ['café', 'constant', 'CAFÉ'],
    ['cafe\u0301', 'camel', 'café'],
    ['мой-метод', 'camel', 'мойМетод'],
    ['мой-метод', 'pascal', 'МойМетод'],
    ['ΑΒΓ δέλτα', 'camel', 'αβγΔέλτα'],
    ['数据 列表', 'camel', '数据列表'],
    ['数据 列表', 'constant', '数据_列表'],
    ['straße', 'constant', 'STRASSE'],
    ['𐐨ello', 'pascal', '𐐀ello'],
    ['𐐀ELLO', 'camel', '𐐨ello'],
    ['get 𐐨ello', 'camel', 'get𐐀ello'],
    ['a\u200db', 'camel', 'a\u200db'],
    ['\u0301abc', 'camel', '_\u0301abc'],
    ['١٢٣', 'camel', '_١٢٣'],
    // Emoji and other symbols are separators.
    ['😀', 'camel', 'fallback'],
    ['get 😀 user', 'camel', 'getUser'],
    ['rocket🚀launch', 'pascal', 'RocketLaunch'],
    ['a→b', 'camel', 'aB'],
    ['\ud800', 'camel', 'fallback'],
    ['a\udc00b', 'camel', 'aB'],
  ])('toIdentifier(%j, %s) is %j', (raw, nameCase, expected) => {
    expect(toIdentifier(raw, nameCase, RESERVED_NAMES, 'fallback')).toBe(expected);
  });

  it.each<[string, NameCase, string, string]>([
    ['', 'camel', 'get pets', 'getPets'],
    ['!!', 'pascal', 'get pets', 'GetPets'],
    ['', 'camel', 'class', '_class'],
    ['', 'pascal', 'Promise', '_Promise'],
    ['', 'camel', '2nd', '_2nd'],
    ['', 'camel', '', '_'],
    ['!', 'constant', '?', '_'],
    ['ok', 'camel', 'ignored', 'ok'],
  ])('toIdentifier(%j, %s, fallback %j) is %j', (raw, nameCase, fallback, expected) => {
    expect(toIdentifier(raw, nameCase, RESERVED_NAMES, fallback)).toBe(expected);
  });

  it.each<[string, NameCase, string]>([
    ['foo', 'camel', '_foo'],
    ['Foo', 'pascal', '_Foo'],
    ['class', 'camel', 'class'],
  ])('uses the reserved set it is given: %j (%s) is %j', (raw, nameCase, expected) => {
    expect(toIdentifier(raw, nameCase, new Set(['foo', 'Foo']), 'x')).toBe(expected);
  });

  it('the reserved check is on the final name, so a prefixed name is never checked again', () => {
    expect(toIdentifier('_class', 'camel', RESERVED_NAMES, 'x')).toBe('_class');
    expect(toIdentifier('class', 'camel', new Set(['class', '_class']), 'x')).toBe('_class');
  });

  it('property: always a valid, unreserved identifier that can be declared', () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom(...CASES), (raw, nameCase) => {
        const name = toIdentifier(raw, nameCase, RESERVED_NAMES, 'x');
        expect(name).toMatch(IDENTIFIER);
        expect(RESERVED_NAMES.has(name)).toBe(false);
        expect(() => new Function(`let ${name} = 1`)).not.toThrow();
        expect(() => new Function(`'use strict'; let ${name} = 1; return ${name}`)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('property: deterministic, and separators between words do not matter', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.constantFrom(...CASES), (words, nameCase) => {
        const name = toIdentifier(words.join(' '), nameCase, RESERVED_NAMES, 'x');
        expect(toIdentifier(words.join(' '), nameCase, RESERVED_NAMES, 'x')).toBe(name);
        for (const separator of ['-', '_', '.', '/', '  ', '{}', '😀']) {
          expect(toIdentifier(words.join(separator), nameCase, RESERVED_NAMES, 'x')).toBe(name);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitWords', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['foo', ['foo']],
    ['fooBar', ['foo', 'Bar']],
    ['FooBar', ['Foo', 'Bar']],
    ['getHTTPStatus', ['get', 'HTTP', 'Status']],
    ['HTTPStatus', ['HTTP', 'Status']],
    ['HTTP', ['HTTP']],
    ['v2Beta', ['v2', 'Beta']],
    ['get2FA', ['get2', 'FA']],
    ['snake_case_name', ['snake', 'case', 'name']],
    ['kebab-case.name/with spaces', ['kebab', 'case', 'name', 'with', 'spaces']],
    ['__proto__', ['proto']],
    ['$ref', ['ref']],
    ['{petId}', ['pet', 'Id']],
    ['a😀b', ['a', 'b']],
    ['мойМетод', ['мой', 'Метод']],
    ['cafe\u0301', ['café']],
    ['a\u200db', ['a\u200db']],
  ])('splitWords(%j) is %j', (raw, expected) => {
    expect(splitWords(raw)).toStrictEqual(expected);
  });

  it('splits its own words no further, so names can be built from words without splitting again', () => {
    fc.assert(fc.property(anyString, (raw) => expect(splitWords(splitWords(raw).join(' '))).toStrictEqual(splitWords(raw))), { numRuns: 5000 });
  });

  it('splits ASCII text by its fast rules exactly as by the Unicode ones', () => {
    // A trailing no-break space is a separator (no extra word) that is not ASCII, so it forces the Unicode rules.
    const ascii = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'B', 'z', 'Z', '0', '9', '_', '-', ' ', '$', '.'), fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c))) });
    fc.assert(fc.property(ascii, (raw) => expect(splitWords(raw)).toStrictEqual(splitWords(`${raw}\u00a0`))), { numRuns: 2000 });
  });
});

describe('applyCase', () => {
  it.each<[string, NameCase, string]>([
    ['', 'camel', ''],
    ['!!', 'pascal', ''],
    ['2fa', 'camel', '2fa'],
    ['class', 'camel', 'class'],
    ['get user by id', 'camel', 'getUserById'],
    ['get user by id', 'pascal', 'GetUserById'],
    ['get user by id', 'constant', 'GET_USER_BY_ID'],
    ['get user 2', 'camel', 'getUser2'],
    ['get user 2', 'constant', 'GET_USER_2'],
  ])('applyCase(%j, %s) is %j (never prefixed or checked)', (raw, nameCase, expected) => {
    expect(applyCase(raw, nameCase)).toBe(expected);
  });
});

describe('isIdentifierText', () => {
  it.each<[string, boolean]>([
    ['foo', true],
    ['_foo', true],
    ['$foo', true],
    ['$', true],
    ['_', true],
    ['café', true],
    ['a\u200db', true],
    ['class', true],
    ['', false],
    ['2fa', false],
    ['foo-bar', false],
    ['foo bar', false],
    ['😀', false],
    ['\u0301a', false],
    ['a\ud800', false],
  ])('isIdentifierText(%j) is %s', (raw, expected) => {
    expect(isIdentifierText(raw)).toBe(expected);
  });
});

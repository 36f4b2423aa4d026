// The int64 codec: digits past 2^53 survive decoding and encoding exactly where the plan says int64,
// and everything else reads and writes as JSON.parse / JSON.stringify would.

import fc from 'fast-check';
import { decodeJson, encodeJson, type Int64Codec, type Int64Plan } from '../../../generated/ringcentral/runtime';

const asString: Int64Codec = {
  repr: 'string',
  plans: { Pet: { o: { id: { i: true }, parent: { x: ['Pet'] }, tags: { a: { o: { n: { i: true } } } } } } },
};
const asBigint: Int64Codec = { ...asString, repr: 'bigint' };
const pet: Int64Plan = { x: ['Pet'] };

it('keeps int64 digits as strings or bigints, and leaves other numbers alone', () => {
  const text = '{"id": 9007199254740993, "age": 9007199254740993, "parent": {"id": -12345678901234567890}, "tags": [{"n": 1}, {"n": 2, "m": 3}]}';
  expect(decodeJson(text, pet, asString)).toEqual({
    id: '9007199254740993',
    age: 9007199254740992,
    parent: { id: '-12345678901234567890' },
    tags: [{ n: '1' }, { n: '2', m: 3 }],
  });
  expect(decodeJson(text, pet, asBigint)).toEqual({
    id: 9007199254740993n,
    age: 9007199254740992,
    parent: { id: -12345678901234567890n },
    tags: [{ n: 1n }, { n: 2n, m: 3 }],
  });
});

it('keeps a __proto__ key as data, as JSON.parse does', () => {
  const decoded = decodeJson('{"__proto__": {"polluted": 1}}', {}, asString) as Record<string, unknown>;
  expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
  expect(Object.keys(decoded)).toEqual(['__proto__']);
});

it.each(['', '{', '{"a" 1}', '[1,]', 'tru', '1 2', '{"a":1,}', '"unterminated'])('refuses malformed JSON %j like JSON.parse', (text) => {
  expect(() => JSON.parse(text)).toThrow(SyntaxError);
  expect(() => decodeJson(text, pet, asString)).toThrow(SyntaxError);
});

it('decodes any JSON as JSON.parse does when no int64 is involved', () => {
  fc.assert(
    fc.property(fc.json(), (text) => {
      expect(decodeJson(text, {}, asString)).toEqual(JSON.parse(text));
    }),
  );
});

it('encodes strings and bigints at int64 positions as JSON numbers', () => {
  const value = { id: '9007199254740993', age: 3, parent: { id: -5n }, tags: [{ n: 7n }], skip: undefined, when: new Date(0) };
  expect(encodeJson(value, pet, asString)).toBe('{"id":9007199254740993,"age":3,"parent":{"id":-5},"tags":[{"n":7}],"when":"1970-01-01T00:00:00.000Z"}');
});

it('refuses what cannot be an int64, and bigints elsewhere', () => {
  expect(() => encodeJson({ id: '12a' }, pet, asString)).toThrow('expected an int64, got "12a"');
  expect(() => encodeJson({ age: 1n }, pet, asString)).toThrow('a bigint can only be sent where the spec says int64');
});

it('encodes any JSON value as JSON.stringify does when no int64 is involved', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(encodeJson(value, {}, asString)).toBe(JSON.stringify(value));
    }),
  );
});

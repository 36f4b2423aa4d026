import fc from 'fast-check';
import type { NameCase } from '../../../generator/naming/identifier';
import { RESERVED_NAMES } from '../../../generator/naming/reserved';
import { compareKeys, type NameForm, type NameRequest, resolveNames } from '../../../generator/naming/resolveNames';

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

const form = (nameCase: NameCase, suffix = ''): NameForm => ({ case: nameCase, suffix });

/** One name per request, in camel case. */
const FN = { fn: form('camel') } as const;
/** A type name per request. */
const TYPE = { type: form('pascal') } as const;
/** The forms the generator asks for an operation (see model/planNames.ts). */
const OPERATION = {
  fn: form('camel'),
  params: form('pascal', 'Params'),
  response: form('pascal', 'Response'),
  errorCode: form('pascal', 'ErrorCode'),
  error: form('pascal', 'Error'),
  errors: form('camel', 'Errors'),
  descriptor: form('camel', 'Operation'),
} as const;

function request<K extends string>(raw: string, sortKey: string, forms: Readonly<Record<K, NameForm>>, fallback = 'fallback'): NameRequest<K> {
  return { raw, fallback, sortKey, forms };
}

/** Resolves single-form requests given as [raw, sortKey] and returns the names in input order. */
function single(rows: readonly (readonly [string, string])[], reserved: ReadonlySet<string> = RESERVED_NAMES): string[] {
  return resolveNames(
    rows.map(([raw, sortKey]) => request(raw, sortKey, FN)),
    reserved,
  ).map((r) => r.fn);
}

describe('resolveNames: one form per request', () => {
  it.each<[string, [string, string][], string[]]>([
    ['no requests', [], []],
    ['distinct names stay as they are', [['getUser', 'a'], ['listUsers', 'b']], ['getUser', 'listUsers']],
    ['foo and Foo, both camel', [['foo', 'a'], ['Foo', 'b']], ['foo', 'foo2']],
    ['foo and Foo, the other sortKey order', [['foo', 'b'], ['Foo', 'a']], ['foo2', 'foo']],
    ['three of the same raw name', [['foo', 'a'], ['foo', 'b'], ['foo', 'c']], ['foo', 'foo2', 'foo3']],
    ['served by sortKey, not input order', [['foo', 'c'], ['foo', 'a'], ['foo', 'b']], ['foo3', 'foo', 'foo2']],
    ['equal sortKeys fall back to input order', [['foo', 'k'], ['foo', 'k'], ['foo', 'k']], ['foo', 'foo2', 'foo3']],
    ['different spellings of one name', [['get-user', 'a'], ['get_user', 'b'], ['GetUser', 'c'], ['get user', 'd']], ['getUser', 'getUser2', 'getUser3', 'getUser4']],
    ['a numbered name that is already taken is skipped', [['foo', 'a'], ['foo2', 'b'], ['foo', 'c']], ['foo', 'foo2', 'foo3']],
    ['a later plain name that equals a numbered one is numbered itself', [['foo', 'a'], ['foo', 'b'], ['foo2', 'c']], ['foo', 'foo2', 'foo2_2']],
    // `foo12` would read as twelve.
    ['a digit word and the numbered suffix, kept apart', [['foo1', 'a'], ['foo 1', 'b']], ['foo1', 'foo1_2']],
    ['digit words kept apart', [['v1.2', 'a'], ['1.5', 'b']], ['v1_2', '_1_5']],
    ['reserved names are prefixed before collisions are checked', [['class', 'a'], ['_class', 'b']], ['_class', 'class2']],
    ['the prefixed one and the plain one the other way round', [['class', 'b'], ['_class', 'a']], ['class2', '_class']],
    ['reserved globals', [['Promise', 'a'], ['constructor', 'b'], ['__proto__', 'c']], ['promise', '_constructor', 'proto']],
    ['digit-leading names', [['2fa', 'a'], ['2fa', 'b'], ['2FA', 'c']], ['_2fa', '_2fa2', '_2Fa']],
    ['empty raw names use the fallback', [['', 'a'], ['!!!', 'b']], ['fallback', 'fallback2']],
    ['unicode names', [['café', 'a'], ['CAFÉ', 'b'], ['数据', 'c'], ['数据', 'd']], ['café', 'café2', '数据', '数据2']],
    ['emoji only: fallback', [['😀', 'a'], ['🚀', 'b']], ['fallback', 'fallback2']],
  ])('%s', (_name, rows, expected) => {
    expect(single(rows)).toStrictEqual(expected);
  });

  it('pascal forms collide the same way', () => {
    const names = resolveNames([request('pet', 'a', TYPE), request('Pet', 'b', TYPE), request('PET', 'c', TYPE)], RESERVED_NAMES);
    expect(names).toStrictEqual([{ type: 'Pet' }, { type: 'Pet2' }, { type: 'Pet3' }]);
  });

  it('uses the reserved set it is given', () => {
    expect(single([['foo', 'a'], ['_foo', 'b'], ['class', 'c']], new Set(['foo']))).toStrictEqual(['_foo', 'foo2', 'class']);
  });

  it('falls back per request: the fallback of each request is its own', () => {
    const names = resolveNames(
      [request('', 'a', FN, 'get pets'), request('', 'b', FN, 'get pets'), request('', 'c', FN, 'put pets')],
      RESERVED_NAMES,
    );
    expect(names).toStrictEqual([{ fn: 'getPets' }, { fn: 'getPets2' }, { fn: 'putPets' }]);
  });

  it('a request whose raw name and fallback are both unusable still gets a valid name', () => {
    const names = resolveNames([request('!', 'a', FN, '?'), request('', 'b', FN, '')], RESERVED_NAMES);
    expect(names).toStrictEqual([{ fn: '_' }, { fn: '_2' }]);
  });
});

describe('resolveNames: groups of forms', () => {
  it('an operation gets every form from one base', () => {
    expect(resolveNames([request('listExtensionActiveCalls', 'a', OPERATION)], RESERVED_NAMES)).toStrictEqual([
      {
        fn: 'listExtensionActiveCalls',
        params: 'ListExtensionActiveCallsParams',
        response: 'ListExtensionActiveCallsResponse',
        errorCode: 'ListExtensionActiveCallsErrorCode',
        error: 'ListExtensionActiveCallsError',
        errors: 'listExtensionActiveCallsErrors',
        descriptor: 'listExtensionActiveCallsOperation',
      },
    ]);
  });

  it('a colliding group is numbered as a whole, the number before the suffix', () => {
    const names = resolveNames([request('getUser', 'a', OPERATION), request('get_user', 'b', OPERATION)], RESERVED_NAMES);
    expect(names[1]).toStrictEqual({
      fn: 'getUser2',
      params: 'GetUser2Params',
      response: 'GetUser2Response',
      errorCode: 'GetUser2ErrorCode',
      error: 'GetUser2Error',
      errors: 'getUser2Errors',
      descriptor: 'getUser2Operation',
    });
  });

  it('numbers thousands of requests named alike in order, around names other requests hold', () => {
    const requests: NameRequest<string>[] = Array.from({ length: 3000 }, (_, i) => request('x', `k${String(i).padStart(5, '0')}`, OPERATION));
    // Sorted among them: a request whose own name is what the third `x` would get, and one that
    // takes a form of the fifth (`X5Params`) from another scope of forms.
    requests.push(request('x3', 'k00001a', OPERATION), request('x5', 'k00002a', { type: form('pascal', 'Params') }));
    const names = resolveNames(requests, RESERVED_NAMES);
    expect(names.slice(0, 8).map((n) => n['fn'])).toEqual(['x', 'x2', 'x4', 'x6', 'x7', 'x8', 'x9', 'x10']);
    expect(names[2999]!['fn']).toBe('x3002'); // 3,000 numbers, 3 and 5 skipped
    expect(names.slice(3000).map((n) => Object.values(n)[0])).toEqual(['x3', 'X5Params']);
  });

  const OP = { fn: form('camel'), params: form('pascal', 'Params') } as const;

  it.each<[string, NameRequest<string>[], Record<string, string>[]]>([
    [
      'a derived form collides with a later request: the later one is numbered',
      [request('getUser', '0 a', OP), request('GetUserParams', '1 GetUserParams', TYPE)],
      [{ fn: 'getUser', params: 'GetUserParams' }, { type: 'GetUserParams2' }],
    ],
    [
      'a derived form collides with an earlier request: the whole group is numbered',
      [request('getUser', '1 a', OP), request('GetUserParams', '0 GetUserParams', TYPE)],
      [{ fn: 'getUser2', params: 'GetUser2Params' }, { type: 'GetUserParams' }],
    ],
    [
      'only one form of the group is taken, and that is enough to number the group',
      [request('user', '0', FN), request('User', '1', OP)],
      [{ fn: 'user' }, { fn: 'user2', params: 'User2Params' }],
    ],
    [
      'the other forms stay free when a group moves on',
      [request('pet', '0', OP), request('pet', '1', OP), request('Pet2Params', '2', TYPE), request('pet', '3', OP)],
      [{ fn: 'pet', params: 'PetParams' }, { fn: 'pet2', params: 'Pet2Params' }, { type: 'Pet2Params2' }, { fn: 'pet3', params: 'Pet3Params' }],
    ],
    [
      'a suffix word that is part of another raw name',
      [request('pet', '0', { fn: form('camel'), descriptor: form('camel', 'Operation') }), request('petOperation', '1', FN)],
      [{ fn: 'pet', descriptor: 'petOperation' }, { fn: 'petOperation2' }],
    ],
    [
      'forms in a different case do not collide with each other',
      [request('pet', '0', { fn: form('camel'), type: form('pascal'), constant: form('constant') })],
      [{ fn: 'pet', type: 'Pet', constant: 'PET' }],
    ],
    [
      'a reserved derived form is prefixed, the others are not',
      [request('api', '0', { fn: form('camel'), error: form('pascal', 'Error') }), request('', '1', { type: form('pascal', 'Error') }, 'api')],
      [{ fn: 'api', error: '_ApiError' }, { type: 'Api2Error' }],
    ],
  ])('%s', (_name, requests, expected) => {
    expect(resolveNames(requests, RESERVED_NAMES)).toStrictEqual(expected);
  });

  it.each<[string, Readonly<Record<string, NameForm>>]>([
    ['two identical forms', { a: form('camel'), b: form('camel') }],
    ['camel and pascal of a caseless name', { a: form('camel', 'Params'), b: form('pascal', 'Params') }],
  ])('a request whose own forms coincide is refused instead of looping forever: %s', (_name, forms) => {
    expect(() => resolveNames([request('数据', 'a', forms)], RESERVED_NAMES)).toThrow(/give the same name/);
  });
});

describe('resolveNames: order independence and validity (property)', () => {
  const raw = fc.oneof(
    fc.constantFrom('foo', 'Foo', 'foo2', 'FOO', 'class', '_class', 'Promise', '2fa', '', '!!', '__proto__', 'constructor', 'get user', 'getUser'),
    fc.string({ maxLength: 8 }),
  );

  it('every name is valid, unreserved and used once; the same names whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ raw, sortKey: fc.string({ maxLength: 6 }), op: fc.boolean() }), {
          selector: (r) => r.sortKey,
          maxLength: 12,
        }),
        fc.integer(),
        (rows, seed) => {
          const requests = rows.map((r) => request<string>(r.raw, r.sortKey, r.op ? OPERATION : TYPE));
          const names = resolveNames(requests, RESERVED_NAMES);
          const all = names.flatMap((n) => Object.values(n) as string[]);
          expect(new Set(all).size).toBe(all.length);
          for (const name of all) {
            expect(name).toMatch(IDENTIFIER);
            expect(RESERVED_NAMES.has(name)).toBe(false);
          }
          // A shuffled copy resolves to the same names per request.
          const order = requests.map((_, i) => i);
          let state = seed;
          for (let i = order.length - 1; i > 0; i -= 1) {
            state = (state * 1103515245 + 12345) | 0;
            const j = Math.abs(state) % (i + 1);
            [order[i], order[j]] = [order[j]!, order[i]!];
          }
          const shuffled = resolveNames(order.map((i) => requests[i]!), RESERVED_NAMES);
          order.forEach((original, position) => expect(shuffled[position]).toStrictEqual(names[original]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('compareKeys', () => {
  it.each<[string, string, number]>([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['', 'a', -1],
    ['B', 'a', -1],
    ['a', 'B', 1],
    ['a', 'ab', -1],
    ['0 /pets 1', '0 /pets 10', -1],
    ['0 /pets 2', '0 /pets 10', 1],
    ['\u00e9', 'z', 1],
    ['\uffff', '😀', 1],
  ])('compareKeys(%j, %j) is %d', (a, b, expected) => {
    expect(compareKeys(a, b)).toBe(expected);
  });
});

describe('the name lock', () => {
  const raws = fc.constantFrom('pet', 'Pet', 'pet_2', 'pet2', 'getPet', 'get-pet', 'GetPet', 'list', '2', '');
  const rows = (size: number) => fc.array(fc.tuple(raws, fc.string({ maxLength: 3 })), { maxLength: size });

  it('keeps every locked name when requests that would outrank or collide with them are added', () => {
    fc.assert(
      fc.property(rows(8), rows(8), (before, inserted) => {
        const first = resolveNames(before.map(([raw, key]) => request(raw, key, OPERATION)), RESERVED_NAMES);
        const locked = before.map(([raw, key], i) => ({ ...request(raw, key, OPERATION), locked: first[i]!.fn }));
        // Newcomers sort first, so without the lock they would take the plain names.
        const all = [...inserted.map(([raw, key]) => request(raw, ` ${key}`, OPERATION)), ...locked];
        const second = resolveNames(all, RESERVED_NAMES).slice(inserted.length);
        expect(second).toEqual(first);
        expect(new Set(resolveNames(all, RESERVED_NAMES).flatMap((r) => Object.values(r))).size).toBe(all.length * Object.keys(OPERATION).length);
      }),
    );
  });

  it('without the lock, an inserted request that sorts first takes the plain name', () => {
    const [first] = resolveNames([request('pet', 'b', TYPE)], RESERVED_NAMES);
    const again = resolveNames([request('Pet', 'a', TYPE), request('pet', 'b', TYPE)], RESERVED_NAMES);
    expect([first!.type, again[1]!.type]).toEqual(['Pet', 'Pet2']);
    const locked = resolveNames([request('Pet', 'a', TYPE), { ...request('pet', 'b', TYPE), locked: 'Pet' }], RESERVED_NAMES);
    expect(locked.map((r) => r.type)).toEqual(['Pet2', 'Pet']);
  });

  it("gives a form new since the lock was made a number of its own where it meets another export's locked name", () => {
    // v1: Pet, and a declared PetInput; v2: Pet gains a readOnly field, so a `PetInput` view of its own.
    const views = { read: form('pascal'), write: form('pascal', 'Input') };
    const requests: NameRequest<string>[] = [{ ...request('Pet', '1 Pet', views), locked: 'Pet' }, { ...request('PetInput', '1 PetInput', TYPE), locked: 'PetInput' }];
    const names = resolveNames(requests, RESERVED_NAMES);
    expect(names).toEqual([{ read: 'Pet', write: 'PetInput2' }, { type: 'PetInput' }]);
  });

  it('keeps a name locked under the rules before digits were kept apart, and gives its other forms the same way', () => {
    // v1 named `listV1.2` listV12 (and ListV12Params); today's fresh name is listV1_2.
    const [fresh] = resolveNames([request('listV1.2', 'a', OPERATION)], RESERVED_NAMES);
    expect([fresh!.fn, fresh!.params]).toEqual(['listV1_2', 'ListV1_2Params']);
    const [kept] = resolveNames([{ ...request('listV1.2', 'a', OPERATION), locked: 'listV12' }], RESERVED_NAMES);
    expect([kept!.fn, kept!.params]).toEqual(['listV12', 'ListV12Params']);
    // A collision's number, and an enum value's name made before its sign was a word (`-1` was `_12` beside 1's `_1`).
    expect(single([['foo1', 'a'], ['foo 1', 'b']])).toEqual(['foo1', 'foo1_2']);
    expect(resolveNames([request('foo1', 'a', FN), { ...request('foo 1', 'b', FN), locked: 'foo12' }], RESERVED_NAMES).map((r) => r.fn)).toEqual(['foo1', 'foo12']);
    const member = { member: form('pascal') };
    const values = resolveNames([request('1', 'a', member), { ...request('minus 1', 'b', member), earlierRaws: ['-1'], locked: '_12' }], RESERVED_NAMES);
    expect(values.map((r) => r.member)).toEqual(['_1', '_12']);
  });

  it.each([
    ['a name the raw text no longer gives', 'Owner'],
    ['a number past the ones tried', 'Pet9999999'],
    ['an injected expression', 'Pet = 1; alert(1)'],
    ['a reserved word', 'Object'],
  ])('ignores %s', (_, locked) => {
    const [names] = resolveNames([{ ...request('pet', 'a', TYPE), locked }], new Set([...RESERVED_NAMES, 'Object']));
    expect(names!.type).toBe('Pet');
  });
});

import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import {
  code,
  commentText,
  docComment,
  docText,
  joinCode,
  jsonDocument,
  jsonInline,
  literal,
  objectLiteralKey,
  reEscaped,
  propertyKey,
  shellWord,
  stringLiteral,
  type TsCode,
} from '../../../generator/emit/escape';
import type { Identifier } from '../../../generator/naming';

/** Any string: whole code points, single UTF-16 code units (lone surrogates) and characters known to be awkward. */
const anyString = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    fc.constantFrom(
      '*', '/', '*/', '/*', '**/', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '@', ' ', '\t',
      '\\', "'", '"', '`', '${', '\u0000', '\ufeff', '\u00a0', '\ud800', '\udc00', '\ud83d\ude00', '__proto__', '-->', '<!--',
      '\u202e', '\u2066', '\u2069', '\u200f', '\u061c',
    ),
  ),
  maxLength: 40,
});

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function evaluate(expression: string): unknown {
  return new Function(`return ${expression}`)();
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('stringLiteral', () => {
  it.each<[string, string]>([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['"double"', `'"double"'`],
    ['back\\slash', "'back\\\\slash'"],
    ['\\n is not a newline', "'\\\\n is not a newline'"],
    ['line1\nline2', "'line1\\nline2'"],
    ['crlf\r\n', "'crlf\\r\\n'"],
    ['tab\there', "'tab\\there'"],
    ['\u0000', "'\\u0000'"],
    ['\u0008\u000b\u000c\u001b\u001f', "'\\u0008\\u000b\\u000c\\u001b\\u001f'"],
    ['\u007f\u0085\u009f', "'\\u007f\\u0085\\u009f'"],
    ['\u00a0nbsp', "'\u00a0nbsp'"],
    ['\u2028\u2029', "'\\u2028\\u2029'"],
    ['\ufeffbom', "'\\ufeffbom'"],
    ['\ud800', "'\\ud800'"],
    ['\udc00x', "'\\udc00x'"],
    ['\udc00\ud800', "'\\udc00\\ud800'"],
    ['x\ud83d', "'x\\ud83d'"],
    ['😀', "'😀'"],
    ['\ud83d\ude00\ud83d', "'😀\\ud83d'"],
    ['café 数据', "'café 数据'"],
    ['`${template}`', "'`${template}`'"],
    ['</script>', "'</script>'"],
    ['*/', "'*/'"],
    // Bidirectional controls would reorder how the line shows (Trojan Source).
    ['admin\u202e \u2066// x\u2069\u2067', "'admin\\u202e \\u2066// x\\u2069\\u2067'"],
    ['\u200e\u200f\u061c\u202a', "'\\u200e\\u200f\\u061c\\u202a'"],
  ])('stringLiteral(%j) is %s', (raw, expected) => {
    expect(stringLiteral(raw)).toBe(expected);
  });

  it('property: evaluates back to the same string', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(evaluate(stringLiteral(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: holds no raw line terminator and no lone surrogate, and is one single-quoted token', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = stringLiteral(s);
        expect(out).not.toMatch(LINE_TERMINATOR);
        expect(out).not.toMatch(LONE_SURROGATE);
        expect(out).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(out.startsWith("'") && out.endsWith("'")).toBe(true);
        // The only unescaped quotes are the two that frame it.
        expect(out.slice(1, -1).replace(/\\./gs, '')).not.toContain("'");
      }),
      { numRuns: 2000 },
    );
  });
});

describe('reEscaped', () => {
  it('escapes back what stringLiteral escapes, but tabs and line ends, in code another printer wrote', () => {
    const raw = 'a\u202eb\u2066c\u2028d\ufeffe\u0085f\u0001g\ud800h\udc00i\t\n';
    expect(reEscaped(`"${raw}"; const x = '😀';`)).toBe('"a\\u202eb\\u2066c\\u2028d\\ufeffe\\u0085f\\u0001g\\ud800h\\udc00i\t\n"; const x = \'😀\';');
  });

  it('gives back the value the string literal had', () => {
    // A printer that escapes only what the syntax needs and writes everything else raw.
    const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const reprint = (text: string) => `"${text.split('').map((ch) => ESCAPES[ch] ?? ch).join('')}"`;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(JSON.parse(reEscaped(reprint(text)))).toBe(text);
      }),
    );
  });
});

describe('literal', () => {
  it.each<[string | number | boolean | null, string]>([
    [0, '0'],
    [1, '1'],
    [-1, '-1'],
    [-0, '-0'],
    [1.5, '1.5'],
    [-2.25, '-2.25'],
    [1e21, '1e+21'],
    [-1e21, '-1e+21'],
    [1e-7, '1e-7'],
    [5e-324, '5e-324'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    [-Number.MAX_VALUE, '-1.7976931348623157e+308'],
    [true, 'true'],
    [false, 'false'],
    [null, 'null'],
    ['', "''"],
    ['x', "'x'"],
    ["it's\n", "'it\\'s\\n'"],
    ['-1', "'-1'"],
  ])('literal(%p) is %s', (value, expected) => {
    expect(literal(value)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('literal(%p) throws', (value) => {
    expect(() => literal(value)).toThrow(/cannot write the number/);
  });

  it('negative zero stays negative zero', () => {
    expect(Object.is(evaluate(literal(-0)), -0)).toBe(true);
    expect(Object.is(evaluate(literal(0)), 0)).toBe(true);
  });

  it('property: any finite number evaluates back to itself, and can follow a unary minus', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Object.is(evaluate(literal(n)), n)).toBe(true);
        // Written after a `-` or inside a union, the literal is still one number.
        expect(Object.is(evaluate(`-(${literal(n)})`), -n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('propertyKey', () => {
  it.each<[string, string]>([
    ['foo', 'foo'],
    ['fooBar2', 'fooBar2'],
    ['$x', '$x'],
    ['_', '_'],
    ['_private', '_private'],
    ['class', 'class'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
    ['', "''"],
    ['1a', "'1a'"],
    ['123', "'123'"],
    ['foo-bar', "'foo-bar'"],
    ['a b', "'a b'"],
    ['a.b', "'a.b'"],
    ['café', "'café'"],
    ["it's", "'it\\'s'"],
    ['line\nbreak', "'line\\nbreak'"],
    ['x\u2028', "'x\\u2028'"],
  ])('propertyKey(%j) is %s', (raw, expected) => {
    expect(propertyKey(raw)).toBe(expected);
  });

  it('property: as a member name it stands for exactly the key k (`__proto__` aside), on one line', () => {
    fc.assert(
      fc.property(
        anyString.filter((k) => k !== '__proto__'),
        (k) => {
          const key = propertyKey(k);
          expect(key).not.toMatch(LINE_TERMINATOR);
          expect(Reflect.ownKeys(evaluate(`{${key}: 1}`) as object)).toStrictEqual([k]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('objectLiteralKey', () => {
  it.each<[string, string]>([
    ['__proto__', "['__proto__']"],
    ['foo', 'foo'],
    ['constructor', 'constructor'],
    ['prototype', 'prototype'],
    ['__proto', '__proto'],
    ['__PROTO__', '__PROTO__'],
    [' __proto__', "' __proto__'"],
    ['', "''"],
    ['1', "'1'"],
    ['a-b', "'a-b'"],
    ["'", "'\\''"],
  ])('objectLiteralKey(%j) is %s', (raw, expected) => {
    expect(objectLiteralKey(raw)).toBe(expected);
  });

  it('`__proto__` becomes an own property, not the prototype', () => {
    const object = evaluate(`{ ${objectLiteralKey('__proto__')}: 1 }`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(object, '__proto__')?.value).toBe(1);
  });

  it('property: the literal `{ key: 1 }` has the own property k set to 1, for any k', () => {
    fc.assert(
      fc.property(anyString, (k) => {
        const object = evaluate(`{${objectLiteralKey(k)}: 1}`) as object;
        expect(Object.getOwnPropertyDescriptor(object, k)?.value).toBe(1);
        expect(Reflect.ownKeys(object)).toStrictEqual([k]);
        expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('docText', () => {
  it.each<[string, string]>([
    ['', ''],
    ['Returns a pet.', 'Returns a pet.'],
    // `*/` can never close the comment.
    ['a */ b', 'a *\\/ b'],
    ['/* x */', '/* x *\\/'],
    ['**/', '**\\/'],
    ['*/*/', '*\\/*\\/'],
    ['*\u0000/', '*\\/'],
    ['*\u0007/', '*\\/'],
    // Line terminators become \n.
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\r\r\nb', 'a\n\nb'],
    ['a\u2028b\u2029c', 'a\nb\nc'],
    ['a\u0085b', 'a\nb'],
    // Line-leading @ is escaped, any other @ is not.
    ['@param x', '\\@param x'],
    ['  @returns y', '  \\@returns y'],
    ['text\n@deprecated', 'text\n\\@deprecated'],
    ['text\r\n\t@see', 'text\n\t\\@see'],
    ['a\u2028@internal', 'a\n\\@internal'],
    ['mail me@example.com', 'mail me@example.com'],
    ['{@link Foo}', '{@link Foo}'],
    ['@@', '\\@@'],
    // Trailing blanks go; leading indentation and blank lines stay.
    ['trail   \nx\t', 'trail\nx'],
    ['  indented', '  indented'],
    ['a\n\n\nb', 'a\n\n\nb'],
    // Control characters are dropped (tab and line feed kept), lone surrogates replaced.
    ['\u0000ctl\u0007\u001f\u007f', 'ctl'],
    ['v\u000bf\u000c', 'vf'],
    ['\ud800 lone', '\ufffd lone'],
    ['x\udc00', 'x\ufffd'],
    ['😀 pair', '😀 pair'],
    ['\u00a0nbsp', '\u00a0nbsp'],
    // Bidirectional controls are spelled out, so they show where they were and reorder nothing.
    ['admin\u202e \u2066// check later\u2069', 'admin\\u202e \\u2066// check later\\u2069'],
    ['\u200f@x', '\\u200f@x'],
  ])('docText(%j) is %j', (raw, expected) => {
    expect(docText(raw)).toBe(expected);
  });

  it('property: the shortcut for text with nothing to change gives what every rule applied in turn gives', () => {
    const everyRule = (raw: string): string =>
      raw
        .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
        .replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD')
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/\*\//g, '*\\/')
        .replace(/^(\s*)@/gm, '$1\\@')
        .replace(/[ \t]+$/gm, '');
    fc.assert(
      fc.property(anyString, (s) => {
        expect(docText(s)).toBe(everyRule(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('property: no `*/`, no CR/U+2028/U+2029/U+0085, no lone surrogate, no control character but tab and newline', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = docText(s);
        expect(out).not.toContain('*/');
        expect(out).not.toMatch(/[\r\u2028\u2029\u0085]/);
        expect(out).not.toMatch(LONE_SURROGATE);
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        expect(out).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(out).not.toMatch(/^\s*@/m);
        expect(out).not.toMatch(/[ \t]$/m);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('docComment', () => {
  it.each<[string, TsCode[], string]>([
    ['no lines', [], ''],
    ['only empty lines', [code(''), code('')], ''],
    ['only newlines', [code('\n\n')], ''],
    ['one line', [docText('Get a pet.')], '/**\n * Get a pet.\n */'],
    ['leading and trailing blank lines are dropped', [code('\n\nA\n\n')], '/**\n * A\n */'],
    [
      'blank lines between paragraphs become bare stars',
      [docText('Get a pet'), code(''), docText('@deprecated use x */')],
      '/**\n * Get a pet\n *\n * \\@deprecated use x *\\/\n */',
    ],
    ['lines may hold several lines each', [docText('a\r\nb'), docText('c')], '/**\n * a\n * b\n * c\n */'],
    ['indentation is kept', [docText('list:\n  - one')], '/**\n * list:\n *   - one\n */'],
    ['a line starting with a slash does not close the comment', [docText('*/ and /')], '/**\n * *\\/ and /\n */'],
  ])('%s', (_name, lines, expected) => {
    expect(docComment(lines)).toBe(expected);
  });

  it('property: docComment([docText(s)]) holds exactly one `*/`, at its end, or is empty when there is nothing to say', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const text = docText(s);
        const comment = docComment([text]);
        if (text.replace(/\n/g, '') === '') {
          expect(comment).toBe('');
          return;
        }
        expect(count(comment, '*/')).toBe(1);
        expect(comment.startsWith('/**\n')).toBe(true);
        expect(comment.endsWith('\n */')).toBe(true);
        // It is one comment: code after it still runs.
        expect(new Function(`${comment}\nreturn 42;`)()).toBe(42);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: several docText lines still give one comment', () => {
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 5 }), (parts) => {
        const comment = docComment(parts.map(docText));
        expect(count(comment, '*/')).toBeLessThanOrEqual(1);
        expect(new Function(`${comment}\nreturn 42;`)()).toBe(42);
      }),
      { numRuns: 500 },
    );
  });
});

describe('commentText', () => {
  it.each<[string, string]>([
    ['', ''],
    ['plain', 'plain'],
    ['a\nb', 'a b'],
    ['a\r\nb\rc', 'a b c'],
    ['a\u2028b\u2029c\u0085d', 'a b c d'],
    ['a\n\n\nb', 'a   b'],
    ['trailing  \nnext', 'trailing next'],
    ['*/ end', '*\\/ end'],
    ['x\n@tag', 'x \\@tag'],
    ['\u0000ctl', 'ctl'],
    ['\ud800', '\ufffd'],
  ])('commentText(%j) is %j', (raw, expected) => {
    expect(commentText(raw)).toBe(expected);
  });

  it('property: one line, so a `//` comment cannot end early', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = commentText(s);
        expect(out).not.toMatch(LINE_TERMINATOR);
        expect(new Function(`// ${out}\nreturn 42;`)()).toBe(42);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('code and joinCode', () => {
  it('code returns its text unchanged', () => {
    expect(code('const x = 1;')).toBe('const x = 1;');
  });

  it('joinCode joins fragments with the separator', () => {
    expect(joinCode([code('a'), 'b' as Identifier, stringLiteral('c')], ', ')).toBe("a, b, 'c'");
    expect(joinCode([], ', ')).toBe('');
  });
});

describe('jsonInline and jsonDocument', () => {
  it('escape bidirectional controls too, and the JSON means the same', () => {
    const value = { 'k\u202e': ['a\u2066b\u2069', 'plain'] };
    expect(jsonInline(value)).toBe('{"k\\u202e":["a\\u2066b\\u2069","plain"]}');
    expect(JSON.parse(jsonInline(value))).toEqual(value);
    expect(jsonDocument(value)).toBe('{\n  "k\\u202e": [\n    "a\\u2066b\\u2069",\n    "plain"\n  ]\n}\n');
  });
});

describe('shellWord', () => {
  it.each([
    ['spec/petstore.yaml', 'spec/petstore.yaml'],
    ['x;touch PWNED;.yaml', "'x;touch PWNED;.yaml'"],
    ["it's $(id) `id` *.yaml", "'it'\\''s $(id) `id` *.yaml'"],
    ['', "''"],
  ])('shellWord(%j) is %s', (raw, expected) => {
    expect(shellWord(raw)).toBe(expected);
  });

  it('a POSIX shell reads each back as exactly the one word it was made from', () => {
    const words = ['plain/path.yaml', 'x;touch PWNED;.yaml', "a'b", "''", '$(id) `id` ${HOME} \\ "q" *', 'new\nline', ' lead and trail ', '-n'];
    const script = words.map((w) => `printf '%s\\0' ${shellWord(w)}`).join('; ');
    expect(execFileSync('sh', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1)).toEqual(words);
  });
});

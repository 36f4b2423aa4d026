// indent builds its text from slices; it must give what prefixing every line that has text does.

import fc from 'fast-check';
import { block, indent } from '../../../generator/emit/layout';

describe('indent', () => {
  it.each([
    ['', ''],
    ['a', '  a'],
    ['a\nb', '  a\n  b'],
    ['a\n\nb', '  a\n\n  b'],
    ['a\n', '  a\n'],
    ['\na', '\n  a'],
    ['\n\n', '\n\n'],
  ])('%j → %j', (fragment, expected) => {
    expect(indent(fragment)).toBe(expected);
  });

  it('prefixes every line that has text with two spaces, and nothing else', () => {
    // Fragments never hold \r, U+2028 or U+2029 (escape.ts writes them as escapes or as \n).
    const fragment = fc.array(fc.constantFrom('a', ' ', '\n', '{', '*/', 'é', '𐐨'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(fragment, (f) => indent(f) === f.replace(/^(?=.)/gm, '  ')));
  });

  it('nests: a block in a block is indented once per level', () => {
    expect(block('{', [block('{', ['a: 1;'], '}')], '}')).toBe('{\n  {\n    a: 1;\n  }\n}');
  });
});

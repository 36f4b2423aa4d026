// The banner --js blanks before oxc converts a file and puts back as written: the comments the
// file starts with, and never a line of code.

import { bannerOf } from '../../../generator/emit/javaScriptForms';

it.each([
  ['// a\n// b\nimport x from "y";\n', '// a\n// b\n'],
  ['/* eslint-disable */\n\n/*\n * © Acme\n */\n// c\n\nimport x from "y";\n', '/* eslint-disable */\n\n/*\n * © Acme\n */\n// c\n'],
  ['  /* indented */  \nexport const a = 1;\n', '  /* indented */  \n'],
  ['\n\nexport const a = 1;\n', ''],
  ['export const a = 1; // not a banner\n', ''],
])('takes the leading comments of %j', (text, banner) => {
  expect(bannerOf(text)).toBe(banner);
});

it('stops at a line with code after a block, even when a later block ends a line', () => {
  // A lazy match would run on to the next `*/` and take the code between as comment.
  expect(bannerOf('/* a */ export const x = 1; /* b */\nexport const y = 2;\n')).toBe('');
  expect(bannerOf('// kept\n/* eslint-disable */ import x from "y";\n/** doc */\nexport const a = 1;\n')).toBe('// kept\n');
});

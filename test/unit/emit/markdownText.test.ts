// markdownText and markdownCode: spec text in the output folder's README.md renders as itself, on
// one line, and can open no HTML tag, link, image, emphasis, code span, table cell or block.

import fc from 'fast-check';
import { markdownCode, markdownText } from '../../../generator/emit/escape';
import { autolinkTriggers, readInline, AUTOLINK_BREAK } from '../../helpers/markdownInline';

describe('markdownText', () => {
  it.each<[string, string]>([
    ['List all pets', 'List all pets'],
    ['admin\u202e x\u2066', 'admin\\\\u202e x\\\\u2066'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript:alert(1))'],
    ['![img](x.png)', '!\\[img\\](x.png)'],
    ['*bold* _it_ ~~gone~~ `code`', '\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~ \\`code\\`'],
    ['a | b', 'a \\| b'],
    ['# Title #', '\\# Title \\#'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=== under', '\\=== under'],
    [':-- | --:', '\\:-- \\| --:'],
    ['1. first', '1\\. first'],
    ['12) twelfth', '12\\) twelfth'],
    ['> quote', '\\> quote'],
    ['a - b + c = d', 'a - b + c = d'],
    ['line1\nline2\r\n\u2028line3\u0085end', 'line1 line2 line3 end'],
    ['  padded\t ', 'padded'],
    ['&amp; &#60;', '\\&amp; \\&\\#60;'],
    ['$x$ {y} ^z', '\\$x\\$ \\{y\\} \\^z'],
    ['back\\slash', 'back\\\\slash'],
    ['see https://evil.example', 'see https:&#8203;//evil.example'],
    ['www.evil.example and WWW.X.Y', 'www&#8203;.evil.example and WWW&#8203;.X.Y'],
    ['mail me@evil.example', 'mail me&#8203;@evil.example'],
    ['nul\u0000 and \ud800 lone', 'nul and \ufffd lone'],
    ['v1.0 (beta)', 'v1.0 (beta)'],
    ['2.1', '2.1'],
    ['3)', '3\\)'],
  ])('%j', (raw, expected) => {
    expect(markdownText(raw)).toBe(expected);
  });
});

describe('markdownCode', () => {
  it.each<[string, string]>([
    ['GET /pets/{id}', '`GET /pets/{id}`'],
    ['GET /a\u202e\u2066', '`GET /a\\u202e\\u2066`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['x`', '`` x` ``'],
    ['', '` `'],
    ['<b>|[x](y)', '`<b>|[x](y)`'],
    ['two\nlines', '`two lines`'],
  ])('%j', (raw, expected) => {
    expect(markdownCode(raw)).toBe(expected);
  });
});

/** Strings made of the characters and fragments that Markdown, HTML and GFM give meaning to. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<', '>', '</', '<!--', '-->', '<script>', '<img src=x onerror=alert(1)>', '<https://evil.example>', '[', ']', '](', '![',
        '[x]: https://evil.example', '[^1]', '(', ')', '*', '**', '_', '__', '~', '~~', '`', '```', '|', '#', '$', '{', '}', '^',
        '&', '&lt;', '&#60;', '&#x3C;', '\\', '\\<', '-', '+', '=', '1.', '1)', ':', '://', 'https://', 'javascript:', 'www.',
        'WWW.', '@', 'a@b.c', 'mailto:', '.', ' ', '  ', '\t', '\n', '\r\n', '\u2028', '\u0085', '\u0000', '\ud800', '\u200b',
        '\u202e', '\u2066', '\u200f',
      ),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** What the text must render as: one line, whitespace folded, control characters dropped, bidi controls spelled out. */
function folded(raw: string): string {
  return raw
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\ufffd')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
    .replace(/[\s\u0085]+/g, ' ')
    .trim();
}

it('no spec text can open a tag, a link or any other construct, in text or in a code span', () => {
  fc.assert(
    fc.property(hostile, hostile, (prose, path) => {
      const text = readInline(markdownText(prose));
      // Every HTML construct and angle-bracket autolink starts with `<`; links, images, footnotes
      // and reference definitions need `[`; code spans, emphasis and the rest need the others.
      expect(text.live).not.toMatch(/[<>[\]`*_~|#$&{}^\\]/);
      expect(text.codeSpans).toEqual([]);
      // Renders as the spec wrote it, but for the breaks.
      expect(text.text.split(AUTOLINK_BREAK).join('')).toBe(folded(prose).split(AUTOLINK_BREAK).join(''));

      // In the shape of a README operation line: our code span, a spec code span, spec prose.
      const line = `- \`listPets\` ${markdownCode(path)}: ${markdownText(prose)}`;
      expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      const read = readInline(line);
      expect(read.codeSpans).toEqual(['listPets', folded(path) || ' ']);
      expect(read.live).toBe(`-  : ${text.live}`);
      expect(autolinkTriggers(read.text)).toEqual([]);
    }),
    { numRuns: 2000 },
  );
});

it('spec text at the start of a line starts no block', () => {
  fc.assert(
    fc.property(hostile, (raw) => {
      const text = markdownText(raw);
      // Lists, thematic breaks, setext underlines, quotes, headings, table rows, HTML blocks, fences, indented code.
      expect(text).not.toMatch(/^([-+=:*_>#|<`~]|\d+[.)]( |$)|\s)/);
    }),
    { numRuns: 2000 },
  );
});

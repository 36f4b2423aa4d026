// The one place where spec text becomes generated text (identifiers come from naming/): TypeScript
// source, and the output folder's README.md and package.json. Each kind has its own brand, so raw text cannot slip in.

import type { Identifier } from '../naming';

declare const tsCodeBrand: unique symbol;
/** A fragment of TypeScript source that is safe to paste where its kind of code belongs. */
export type TsCode = string & { readonly [tsCodeBrand]: 'TsCode' };

/** Code that the generator itself wrote (no spec text in it). */
export function code(fixed: string): TsCode {
  return fixed as TsCode;
}

/** Joins fragments that are already code. */
export function joinCode(parts: readonly (TsCode | Identifier)[], separator: string): TsCode {
  return parts.join(separator) as TsCode;
}

/**
 * A generated name inside doc text, as a code span. Not `{@link name}`: tsc parses each doc comment
 * that holds `@link` or `@see` into syntax nodes and skips all others, and with a link in the doc of
 * every operation and of its types, that was a fifth of the time to check Microsoft Graph's client.
 */
export function docName(name: string): TsCode {
  return `\`${name}\`` as TsCode;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex4(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * Bidirectional controls (embeddings, overrides, isolates, marks): raw in a comment or a string
 * they reorder how the code around them is shown, so a reviewer reads other code than runs
 * ("Trojan Source", CVE-2021-42574). Strings escape them; comments and Markdown spell them out.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const isBidi = (unit: number): boolean =>
  unit === 0x061c || unit === 0x200e || unit === 0x200f || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);

/**
 * Each bidirectional control as the six characters `\u202e`: in a comment or Markdown they show where
 * it was, and in JSON text (where such a control can only stand inside a string) they are its escape.
 */
function bidiEscaped(text: string): string {
  return text.replace(BIDI, (ch) => hex4(ch.charCodeAt(0)));
}

/**
 * A single-quoted string literal whose value is exactly `raw`. Escapes quotes, backslashes,
 * every control and line-terminator character (U+2028/9 included), bidirectional controls and
 * lone surrogates, so the literal survives any file encoding and any parser, and shows as it is.
 */
export function stringLiteral(raw: string): TsCode {
  let out = "'";
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i]!;
    const unit = raw.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || unit === 0x2028 || unit === 0x2029 || unit === 0xfeff || isBidi(unit)) {
      out += hex4(unit);
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + raw[i + 1]!;
        i += 1;
      } else out += hex4(unit);
    } else if (unit >= 0xdc00 && unit <= 0xdfff) out += hex4(unit);
    else out += ch;
  }
  return (out + "'") as TsCode;
}

/** What stringLiteral escapes but a tab, a newline and a carriage return, and lone surrogates. */
const UNPRINTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Generated code that another printer wrote again (oxc, for `--js`): it writes string literals
 * with the characters stringLiteral escaped as they are, bidirectional controls included. In code
 * of ours such a character can stand only inside a string literal (comments spell them out), where
 * its escape means the same: each is escaped back.
 */
export function reEscaped(code: string): string {
  return code.replace(UNPRINTED, (ch) => hex4(ch.charCodeAt(0)));
}

/** A literal for a JSON-like scalar (enum values, defaults). */
export function literal(value: string | number | boolean | null): TsCode {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write the number ${value} as a literal`);
    return (value < 0 || Object.is(value, -0) ? `-${-value}` : String(value)) as TsCode;
  }
  return String(value) as TsCode;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An interface or type-literal member name: bare when it is a plain identifier, quoted otherwise. */
export function propertyKey(raw: string): TsCode {
  return (PLAIN_KEY.test(raw) ? raw : stringLiteral(raw)) as TsCode;
}

/**
 * A key in an object literal. `__proto__` written as a plain or quoted key would set the
 * prototype instead of defining a property, so it becomes a computed key.
 */
export function objectLiteralKey(raw: string): TsCode {
  return (raw === '__proto__' ? `[${stringLiteral(raw)}]` : propertyKey(raw)) as TsCode;
}

/** Any character or sequence docText changes: line terminators, surrogates, controls, bidi controls, `@`, `*\/`, a trailing blank. */
const DOC_TEXT_WORK = /[\r\u2028\u2029\u0085\uD800-\uDFFF\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f@\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\*\/|[ \t](?:\n|$)/;

/**
 * Text for a JSDoc block (without the `/**` frame): `*\/` can no longer close the comment,
 * every line terminator becomes `\n`, control characters and lone surrogates are dropped or
 * replaced, bidirectional controls spelled out, and a line-leading `@` is escaped so spec text
 * cannot forge JSDoc tags.
 */
export function docText(raw: string): TsCode {
  // Most descriptions hold nothing to change: one test instead of seven passes (30 ms on GitHub).
  if (!DOC_TEXT_WORK.test(raw)) return raw as TsCode;
  return bidiEscaped(raw)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\*\//g, '*\\/')
    .replace(/^(\s*)@/gm, '$1\\@')
    .replace(/[ \t]+$/gm, '') as TsCode;
}

/** A whole JSDoc comment block, or empty code when there is nothing to say. */
export function docComment(lines: readonly TsCode[]): TsCode {
  const text = lines.join('\n').replace(/^\n+|\n+$/g, '');
  if (text === '') return '' as TsCode;
  const body = text.split('\n').map((line) => (line === '' ? ' *' : ` * ${line}`));
  return ['/**', ...body, ' */'].join('\n') as TsCode;
}

/** Text for inside a `//` comment: every line terminator is folded so it cannot end the comment early. */
export function commentText(raw: string): TsCode {
  return docText(raw).replace(/\n/g, ' ') as TsCode;
}

declare const markdownBrand: unique symbol;
/** Inline Markdown that renders as exactly the text it was made from: no HTML, link, emphasis or block. */
export type MarkdownText = string & { readonly [markdownBrand]: 'MarkdownText' };

/** Markdown that the generator itself wrote (no spec text in it). */
export function markdown(fixed: string): MarkdownText {
  return fixed as MarkdownText;
}

/** One line: control characters dropped, bidi controls spelled out, every run of whitespace (line terminators included) one space. */
function oneLine(raw: string): string {
  return bidiEscaped(raw)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, '')
    .replace(/[\s\u0085]+/g, ' ')
    .trim();
}

/**
 * Characters that open an inline construct anywhere in a line: HTML and autolinks (`<`), links,
 * images and footnotes (`[`), emphasis, strikethrough, code spans, table cells, entities, GitHub
 * math (`$`), MDX expressions (`{`). CommonMark lets any ASCII punctuation be backslash-escaped.
 */
const INLINE_ACTIVE = /[\\`*_[\]<>|~#$&{}^]/g;

/**
 * GFM also links bare `www.`, `scheme://` and `user@host` text, and github.com does so after
 * escapes are resolved, so escaping cannot stop it: a zero-width space inside the trigger does.
 */
const BREAK = '&#8203;';

/**
 * Spec text (a title, summary or tag name) as inline Markdown on one line, which renders as the
 * text itself: it can open no HTML, link, image, emphasis, code span, table cell or heading, and
 * starts no block (list, quote, setext underline) even at the start of a line.
 */
export function markdownText(raw: string): MarkdownText {
  const escaped = oneLine(raw)
    .replace(INLINE_ACTIVE, '\\$&')
    .replace(/^[-+=:]/, '\\$&') // a list, a setext underline, a table's delimiter row (`:-`)
    .replace(/^(\d+)([.)])(?= |$)/, '$1\\$2'); // an ordered list marker needs a space after it: `1.0` is not one
  return escaped
    .replace(/:\/\//g, `:${BREAK}//`)
    .replace(/(www)\./gi, `$1${BREAK}.`)
    .replace(/@/g, `${BREAK}@`) as MarkdownText;
}

/**
 * Text as an inline code span, whose content Markdown shows literally: the fence is one backtick
 * longer than any run inside, so nothing can close it early. Not for GFM table cells, where `|` splits.
 */
export function markdownCode(raw: string): MarkdownText {
  const text = oneLine(raw);
  if (text === '') return '` `' as MarkdownText;
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end of a span's content, so padding keeps edge backticks apart from the fence.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}` as MarkdownText;
}

/**
 * A JSON value on one line, for generated JSON files laid out by hand (the manifest); `JSON.stringify`
 * escapes every string but its bidirectional controls, which can only stand in strings: escaped too.
 */
export function jsonInline(value: unknown): string {
  return bidiEscaped(JSON.stringify(value));
}

/** A whole JSON file: 2-space indent, `\n` line ends, every string escaped as jsonInline does. */
export function jsonDocument(value: unknown): string {
  return `${bidiEscaped(JSON.stringify(value, null, 2))}\n`;
}

/**
 * One word of a POSIX shell command that means exactly `raw`: bare when it holds only characters no
 * shell treats specially, else single-quoted. The banner's regenerate command is copied into
 * terminals, and a file may be called `x;touch y;.yaml`.
 */
export function shellWord(raw: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(raw) ? raw : `'${raw.replace(/'/g, "'\\''")}'`;
}

// The one place where spec text becomes TypeScript source (identifiers come from naming/).
// Every function returns TsCode, and emitters accept only TsCode or Identifier, so raw text cannot slip in.

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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hex4(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * A single-quoted string literal whose value is exactly `raw`. Escapes quotes, backslashes,
 * every control and line-terminator character (U+2028/9 included) and lone surrogates,
 * so the literal survives any file encoding and any parser.
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
    else if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f) || unit === 0x2028 || unit === 0x2029 || unit === 0xfeff) {
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

/**
 * Text for a JSDoc block (without the `/**` frame): `*\/` can no longer close the comment,
 * every line terminator becomes `\n`, control characters and lone surrogates are dropped or
 * replaced, and a line-leading `@` is escaped so spec text cannot forge JSDoc tags.
 */
export function docText(raw: string): TsCode {
  return raw
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

// Turns raw spec text into TypeScript identifiers. The only place (with the registry) that makes names;
// it must never return a string that is not a valid identifier.

import { ID_PART, ID_START } from './identifierRanges';

declare const identifierBrand: unique symbol;
/** A string that is a valid, final TypeScript identifier. Only `naming/` creates these. */
export type Identifier = string & { readonly [identifierBrand]: 'Identifier' };

export type NameCase = 'camel' | 'pascal' | 'constant';

const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Whether a code point is in `[first, last, …]` ranges: a binary search over the pairs. */
function inRanges(ranges: readonly number[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < ranges[2 * mid]!) high = mid - 1;
    else if (codePoint > ranges[2 * mid + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Whether a character may start or continue an identifier, by TypeScript's own tables
 * (identifierRanges.ts): not the running Node's, whose newer Unicode TypeScript may not accept,
 * and which would make names depend on the machine.
 */
function isStartCode(code: number): boolean {
  return code < 0x80 ? isAsciiLetter(code) || code === 36 || code === 95 : inRanges(ID_START, code);
}

function isPartCode(code: number): boolean {
  return code < 0x80 ? isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 36 || code === 95 : inRanges(ID_PART, code);
}

/** True when `raw` can stand as an identifier as it is (reserved words aside). */
export function isIdentifierText(raw: string): boolean {
  if (ASCII_IDENTIFIER.test(raw)) return true;
  if (raw === '' || !isStartCode(raw.codePointAt(0)!)) return false;
  for (const ch of raw) if (!isPartCode(ch.codePointAt(0)!)) return false;
  return true;
}

/** The chunks of `text` between characters no identifier can hold, `_` and `$` (which split words as in ASCII text). */
function identifierChunks(text: string): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (ch === '_' || ch === '$' || !isPartCode(ch.codePointAt(0)!)) {
      if (chunk !== '') chunks.push(chunk);
      chunk = '';
    } else chunk += ch;
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}

/** Where words split inside a chunk: after a lower-case letter or digit followed by a capital, and inside acronyms before their last capital. */
const UNICODE_WORDS = { camel: /(\p{Ll}|\p{Nd})(\p{Lu})/gu, acronym: /(\p{Lu})(\p{Lu}\p{Ll})/gu };
const ASCII = /^[\x00-\x7f]*$/;

const isLower = (code: number): boolean => code >= 97 && code <= 122; // a-z
const isUpper = (code: number): boolean => code >= 65 && code <= 90; // A-Z
const isDigit = (code: number): boolean => code >= 48 && code <= 57; // 0-9

/**
 * The UNICODE_WORDS rules for ASCII text, where the classes reduce to a-z, A-Z and 0-9: a capital
 * starts a word after a lower-case letter or digit, or after a capital when a lower-case letter
 * follows (`HTTPStatus` → HTTP, Status). One pass over the text: the three regexes, and the arrays
 * between them, were the naming stage's largest cost (100 ms on Graph).
 */
function splitAsciiWords(raw: string): string[] {
  const words: string[] = [];
  let start = -1; // where the current word began; -1 between words
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (!isLower(code) && !isUpper(code) && !isDigit(code)) {
      if (start >= 0) words.push(raw.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    } else if (isUpper(code)) {
      const before = raw.charCodeAt(i - 1);
      if (isLower(before) || isDigit(before) || (isUpper(before) && isLower(raw.charCodeAt(i + 1)))) {
        words.push(raw.slice(start, i));
        start = i;
      }
    }
  }
  if (start >= 0) words.push(raw.slice(start));
  return words;
}

/**
 * Splits raw text into words: at anything that cannot be part of an identifier, at `_`,
 * and at case changes (`getHTTPStatus` → get, HTTP, Status). Digits stay with their word.
 */
export function splitWords(raw: string): string[] {
  if (ASCII.test(raw)) return splitAsciiWords(raw);
  const words: string[] = [];
  for (const chunk of identifierChunks(raw.normalize('NFC'))) {
    const parts = chunk.replace(UNICODE_WORDS.camel, '$1\u0000$2').replace(UNICODE_WORDS.acronym, '$1\u0000$2').split('\u0000');
    words.push(...parts.filter((p) => p !== ''));
  }
  return words;
}

function capitalise(word: string): string {
  // By code point, not code unit: `charAt(0)` would be half of an astral letter such as 𐐨. (Not
  // `[...word][0]`, which copies every word into an array: this runs for every name of a spec.)
  const size = (word.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  return word.slice(0, size).toUpperCase() + word.slice(size).toLowerCase();
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * How cased pieces are joined: `apart` (the rule) puts `_` where digits would meet and read as one
 * number (`1.5` is `_1_5`, not `_15`); `together` is the rule before 2026-11-30, kept so a name lock
 * written under it still holds (see resolveNames).
 */
export type DigitJoin = 'apart' | 'together';

function joined(head: string, tail: string, digits: DigitJoin): string {
  const meet = digits === 'apart' && head !== '' && tail !== '' && isDigitCode(head.charCodeAt(head.length - 1)) && isDigitCode(tail.charCodeAt(0));
  return meet ? `${head}_${tail}` : head + tail;
}

/** Applies a case to words as splitWords gives them; may return '' or a string starting with a digit. */
export function caseWords(words: readonly string[], nameCase: NameCase, digits: DigitJoin = 'apart'): string {
  switch (nameCase) {
    case 'pascal':
      return words.reduce((out: string, w) => joined(out, capitalise(w), digits), '');
    case 'camel':
      return words.reduce((out: string, w, i) => joined(out, i === 0 ? w.toLowerCase() : capitalise(w), digits), '');
    case 'constant':
      return words.map((w) => w.toUpperCase()).join('_');
  }
}

/**
 * caseWords(head ++ tail) from the head already cased: a name's base is cased once for all its forms
 * (an operation has up to twelve), and only the suffix words each time.
 */
export function appendCased(casedHead: string, tail: readonly string[], nameCase: NameCase, digits: DigitJoin = 'apart'): string {
  if (casedHead === '') return caseWords(tail, nameCase, digits);
  if (tail.length === 0) return casedHead;
  return nameCase === 'constant' ? `${casedHead}_${caseWords(tail, 'constant')}` : joined(casedHead, caseWords(tail, 'pascal', digits), digits);
}

/** Applies a case to the words of `raw`; may return '' or a string starting with a digit. */
export function applyCase(raw: string, nameCase: NameCase): string {
  return caseWords(splitWords(raw), nameCase);
}

/**
 * An enum value's text to name a member by, its sign in words: `-1` is `Minus1` (not `_1` beside
 * 1's), `-name` (a descending sort) is `MinusName`.
 */
export function signedText(value: string): string {
  return value.replace(/^-(?=[\p{L}\p{N}])/u, 'minus ').replace(/^\+(?=[\p{L}\p{N}])/u, 'plus ');
}

/** Past this length a name is cut and given a hash of the whole, so it stays usable and distinct. */
export const MAX_IDENTIFIER_LENGTH = 100;

/** FNV-1a: a small, stable hash, the same on every machine. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function shorten(name: string): string {
  return name.length <= MAX_IDENTIFIER_LENGTH ? name : `${name.slice(0, MAX_IDENTIFIER_LENGTH - 9)}_${fnv1a(name)}`;
}

/**
 * A valid identifier from raw text: cased, `_`-prefixed when it would start with a digit or
 * is reserved, and `fallback` when nothing usable is left.
 */
export function toIdentifier(raw: string, nameCase: NameCase, reserved: ReadonlySet<string>, fallback: string): Identifier {
  return identifierFromCased(applyCase(raw, nameCase), nameCase, reserved, fallback);
}

/** toIdentifier for text already put in `nameCase` by caseWords or appendCased. */
export function identifierFromCased(cased: string, nameCase: NameCase, reserved: ReadonlySet<string>, fallback: string): Identifier {
  // Casing may make a character no identifier holds (an upper case newer than TypeScript's tables).
  let name = shorten(isIdentifierText(cased) || cased === '' ? cased : identifierChunks(cased).join('_'));
  if (name === '') name = applyCase(fallback, nameCase);
  if (name === '' || !isStartCode(name.codePointAt(0)!) || reserved.has(name)) name = `_${name}`;
  if (!isIdentifierText(name)) throw new Error(`naming produced an invalid identifier from ${JSON.stringify(cased)}`);
  return name as Identifier;
}

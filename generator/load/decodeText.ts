// A spec file's bytes as text. JSON must be UTF-8, but files are written by editors that add a
// byte-order mark (Notepad) and by shells that write UTF-16 (Windows PowerShell's `>`); both are
// read as their authors meant. YAML 1.2 (§5.2) names the same encodings and how to tell them apart.

import { Buffer, isUtf8 } from 'node:buffer';
import { makeDiagnostic, type Diagnostic } from '../diagnostics';
import { positionOf } from './sourceLocator';

export type DecodedText =
  | {
      readonly ok: true;
      readonly text: string;
      /** Offset in `text` of the first character read from bytes that are not UTF-8 (now U+FFFD), or null. */
      readonly invalidAt: number | null;
    }
  | { readonly ok: false; readonly encoding: 'UTF-32LE' | 'UTF-32BE' };

const REPLACEMENT = '\uFFFD';

export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = bytes;
  // UTF-32, with its mark or an ASCII first character: 00 00 FE FF, 00 00 00 xx; FF FE 00 00, xx 00 00 00.
  if (b0 === 0 && b1 === 0 && (b2 === 0 || (b2 === 0xfe && b3 === 0xff))) return { ok: false, encoding: 'UTF-32BE' };
  if (b2 === 0 && b3 === 0 && ((b0 === 0xff && b1 === 0xfe) || (b0 !== 0 && b1 === 0))) return { ok: false, encoding: 'UTF-32LE' };
  if (b0 === 0xff && b1 === 0xfe) return { ok: true, text: utf16(bytes.subarray(2), 'le'), invalidAt: null };
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, text: utf16(bytes.subarray(2), 'be'), invalidAt: null };
  // Without a mark, a first character that is ASCII (as `{`, `openapi:` or a comment are) tells the order.
  if (b0 !== 0 && b1 === 0) return { ok: true, text: utf16(bytes, 'le'), invalidAt: null };
  if (b0 === 0 && b1 !== 0 && b1 !== undefined) return { ok: true, text: utf16(bytes, 'be'), invalidAt: null };
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return { ok: true, text, invalidAt: isUtf8(body) ? null : firstInvalid(body, text) };
}

function utf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const even = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return (order === 'be' ? even.swap16() : even).toString('utf16le');
}

/**
 * The first U+FFFD that the bytes do not spell (EF BF BD): up to it the text re-encodes to exactly
 * the bytes, so its byte offset is the length of what comes before it.
 */
function firstInvalid(bytes: Uint8Array, text: string): number {
  let byteOffset = 0;
  let from = 0;
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, from)) {
    byteOffset += Buffer.byteLength(text.slice(from, at), 'utf8');
    if (bytes[byteOffset] !== 0xef || bytes[byteOffset + 1] !== 0xbf || bytes[byteOffset + 2] !== 0xbd) return at;
    byteOffset += 3;
    from = at + 1;
  }
  // isUtf8 said no, so a replacement was made; reached only if the two disagree.
  return text.length;
}

/** The TEXT_NOT_UTF8 warning at `invalidAt` in `text` (of `file`), placed; none when it is null. */
export function notUtf8(text: string, invalidAt: number | null, file: string): Diagnostic[] {
  if (invalidAt === null) return [];
  return [{ ...makeDiagnostic('TEXT_NOT_UTF8', '#'), file, ...positionOf(text, invalidAt) }];
}

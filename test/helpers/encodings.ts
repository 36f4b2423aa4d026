// A text's bytes as editors and shells write them, for the tests of how specs are decoded.

/** UTF-8 with the byte-order mark Notepad writes. */
export function utf8WithMark(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** UTF-16LE with its byte-order mark, as Windows PowerShell's `>` writes. */
export function utf16WithMark(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** UTF-32LE without a mark (characters of the Basic Multilingual Plane only). */
export function utf32(text: string): Buffer {
  const bytes = Buffer.alloc(text.length * 4);
  [...text].forEach((c, i) => bytes.writeUInt32LE(c.codePointAt(0)!, i * 4));
  return bytes;
}

// A spec's bytes as text: UTF-8 with or without a byte-order mark, UTF-16 either way round, and
// where bytes that are not UTF-8 begin; UTF-32 is named, not guessed at.

import { decodeText } from '../../../generator/load/decodeText';

const TEXT = 'openapi: 3.0.0 # café, 日本, 😀\n';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

it.each([
  ['UTF-8', Buffer.from(TEXT, 'utf8')],
  ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
  ['UTF-16LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
  ['UTF-16BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ['UTF-16LE without a mark', Buffer.from(TEXT, 'utf16le')],
  ['UTF-16BE without a mark', utf16be(TEXT)],
])('reads %s', (_, bytes) => {
  expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT, invalidAt: null });
});

it('reads a slice of a larger buffer by its own offset', () => {
  const whole = Buffer.from(`xx${TEXT}`, 'utf8');
  expect(decodeText(whole.subarray(2))).toEqual({ ok: true, text: TEXT, invalidAt: null });
});

it.each([
  ['UTF-32LE', Buffer.from([0xff, 0xfe, 0, 0, 0x6f, 0, 0, 0])],
  ['UTF-32LE', Buffer.from([0x6f, 0, 0, 0, 0x70, 0, 0, 0])],
  ['UTF-32BE', Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x6f])],
  ['UTF-32BE', Buffer.from([0, 0, 0, 0x6f, 0, 0, 0, 0x70])],
])('names %s (%j) instead of reading it', (encoding, bytes) => {
  expect(decodeText(bytes)).toEqual({ ok: false, encoding });
});

it('finds the first byte that is not UTF-8, past a replacement character the file spells', () => {
  // "a\uFFFD" spelled in UTF-8, then Latin-1 é (0xE9), then more text.
  const before = 'title: a\uFFFD caf';
  const bytes = Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0xe9]), Buffer.from(' \uFFFD end', 'utf8')]);
  expect(decodeText(bytes)).toEqual({ ok: true, text: `${before}\uFFFD \uFFFD end`, invalidAt: before.length });
});

it.each([[Buffer.alloc(0)], [Buffer.from('x')], [Buffer.from('{}')]])('reads a short file %j', (bytes) => {
  expect(decodeText(bytes)).toEqual({ ok: true, text: bytes.toString('utf8'), invalidAt: null });
});

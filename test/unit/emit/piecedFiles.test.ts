// Large files emit prints itself come in pieces that are encoded one by one and joined only when
// something reads the whole text: the bytes hashed, compared and written must be those of the joined text.

import { syntheticSpec } from '../../../bench/syntheticSpec';
import { emitFiles, type EmittedFile } from '../../../generator/emit/emitFiles';
import { byteSize } from '../../../generator/stageTimer';
import { hashContent } from '../../../generator/hash';
import { fileHash, hasBytes, SLICE_CHARS } from '../../../generator/write/fileBytes';
import { model } from '../../helpers/pipeline';

/** A spec large enough for several pieces, with text past U+00FF and past U+FFFF in one piece only. */
function spec(): Record<string, unknown> {
  const document = syntheticSpec(300);
  const paths = document['paths'] as Record<string, Record<string, { description?: string }>>;
  const first = Object.values(Object.values(paths)[0]!)[0]!;
  first.description = 'Costs 5 € a call; returns 𝄞 and ünïcödé.';
  return document;
}

const emitted = emitFiles(model(spec()).model, { generatorVersion: '0.0.0', source: 'spec.yaml', command: 'specwright generate' });
const file = (path: string): EmittedFile => emitted.find((f) => f.path === path)!;

describe.each(['types.ts', 'operations.ts'])('%s', (path) => {
  it('comes in pieces', () => {
    expect(file(path).pieces?.length).toBeGreaterThan(2);
  });

  it('reads whole as its pieces joined', () => {
    const { pieces, content } = file(path);
    expect(content).toBe(pieces!.join(''));
  });

  it('hashes and compares as the bytes of its whole text, multi-byte characters included', () => {
    const bytes = Buffer.from(file(path).content, 'utf8');
    expect(fileHash(file(path))).toBe(hashContent(bytes));
    expect(hasBytes(file(path), bytes)).toBe(true);
  });
});

it('with --js, gives each file whole: it is converted whole, and its pieces would outlive the joined text', () => {
  const forJs = emitFiles(model(spec()).model, { generatorVersion: '0.0.0', source: 'spec.yaml', command: 'specwright generate', js: true });
  expect(forJs.filter((f) => f.pieces !== undefined)).toEqual([]);
  expect(forJs.find((f) => f.path === 'types.ts')!.content).toBe(file('types.ts').content);
});

it('puts the non-ASCII description in the operations file', () => {
  expect(file('operations.ts').content).toContain('Costs 5 € a call; returns 𝄞 and ünïcödé.');
});

it('counts the bytes of every file', () => {
  const joined = emitted.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
  expect(byteSize(emitted)).toBe(joined);
});

describe('a pieced file is never joined to be hashed, compared or measured', () => {
  const unjoinable: EmittedFile = {
    path: 'types.ts',
    pieces: ['export type A = 1;\n', '/** 5 € */\n', "export type B = '𝄞';\n"],
    get content(): string {
      throw new Error('joined');
    },
  };

  const text = "export type A = 1;\n/** 5 € */\nexport type B = '𝄞';\n";

  it('hashes piece by piece', () => {
    expect(fileHash(unjoinable)).toBe(hashContent(text));
  });

  it('compares piece by piece, and tells any other bytes apart', () => {
    expect(hasBytes(unjoinable, Buffer.from(text))).toBe(true);
    for (const other of [text.slice(0, -1), `${text} `, text.replace('€', 'e'), text.replace('𝄞', '𝄢'), '']) {
      expect(hasBytes(unjoinable, Buffer.from(other))).toBe(false);
    }
  });

  it('measures piece by piece', () => {
    expect(byteSize([unjoinable])).toBe(Buffer.byteLength(text));
  });
});

it('encodes a piece longer than a slice whole, whichever way a character past U+FFFF falls at a slice end', () => {
  for (const before of [SLICE_CHARS - 2, SLICE_CHARS - 1, SLICE_CHARS]) {
    const text = `${'a'.repeat(before)}𝄞 and ${'é'.repeat(SLICE_CHARS)}𝄞\n`;
    const long: EmittedFile = { path: 'api.ts', content: text };
    const bytes = Buffer.from(text, 'utf8');
    expect(fileHash(long)).toBe(hashContent(bytes));
    expect(hasBytes(long, bytes)).toBe(true);
  }
});

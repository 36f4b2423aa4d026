// Emit skips the TypeScript formatter for the files it prints itself, so the printer must already
// produce the formatter's layout: for any declaration, formatting the printed text changes nothing.

import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocTag, PropertyModel, TypeRef } from '../../../generator/model/ApiModel';
import type { Identifier } from '../../../generator/naming';
import type { Declaration } from '../../../generator/emit/Declaration';
import { docBody } from '../../../generator/emit/docBlock';
import { code } from '../../../generator/emit/escape';
import { formatTypeScript, syntaxError } from '../../../generator/emit/formatTypeScript';
import { printDeclarations } from '../../../generator/emit/printDeclarations';
import { createTypePrinter } from '../../../generator/emit/printType';

const name = fc.constantFrom('Pet', 'Owner', 'Tag', 'Order') as fc.Arbitrary<Identifier>;
const key = fc.oneof(fc.constantFrom('id', 'name', '200', 'x-rate-limit', '__proto__', 'a b', "it's", '{', '}', '*/'), fc.string({ maxLength: 6 }));
const text = fc.oneof(
  fc.constant(null),
  fc.constantFrom('One line.', 'Two\nlines', '  indented\n\n  para  ', '{ braces } and [brackets]', '@tag at start', 'ends with */ here', '\n\nleading blank'),
  fc.string({ maxLength: 20 }),
);
const tag: fc.Arbitrary<DocTag> = fc.record({ tag: fc.constantFrom('default', 'format', 'deprecated'), text: fc.constantFrom('', '1', '{ "a": 1 }', 'multi\nline') });

const typeRef: fc.Arbitrary<TypeRef> = fc.letrec<{ type: TypeRef; property: PropertyModel }>((tie) => ({
  type: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('primitive' as const), name: fc.constantFrom('string', 'number', 'boolean', 'null', 'unknown', 'binary', 'int64', 'never') }),
    fc.record({ kind: fc.constant('literal' as const), value: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null)) }),
    fc.record({ kind: fc.constant('named' as const), name }),
    fc.record({ kind: fc.constant('array' as const), of: tie('type') }),
    fc.record({ kind: fc.constant('tuple' as const), items: fc.array(tie('type'), { maxLength: 3 }), rest: fc.option(tie('type')) }),
    fc.record({ kind: fc.constant('union' as const), of: fc.array(tie('type'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('intersection' as const), of: fc.array(tie('type'), { minLength: 2, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('object' as const), properties: fc.array(tie('property'), { maxLength: 3 }), additional: fc.option(tie('type')) }),
  ) as fc.Arbitrary<TypeRef>,
  property: fc.record({ name: key, required: fc.boolean(), type: tie('type'), doc: text, tags: fc.array(tag, { maxLength: 2 }) }),
})).type;

const printer = createTypePrinter('string');

/** A declaration of every kind the printer knows, around an arbitrary type. */
const declaration: fc.Arbitrary<Declaration> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), name, doc: text.map((t) => docBody(t, [])), type: typeRef.map(printer.printType) }),
  fc.record({ kind: fc.constant('const' as const), name, doc: text.map((t) => docBody(t, [])), initializer: fc.constant(code('{} as const')) }),
  fc.tuple(name, text, fc.array(fc.record({ name: key, required: fc.boolean(), type: typeRef, doc: text, tags: fc.array(tag, { maxLength: 2 }) }), { maxLength: 4 }), fc.option(typeRef)).map(
    ([n, doc, properties, additional]): Declaration => {
      const object = { kind: 'object' as const, properties, additional };
      return { kind: 'interface', name: n, doc: docBody(doc, []), index: printer.indexSignatureType(object), properties: printer.objectProperties(object) };
    },
  ),
  fc.record({ kind: fc.constant('import' as const), from: fc.constant('types' as const), typeOnly: fc.boolean(), names: fc.array(fc.record({ name, typeOnly: fc.boolean() }), { minLength: 1, maxLength: 3 }) }),
);

it('prints any declarations in the layout the formatter gives them', () => {
  fc.assert(
    fc.property(fc.array(declaration, { minLength: 1, maxLength: 4 }), (declarations) => {
      const printed = printDeclarations(declarations).join('');
      expect(syntaxError('types.ts', printed)).toBeNull();
      expect(formatTypeScript('types.ts', printed)).toBe(printed);
    }),
    { numRuns: 300 },
  );
});

describe('the committed clients are in the formatter layout', () => {
  const root = join(__dirname, '../../../generated');
  const files = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.ts')).map((f) => join(d.name, f)));
  it.each(files)('%s', (file) => {
    const content = readFileSync(join(root, file), 'utf8');
    expect(formatTypeScript(file, content)).toBe(content);
  });
});

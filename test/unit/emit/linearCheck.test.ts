// Type-checking a reference at the top level of a module walks back through every earlier top-level
// declaration of the file until it meets the name's own; for an imported name it never does. One
// such reference per operation made checking operations.ts quadratic in its operations (Microsoft
// Graph: 44 s, and 39 s instead of 15 with int64 strings). The committed clients cover every kind of
// descriptor, so holding them to the rule guards the generator without timing anything.

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Node, Project, SyntaxKind, type Identifier, type SourceFile } from 'ts-morph';

const GENERATED = resolve(__dirname, '../../../generated');
const clients = readdirSync(GENERATED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/** Each value reference at the top level of `source` to a name it imports, as `name line`. */
function topLevelImportedReferences(source: SourceFile): string[] {
  const isImportedValue = (id: Identifier) => {
    const declaration = id.getSymbol()?.getDeclarations()[0];
    return Node.isImportSpecifier(declaration) && !declaration.isTypeOnly() && !declaration.getImportDeclaration().isTypeOnly();
  };
  return source
    .getDescendantsOfKind(SyntaxKind.Identifier)
    .filter((id) => !Node.isImportSpecifier(id.getParent()) && isImportedValue(id))
    .filter((id) => id.getFirstAncestor((a) => Node.isFunctionLikeDeclaration(a)) === undefined)
    .map((id) => `${id.getText()} ${id.getStartLineNumber()}`);
}

it.each(clients)('%s/operations.ts refers to imported values only inside function bodies', (client) => {
  const source = new Project({ skipAddingFilesFromTsConfig: true }).addSourceFileAtPath(join(GENERATED, client, 'operations.ts'));
  expect(topLevelImportedReferences(source)).toEqual([]);
});

it('finds each top-level reference to an imported value, and none inside a function or to a type', () => {
  const source = new Project({ useInMemoryFileSystem: true }).createSourceFile(
    '/x.ts',
    [
      "import { codec, type Codec } from './c.js';",
      'export const op = { codec: codec as typeof codec } as const;',
      'export const f = (): Codec => codec;',
      'export const h = { codec: 1 }.codec;',
      'export const g = { get codec(): Codec { return codec; } };',
    ].join('\n'),
  );
  expect(topLevelImportedReferences(source)).toEqual(['codec 2', 'codec 2']);
});

// A library that vendors a client builds it with `declaration: true`. For each type a function's
// signature names, TypeScript's declaration emit asks whether the name is reachable from that
// function, and for a global (`Promise`, `AsyncGenerator`) it finds out by trying every name of the
// file, following every import, before it reaches the globals; the answer is cached per function.
// One `Promise<...>` per operation made that quadratic: Microsoft Graph's operations.ts took over two
// minutes of declaration emit. Names the file imports or declares are found at once, so the
// per-operation signatures name only those. The committed clients cover every kind of signature.

import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Node, Project, SyntaxKind, type SourceFile } from 'ts-morph';

const GENERATED = resolve(__dirname, '../../../generated');
const clients = readdirSync(GENERATED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/** The type nodes of each function signature in `source`: its parameters' types and its return type. */
function signatureTypes(source: SourceFile): Node[] {
  return source.getDescendants().flatMap((node) => {
    if (!Node.isFunctionLikeDeclaration(node) && !Node.isFunctionTypeNode(node)) return [];
    return [...node.getParameters().map((p) => p.getTypeNode()), node.getReturnTypeNode()].filter((t) => t !== undefined);
  });
}

/** Each name in a signature of `source` that the file neither imports nor declares, as `name line`. */
function namesFromOutside(source: SourceFile): string[] {
  const leftmost = (node: Node): Node => {
    const name = Node.isTypeReference(node) ? node.getTypeName() : Node.isTypeQuery(node) ? node.getExprName() : node;
    return Node.isQualifiedName(name) ? leftmost(name.getLeft()) : name;
  };
  return signatureTypes(source)
    .flatMap((type) => [type, ...type.getDescendants()])
    .filter((node) => Node.isTypeReference(node) || Node.isTypeQuery(node))
    .map(leftmost)
    .filter((id) => !(id.getSymbol()?.getDeclarations() ?? []).some((d) => d.getSourceFile() === source))
    .map((id) => `${id.getText()} ${id.getStartLineNumber()}`);
}

/** Every generated file but the runtime, whose few functions are written once, not per operation. */
const files = clients.flatMap((client) =>
  readdirSync(join(GENERATED, client)).filter((file) => file.endsWith('.ts') && file !== 'runtime.ts').map((file) => [client, file]),
);

it.each(files)(
  '%s/%s names only imported or own types in its function signatures',
  (client, file) => {
    const source = new Project({ skipAddingFilesFromTsConfig: true }).addSourceFileAtPath(join(GENERATED, client, file));
    expect(namesFromOutside(source)).toEqual([]);
  },
);

it('finds a global named in a parameter or return type, through type arguments and qualified names, and nothing else', () => {
  const source = new Project({ useInMemoryFileSystem: true }).createSourceFile(
    '/x.ts',
    [
      "import type * as types from './t.js';",
      "import type { ApiPromise } from './r.js';",
      'interface Own { a: string }',
      'export const f = (a: Own, b: types.X): ApiPromise<Own> => g<Promise<Own>>(a, b);',
      'export const h = (a: Array<Own>): Promise<ApiPromise<Own>> => g(a);',
      'export interface Bound { m: (a?: Record<string, Own>) => typeof f; n: () => AsyncGenerator<Own> }',
      'declare function g<T>(...args: unknown[]): T;',
    ].join('\n'),
  );
  expect(namesFromOutside(source)).toEqual(['Array 5', 'Promise 5', 'Record 6', 'AsyncGenerator 6']);
});

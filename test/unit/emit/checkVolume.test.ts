// What a build that includes a client must read, held small: a type-check of the client (or of its
// --js declarations) costs about in proportion to the syntax tsc builds for it. Two rules keep the
// per-operation part of it small; the committed clients cover every kind of operation, so holding
// them to the rules guards the generator without timing anything.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Node, Project } from 'ts-morph';

const GENERATED = resolve(__dirname, '../../../generated');
const clients = readdirSync(GENERATED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

/** Each generated TypeScript file of a client, with its text. */
function sources(client: string): [string, string][] {
  const folder = join(GENERATED, client);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, readFileSync(join(folder, f), 'utf8')]);
}

// tsc parses a doc comment into syntax only when it holds `@link` or `@see`; every other comment
// it skips. A link per operation in each of its docs was a fifth of Microsoft Graph's check.
it.each(clients)('%s: no generated doc comment holds @link or @see', (client) => {
  const found = sources(client).flatMap(([file, text]) => (/@link\b|@see\b/.test(text) ? [file] : []));
  expect(found).toEqual([]);
});

// A descriptor typed by its literal would be spelled out member by member in the declarations and
// compared so wherever it is passed: half of Microsoft Graph's declarations were descriptor types.
it.each(clients)('%s: every descriptor is declared with the named OperationDescriptor type', (client) => {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const source = project.addSourceFileAtPath(join(GENERATED, client, 'operations.ts'));
  const descriptors = source.getVariableDeclarations().filter((d) => d.getName().endsWith('Operation'));
  const untyped = descriptors.filter((d) => {
    const type = d.getTypeNode();
    const named = Node.isIntersectionTypeNode(type) ? type.getTypeNodes()[0] : type;
    return !Node.isTypeReference(named) || named.getTypeName().getText() !== 'OperationDescriptor';
  });
  expect(descriptors.length).toBeGreaterThan(0);
  expect(untyped.map((d) => d.getName())).toEqual([]);
});

// Prints Declarations in their final layout: the one the TypeScript formatter gives them, so emit
// need not run the formatter over the files it builds itself (a unit test holds it to that).

import type { Declaration, ImportName, PropertyDecl, SiblingModule } from './Declaration';
import { code, type TsCode } from './escape';
import { block, jsDoc } from './layout';

function assertNever(value: never): never {
  throw new Error(`unhandled declaration ${JSON.stringify(value)}`);
}

function documented(doc: TsCode | null, text: string): string {
  return doc === null || doc === '' ? text : `${jsDoc(doc)}\n${text}`;
}

/** `key?: Type;`, after its JSDoc. */
function printProperty(p: PropertyDecl): TsCode {
  return code(documented(p.doc, `${p.key}${p.optional ? '?' : ''}: ${p.type};`));
}

/** `{ key: Type; ... }` over lines, as an interface's body is laid out (at least one property). */
export function typeLiteral(properties: readonly PropertyDecl[]): TsCode {
  return block('{', properties.map(printProperty), '}');
}

function importName(n: ImportName): string {
  return n.typeOnly === true ? `type ${n.name}` : n.name;
}

/** Past this, a list of names goes one to a line. */
const LIST_WIDTH = 120;

/**
 * `{ a, b }` on one line while it is short, else one name to a line: an operation added to the
 * spec is then one added line in a vendored client's diff, not a rewrite of a line of thousands
 * of names that any two updates conflict on.
 */
function nameList(names: readonly string[], head: string, tail: string): string {
  const inline = `${head}{ ${names.join(', ')} }${tail}`;
  return inline.length <= LIST_WIDTH ? inline : `${head}${block('{', names.map((n) => `${n},`), '}')}${tail}`;
}

/** How an import names a sibling module: `.js` (what TypeScript resolves to the `.ts` file) or `.ts`. */
export type ImportExtension = '.js' | '.ts';

function printDeclaration(d: Declaration, extension: ImportExtension): string {
  const from = (module: SiblingModule) => `'./${module}${extension}'`;
  switch (d.kind) {
    case 'import':
      return nameList(d.names.map(importName), `import ${d.typeOnly === true ? 'type ' : ''}`, ` from ${from(d.from)};`);
    case 'importAll':
      return `import ${d.typeOnly === true ? 'type ' : ''}* as ${d.as} from ${from(d.from)};`;
    case 'reexport':
      return documented(d.doc, nameList(d.names, 'export ', ` from ${from(d.from)};`));
    case 'interface': {
      const members = [...(d.index === null ? [] : [`[key: string]: ${d.index};`]), ...d.properties.map(printProperty)];
      // An interface prints its braces on two lines even when empty.
      return documented(d.doc, `export interface ${d.name} ${members.length === 0 ? '{\n}' : block('{', members, '}')}`);
    }
    case 'type':
      return documented(d.doc, `export type ${d.name} = ${d.type};`);
    case 'const':
      return documented(d.doc, `export const ${d.name}${d.type === undefined ? '' : `: ${d.type}`} = ${d.initializer};`);
    case 'code':
      return d.text.trimEnd();
    default:
      return assertNever(d);
  }
}

/**
 * Characters of printed text joined into one flat string at a time. A string this long is allocated
 * outside the young generation, so the young collector never copies the output; the pieces it was
 * joined from die young. Joining the whole file at the end instead kept every piece (and every
 * declaration, when they came as an array) alive through a dozen collections: a third of GitHub's
 * collector time, and 10% of the time and 50 MB of the memory on Microsoft Graph.
 */
const PIECE_CHARS = 1 << 17;

/**
 * A whole file in pieces of about PIECE_CHARS characters: a blank line between statements except
 * inside the block of imports, one `\n` at the end. Declarations are printed as they come, so an
 * emitter may yield them one by one.
 */
export function printDeclarations(declarations: Iterable<Declaration>, extension: ImportExtension = '.js'): string[] {
  const pieces: string[] = [];
  let parts: string[] = [];
  let size = 0;
  let previous: Declaration | undefined;
  for (const d of declarations) {
    if (previous !== undefined) parts.push(d.kind.startsWith('import') && previous.kind.startsWith('import') ? '\n' : '\n\n');
    const text = printDeclaration(d, extension);
    parts.push(text);
    size += text.length;
    previous = d;
    if (size >= PIECE_CHARS) {
      pieces.push(parts.join(''));
      parts = [];
      size = 0;
    }
  }
  parts.push('\n');
  pieces.push(parts.join(''));
  return pieces;
}

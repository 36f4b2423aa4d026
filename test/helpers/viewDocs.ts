// The template view-models as two places describe them: the TypeScript interfaces (from the
// `TemplateViews` map down through every view a field holds) and the tables of templates/README.md.
// test/unit/emit/templateViews.test.ts holds them, and the objects emit renders, to the same fields.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Node, Project, SyntaxKind, type InterfaceDeclaration, type PropertySignature } from 'ts-morph';

export const VIEWS_FILE = resolve(__dirname, '../../generator/emit/templateViews.ts');
export const VIEWS_README = resolve(__dirname, '../../templates/README.md');

export interface FieldDoc {
  readonly name: string;
  /** The field's type as written: `TsCode`, `boolean`, `readonly ReadmeGroupView[]`, ... */
  readonly kind: string;
  readonly holds: string;
  readonly example: string;
}

export interface ViewDocs {
  /** Template file (`operation.hbs`) → the name of its view's interface. */
  readonly templates: ReadonlyMap<string, string>;
  /** Interface name → its fields, sorted by name. */
  readonly views: ReadonlyMap<string, readonly FieldDoc[]>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const byName = (a: FieldDoc, b: FieldDoc) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function fieldDoc(decl: PropertySignature): FieldDoc {
  const doc = decl.getJsDocs()[0];
  const example = doc?.getTags().find((tag) => tag.getTagName() === 'example');
  return {
    name: decl.getName(),
    kind: oneLine(decl.getTypeNodeOrThrow().getText()),
    holds: oneLine(doc?.getDescription() ?? ''),
    example: oneLine(example?.getCommentText() ?? ''),
  };
}

/** The interfaces a field's type names (`ReadmeGroupView` in `readonly ReadmeGroupView[]`). */
function referencedViews(decl: PropertySignature): InterfaceDeclaration[] {
  const node = decl.getTypeNodeOrThrow();
  const refs = [...(Node.isTypeReference(node) ? [node] : []), ...node.getDescendantsOfKind(SyntaxKind.TypeReference)];
  return refs.flatMap((ref) => ref.getType().getSymbol()?.getDeclarations().filter(Node.isInterfaceDeclaration) ?? []);
}

/** Every view-model as the interfaces declare it, with its JSDoc. */
export function declaredViews(): ViewDocs {
  const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { strict: true } });
  const root = project.addSourceFileAtPath(VIEWS_FILE);
  project.resolveSourceFileDependencies();
  const views = new Map<string, FieldDoc[]>();
  const visit = (view: InterfaceDeclaration): void => {
    if (views.has(view.getName())) return;
    const decls = view.getType().getProperties().map((p) => p.getDeclarations()[0]).filter(Node.isPropertySignature);
    views.set(view.getName(), decls.map(fieldDoc).sort(byName));
    decls.flatMap(referencedViews).forEach(visit);
  };
  const templates = new Map<string, string>();
  for (const entry of root.getInterfaceOrThrow('TemplateViews').getProperties()) {
    const [view] = referencedViews(entry);
    if (view === undefined) throw new Error(`TemplateViews.${entry.getName()} is not an interface`);
    templates.set(`${entry.getSymbolOrThrow().getName()}.hbs`, view.getName());
    visit(view);
  }
  return { templates, views };
}

/** A Markdown code span's content; the fence is longer than any backtick run inside. */
function codeSpan(cell: string): string {
  const match = cell.match(/^(`+)(.*)\1$/);
  if (match === null) return cell;
  const content = match[2]!;
  return /^ .* $/.test(content) ? content.slice(1, -1) : content;
}

function cells(row: string): string[] {
  return row
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Every view-model as templates/README.md documents it: a heading per view, then a table of its fields. */
export function documentedViews(markdown = readFileSync(VIEWS_README, 'utf8')): ViewDocs {
  const templates = new Map<string, string>();
  const views = new Map<string, FieldDoc[]>();
  let current: FieldDoc[] | null = null;
  for (const line of markdown.split('\n')) {
    const heading = line.match(/^#{2,3} (?:`([^`]+\.hbs)`: )?`(\w+)`\s*$/);
    if (heading !== null) {
      if (heading[1] !== undefined) templates.set(heading[1], heading[2]!);
      views.set(heading[2]!, (current = []));
    } else if (/^#/.test(line)) current = null;
    else if (current !== null && /^\| `/.test(line)) {
      const [name = '', kind = '', holds = '', example = ''] = cells(line);
      current.push({ name: codeSpan(name), kind: codeSpan(kind), holds, example: codeSpan(example) });
    }
  }
  views.forEach((fields) => fields.sort(byName));
  return { templates, views };
}

/** A code span for `text`, fenced so that backticks inside cannot close it. */
function span(text: string): string {
  if (text === '') return '';
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^`|`$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The README table row that documents `field`, as a failing test prints it. */
export function tableRow(field: FieldDoc): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return `| ${cell(span(field.name))} | ${cell(span(field.kind))} | ${cell(field.holds)} | ${cell(span(field.example))} |`;
}

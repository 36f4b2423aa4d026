// Each template's view-model is described twice, by its interface (templateViews.ts, and the views
// its fields hold) and by templates/README.md, and emit builds the objects itself: the three must
// agree field for field, so the documentation cannot drift from what templates really get.

import { emitFiles } from '../../../generator/emit/emitFiles';
import * as templatesModule from '../../../generator/emit/templates';
import { TEMPLATE_NAMES, type Template, type Templates } from '../../../generator/emit/templates';
import { configuredSpecs } from '../../helpers/configuredSpecs';
import { model } from '../../helpers/pipeline';
import { declaredViews, documentedViews, tableRow, type FieldDoc, type ViewDocs } from '../../helpers/viewDocs';

const TEXT_KINDS = ['TsCode', 'Identifier', 'MarkdownText'];

let declared: ViewDocs;
/** Template file → every view it was rendered with. */
const rendered = new Map<string, object[]>();

/** The same templates, each noting the views it renders. */
function recording(templates: Templates): Templates {
  const out = {} as Record<string, Template>;
  for (const name of TEMPLATE_NAMES) {
    const template = templates[name] as Template;
    const views: object[] = rendered.get(`${name}.hbs`) ?? [];
    rendered.set(`${name}.hbs`, views);
    out[name] = Object.assign((view: object) => (views.push(view), template(view)), template);
  }
  return out as Templates;
}

beforeAll(async () => {
  declared = declaredViews();
  const load = templatesModule.loadTemplates;
  const spy = jest.spyOn(templatesModule, 'loadTemplates').mockImplementation((dir) => recording(load(dir)));
  try {
    // Every configured spec (pagination, int64 codecs, many tags), and one with no operation or server.
    for (const spec of await configuredSpecs()) emitFiles(spec.model, spec.emit);
    emitFiles(model({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} }).model, { generatorVersion: '1', source: 's', command: 'c' });
  } finally {
    spy.mockRestore();
  }
});

it('documents every template, and no other, with the interface of its view-model', () => {
  const files = TEMPLATE_NAMES.map((name) => `${name}.hbs`).sort();
  expect([...declared.templates.keys()].sort()).toEqual(files);
  expect(Object.fromEntries(documentedViews().templates)).toEqual(Object.fromEntries(declared.templates));
});

it('documents in templates/README.md every view-model exactly as its interface declares it', () => {
  const rows = (views: ViewDocs) => Object.fromEntries([...views.views].map(([name, fields]) => [name, fields.map(tableRow)]));
  // On a difference, the expected side holds the rows to paste into the README.
  expect(rows(documentedViews())).toEqual(rows(declared));
});

it('says of every field what it holds, with an example of each text field', () => {
  const missing = [...declared.views].flatMap(([view, fields]) =>
    fields.flatMap((f: FieldDoc) => [
      ...(f.holds === '' ? [`${view}.${f.name}: JSDoc saying what it holds`] : []),
      ...(f.example === '' && TEXT_KINDS.includes(f.kind) ? [`${view}.${f.name}: @example`] : []),
    ]),
  );
  expect(missing).toEqual([]);
});

/** Differences between a value emit passed and the kind its field declares. */
function problems(value: unknown, kind: string, at: string, seen: Set<string>): string[] {
  if (kind.endsWith(' | null')) return value === null ? [] : problems(value, kind.slice(0, -' | null'.length), at, seen);
  const list = kind.match(/^readonly (\w+)\[\]$/);
  if (list !== null) return Array.isArray(value) ? value.flatMap((item, i) => problems(item, list[1]!, `${at}[${i}]`, seen)) : [`${at}: not a list`];
  if (TEXT_KINDS.includes(kind)) return typeof value === 'string' ? [] : [`${at}: not text`];
  if (kind === 'boolean') return typeof value === 'boolean' ? [] : [`${at}: not a boolean`];
  const fields = declared.views.get(kind);
  if (fields === undefined) return [`${at}: ${kind} is no view-model kind`];
  if (typeof value !== 'object' || value === null) return [`${at}: not a ${kind}`];
  seen.add(kind);
  const names = fields.map((f) => f.name);
  const extra = Object.keys(value).filter((key) => !names.includes(key)).map((key) => `${at}.${key}: not declared in ${kind}`);
  return [...extra, ...fields.flatMap((f) => (f.name in value ? problems((value as Record<string, unknown>)[f.name], f.kind, `${at}.${f.name}`, seen) : [`${at}.${f.name}: missing`]))];
}

it('renders each template with exactly the fields its view-model declares', () => {
  const seen = new Set<string>();
  const found = [...declared.templates].flatMap(([file, view]) => {
    const views = rendered.get(file) ?? [];
    return views.length === 0 ? [`${file}: never rendered`] : views.flatMap((v) => problems(v, view, file, seen));
  });
  expect([...new Set(found)].slice(0, 20)).toEqual([]);
  // Nested views too: each was seen at least once.
  expect([...seen].sort()).toEqual([...declared.views.keys()].sort());
});

// The names a generated module exports, read from its text as our printer and templates lay it out:
// each `export` statement at the start of a line, and `export { a, b } from` lists. Re-exports of
// whole modules (`export *`, index.ts) name nothing of their own.

/** A type (interface, type alias) or a value (a function, a constant, a class: also a type, for a class). */
export type ExportKind = 'type' | 'value';

const DECLARED = /^export\s+(?:declare\s+)?(?:async\s+)?(function\s*\*?|const|let|var|class|abstract\s+class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/gm;
const LISTED = /^export\s+(type\s+)?\{([^}]*)\}/gm;

/** By name; a name exported as a type and as a value (an enum's union and its object) is a value. */
export function exportedNames(text: string): Map<string, ExportKind> {
  const names = new Map<string, ExportKind>();
  const add = (name: string, kind: ExportKind) => names.set(name, names.get(name) === 'value' ? 'value' : kind);
  for (const [, keyword, name] of text.matchAll(DECLARED)) add(name!, keyword === 'interface' || keyword === 'type' ? 'type' : 'value');
  for (const [, typeOnly, list] of text.matchAll(LISTED)) {
    for (const item of list!.split(',')) {
      const words = item.trim().split(/\s+/).filter((w) => w !== '');
      const onlyType = typeOnly !== undefined || words[0] === 'type';
      const name = words[words.length - 1];
      if (name !== undefined && /^[A-Za-z_$][\w$]*$/.test(name)) add(name, onlyType ? 'type' : 'value');
    }
  }
  return names;
}

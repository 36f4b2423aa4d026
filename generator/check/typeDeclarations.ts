// The top-level declarations of a generated types.ts, by name, and the names each one mentions. With
// them the check tells which types a spec update left as they were without the TypeScript checker,
// and gives the checker only the declarations it needs: parsing both generations of Microsoft Graph's
// 22 MB types.ts took most of a check's 21 s and 1.8 GB.

import { addReferrer, markReferrers, type Referrers } from '../referrers';

export interface TypeDeclarations {
  /** Each name's declaration text (an enum's object and its type together), in file order. */
  readonly texts: ReadonlyMap<string, string>;
  /** The declared names each declaration mentions; a word in its doc comment counts, so never fewer than it uses. */
  readonly mentions: ReadonlyMap<string, readonly string[]>;
}

const STATEMENT = /^(?:\/\*\*[\s\S]*?\*\/\n)?export (?:interface|type|const) ([A-Za-z_$][\w$]*)[ <:=]/;
const WORD = /[A-Za-z_$][\w$]*/g;

/** Whether a line may start at column 0 inside a statement: its doc comment's first line, its one `export`, or a closing brace. */
function statementLines(block: string): boolean {
  let exports = 0;
  for (const line of block.split('\n')) {
    if (line.startsWith('export ')) exports += 1;
    else if (!(line === '' || line.startsWith(' ') || line.startsWith('/**') || line.startsWith('}'))) return false;
  }
  return exports === 1;
}

/**
 * The declarations of a types.ts as our printer lays it out: a blank line between statements, each
 * one `export` at column 0 after its doc comment. null for any other layout (an older generator's, or
 * a hand-edited file), and the caller then compares whole files.
 */
export function typeDeclarations(text: string): TypeDeclarations | null {
  const texts = new Map<string, string>();
  for (const block of text.split('\n\n')) {
    if (block.trim() === '' || block.split('\n').every((line) => line.startsWith('//'))) continue;
    const name = STATEMENT.exec(block)?.[1];
    if (name === undefined || !statementLines(block)) return null;
    texts.set(name, `${texts.get(name) ?? ''}${block}\n\n`);
  }
  const mentions = new Map<string, string[]>();
  for (const [name, declaration] of texts) {
    const found = new Set<string>();
    for (const word of declaration.match(WORD) ?? []) if (word !== name && texts.has(word)) found.add(word);
    mentions.set(name, [...found]);
  }
  return { texts, mentions };
}

/** The names whose type may differ between the two: their text differs, or they mention such a name, at any depth. */
export function changedTypes(before: TypeDeclarations, after: TypeDeclarations): Set<string> {
  const changed = new Set<string>();
  for (const [name, text] of before.texts) if (after.texts.get(name) !== text) changed.add(name);
  for (const name of after.texts.keys()) if (!before.texts.has(name)) changed.add(name);
  const mentionedBy: Referrers = new Map();
  for (const side of [before, after]) {
    for (const [name, mentioned] of side.mentions) for (const m of mentioned) addReferrer(mentionedBy, m, name);
  }
  markReferrers(changed, mentionedBy);
  return changed;
}

/** The declarations of `names` and of everything they mention, at any depth, as one file's text. */
export function declarationsText(side: TypeDeclarations, names: Iterable<string>): { text: string; included: ReadonlySet<string> } {
  const included = new Set<string>();
  const queue = [...names].filter((n) => side.texts.has(n));
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (included.has(name)) continue;
    included.add(name);
    queue.push(...side.mentions.get(name)!);
  }
  const text = [...side.texts].filter(([name]) => included.has(name)).map(([, t]) => t).join('');
  return { text, included };
}

// A user's templates folder before it is used: it must exist, and every .hbs file in it should be
// named after a template. A typo (operations.hbs) would otherwise be ignored without a word, and the
// built-in template used instead. Other files (the ejected README.md) are left alone.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics';
import { TEMPLATE_NAMES, templatesFolderError } from './templates';

/** Levenshtein distance, for suggesting the template a misspelt file meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length]!;
}

function unknownTemplate(dir: string, name: string, known: readonly string[]): Diagnostic {
  const lower = name.toLowerCase();
  const [closest] = [...known].sort((a, b) => distance(lower, a.toLowerCase()) - distance(lower, b.toLowerCase()));
  const near = closest !== undefined && distance(lower, closest.toLowerCase()) <= 3;
  const suggestion = near ? ` (did you mean ${closest}?)` : '';
  return { ...makeDiagnostic('TEMPLATE_UNKNOWN', '#', { name, suggestion, names: known.join(', ') }), file: join(dir, name) };
}

/** An error when `dir` is not a folder, else a warning for each `.hbs` file that no template is named after. */
export function checkTemplatesFolder(dir: string | undefined): Diagnostic[] {
  if (dir === undefined) return [];
  const missing = templatesFolderError(dir);
  if (missing !== null) return [missing];
  const known = TEMPLATE_NAMES.map((name) => `${name}.hbs`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.hbs') && !known.includes(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => unknownTemplate(dir, name, known));
}

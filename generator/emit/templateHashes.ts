// A user's templates as options: each `.hbs` file of the folder by name, with the hash of its text.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareKeys } from '../naming';
import { hashContent } from '../hash';
import { BUILTIN_TEMPLATE_DIR } from './templates';

/** None for no folder, or one that cannot be read; a copy of a built-in template (just ejected, say) shapes nothing and does not count. */
export function templateHashes(dir: string | undefined): Record<string, string> {
  if (dir === undefined) return {};
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.hbs'));
  } catch {
    return {};
  }
  const builtIn = (name: string): string | null => {
    try {
      return readFileSync(join(BUILTIN_TEMPLATE_DIR, name), 'utf8');
    } catch {
      return null;
    }
  };
  const own = names.map((n) => [n, readFileSync(join(dir, n), 'utf8')] as const).filter(([n, text]) => text !== builtIn(n));
  return Object.fromEntries(own.sort(([a], [b]) => compareKeys(a, b)).map(([n, text]) => [n, hashContent(text)]));
}

// The local files a spec `$ref`s, and the ones they `$ref` in turn: what else `--watch` watches.
// Found by scanning the text, not by parsing it: parsing a large spec again after every run would
// cost as much as loading it, and a missed or extra file only changes what starts the next run.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { hasUrlScheme } from '../hasUrlScheme';
import { decodeText } from '../load/decodeText';

/** `$ref: ./a.yaml#/X`, `"$ref": "a.json"`: the part before `#`, in YAML or JSON. */
const REF = /["']?\$ref["']?\s*:\s*["']?([^"'\s#,}\]]*)/g;
const LIMIT = 200;

function refsIn(text: string, from: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(REF)) {
    const target = match[1] ?? '';
    if (target === '' || hasUrlScheme(target)) continue; // local refs and URLs
    try {
      found.push(resolve(dirname(from), decodeURIComponent(target)));
    } catch {
      found.push(resolve(dirname(from), target));
    }
  }
  return found;
}

/** The files `spec` refers to, directly or through each other, up to 200; unreadable ones are skipped. */
export async function referencedFiles(spec: string): Promise<string[]> {
  const seen = new Set<string>([resolve(spec)]);
  const queue = [resolve(spec)];
  while (queue.length > 0 && seen.size < LIMIT) {
    const file = queue.shift()!;
    const decoded = await readFile(file).then(decodeText, () => null);
    const text = decoded?.ok === true ? decoded.text : '';
    for (const ref of refsIn(text, file)) {
      if (seen.has(ref) || seen.size >= LIMIT) continue;
      seen.add(ref);
      queue.push(ref);
    }
  }
  seen.delete(resolve(spec));
  return [...seen].sort();
}

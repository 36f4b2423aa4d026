// Refuses `$ref`s that are not references at all: not a string, a fragment that is not a JSON
// pointer, broken percent-escapes. A well-formed ref to nothing is a later stage's warning instead.

import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';
import { pointerOfPath, type PathLink } from '../pointer';

/** Keys under which `$ref` is data (a property named `$ref`, an example), not a reference. */
const DATA_KEYS = new Set(['properties', 'patternProperties', 'example', 'examples', 'default', 'enum', 'const']);

function problem(ref: unknown): string | null {
  if (typeof ref !== 'string') return `is ${ref === null ? 'null' : typeof ref}, not a string`;
  const hash = ref.indexOf('#');
  const fragment = hash < 0 ? '' : ref.slice(hash + 1);
  if (hash >= 0 && fragment !== '' && !fragment.startsWith('/')) return `has the fragment "#${fragment}", which is not a JSON pointer`;
  if (/~[^01]|~$/.test(fragment)) return 'uses `~` other than as ~0 or ~1';
  try {
    decodeURIComponent(ref);
  } catch {
    return 'has a broken percent-escape';
  }
  return null;
}

export function checkRefs(data: unknown, file: string): void {
  const found: Diagnostic[] = [];
  const stack: { value: unknown; path: PathLink | null; data: boolean }[] = [{ value: data, path: null, data: false }];
  while (stack.length > 0) {
    const { value, path, data: isData } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (key === '$ref' && !isData && !isArray) {
        const reason = problem(child);
        if (reason !== null) found.push({ ...makeDiagnostic('REF_MALFORMED', pointerOfPath({ parent: path, key }), { reason }), file });
      } else if (child !== null && typeof child === 'object') {
        stack.push({ value: child, path: { parent: path, key }, data: isData || DATA_KEYS.has(key) || key.startsWith('x-') });
      }
    }
  }
  if (found.length > 0) throw new RefusedInputError(found);
}

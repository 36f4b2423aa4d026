// Refuses `$ref`s that are not references at all: not a string, a fragment that is not a JSON
// pointer, broken percent-escapes. A well-formed ref to nothing is a later stage's warning instead.

import { makeDiagnostic, RefusedInputError } from '../diagnostics';
import type { MalformedRef } from './scanDocument';

/** Why a `$ref` value is not a reference; null when it is one (whether it resolves is for later). */
export function refProblem(ref: unknown): string | null {
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

/** Refuses the document when scanDocument found refs that are not references, all of them at once. */
export function refuseMalformedRefs(found: readonly MalformedRef[], file: string): void {
  if (found.length === 0) return;
  throw new RefusedInputError(found.map(({ pointer, reason }) => ({ ...makeDiagnostic('REF_MALFORMED', pointer, { reason }), file })));
}

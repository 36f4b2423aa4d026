// Decides final, collision-free names for a whole scope at once (the "resolve" pass).
// Callers first collect every request for the scope; nothing else may invent names.

import { fnv1a, identifierFromWords, type Identifier, type NameCase, splitWords } from './identifier';

export interface NameForm {
  readonly case: NameCase;
  /** Words added after the base, e.g. `Params` for a parameter type. */
  readonly suffix: string;
}

/** A group of names that share one base and must all be free together (a function and its types). */
export interface NameRequest<K extends string> {
  /** Raw text the base is made from (an operationId, a schema name, a path...). */
  readonly raw: string;
  /** Raw text to use when `raw` has no usable characters. */
  readonly fallback: string;
  /** Requests are served in this order, so earlier keys keep the plain name on a collision. */
  readonly sortKey: string;
  readonly forms: Readonly<Record<K, NameForm>>;
}

export type ResolvedNames<K extends string> = Readonly<Record<K, Identifier>>;

/** The words of each suffix, split once: a spec with thousands of operations asks for the same few. */
const suffixWords = new Map<string, readonly string[]>();

function formName(words: readonly string[], form: NameForm, reserved: ReadonlySet<string>, fallback: string): Identifier {
  let suffix = suffixWords.get(form.suffix);
  if (suffix === undefined) suffixWords.set(form.suffix, (suffix = splitWords(form.suffix)));
  return identifierFromWords([...words, ...suffix], form.case, reserved, `${fallback} ${form.suffix}`);
}

/** Long bases are cut to a readable prefix plus a hash of the whole, before any suffix (`Params`) is added. */
function limitWords(words: readonly string[]): readonly string[] {
  const joined = words.join('');
  if (joined.length <= 80) return words;
  return [...splitWords(joined.slice(0, 72)), fnv1a(words.join(' '))];
}

/**
 * Resolves every request of one scope. On a collision the later request (by sortKey) gets
 * `2`, `3`, ... appended to its base, checked against the final strings of every form.
 * Returns the names in the order of `requests`.
 */
export function resolveNames<K extends string>(
  requests: readonly NameRequest<K>[],
  reserved: ReadonlySet<string>,
): ResolvedNames<K>[] {
  const taken = new Set<string>();
  const result: ResolvedNames<K>[] = new Array(requests.length);
  const order = requests.map((_, i) => i).sort((a, b) => compareKeys(requests[a]!.sortKey, requests[b]!.sortKey) || a - b);
  for (const index of order) {
    const request = requests[index]!;
    const raw = splitWords(request.raw);
    const base = limitWords(raw.length > 0 ? raw : splitWords(request.fallback));
    const keys = Object.keys(request.forms) as K[];
    for (let n = 1; ; n += 1) {
      const words = n === 1 ? base : [...base, String(n)];
      const names = {} as Record<K, Identifier>;
      for (const key of keys) names[key] = formName(words, request.forms[key], reserved, request.fallback);
      const values = keys.map((k) => names[k] as string);
      // A request whose own forms coincide would usually coincide again with every number appended,
      // so retrying could never end: that is a mistake in the request, reported as one.
      if (new Set(values).size !== values.length) {
        throw new Error(`resolveNames: two forms of ${JSON.stringify(request.raw)} give the same name (${values.join(', ')})`);
      }
      if (values.every((v) => !taken.has(v))) {
        values.forEach((v) => taken.add(v));
        result[index] = names;
        break;
      }
    }
  }
  return result;
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

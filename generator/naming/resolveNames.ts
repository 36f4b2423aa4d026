// Decides final, collision-free names for a whole scope at once (the "resolve" pass).
// Callers first collect every request for the scope; nothing else may invent names.

import { appendCased, caseWords, fnv1a, identifierFromCased, type DigitJoin, type Identifier, type NameCase, splitWords } from './identifier';

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
  /**
   * The name the first form got in the previous generation (from the manifest's name lock). It is
   * kept when the raw text still gives it, so a spec update that inserts a colliding name never
   * renames an existing export: the newcomer takes the next number instead.
   */
  readonly locked?: string;
  /** Whether the first form's plain name stands before any other request's derived forms (a schema the spec declares). */
  readonly primary?: boolean;
  /**
   * Raw texts the name was made from under the rules before 2026-11-30, when they differ (an enum
   * value's sign; the operation a shared node was named after): a lock made from one still holds.
   */
  readonly earlierRaws?: readonly string[];
}

export type ResolvedNames<K extends string> = Readonly<Record<K, Identifier>>;

/** The words of each suffix, split once: a spec with thousands of operations asks for the same few. */
const suffixWords = new Map<string, readonly string[]>();

/** A base's words in each case it is asked for, cased once for all of a request's forms, and the digit rule they were cased by. */
interface CasedBase {
  readonly text: (nameCase: NameCase) => string;
  readonly digits: DigitJoin;
}

function casedBase(words: readonly string[], digits: DigitJoin): CasedBase {
  const cased = new Map<NameCase, string>();
  const text = (nameCase: NameCase) => {
    let value = cased.get(nameCase);
    if (value === undefined) cased.set(nameCase, (value = caseWords(words, nameCase, digits)));
    return value;
  };
  return { text, digits };
}

function formName(base: CasedBase, form: NameForm, reserved: ReadonlySet<string>, fallback: string): Identifier {
  let suffix = suffixWords.get(form.suffix);
  if (suffix === undefined) suffixWords.set(form.suffix, (suffix = splitWords(form.suffix)));
  return identifierFromCased(appendCased(base.text(form.case), suffix, form.case, base.digits), form.case, reserved, `${fallback} ${form.suffix}`);
}

/** Long bases are cut to a readable prefix plus a hash of the whole, before any suffix (`Params`) is added. */
function limitWords(words: readonly string[]): readonly string[] {
  const joined = words.join('');
  if (joined.length <= 80) return words;
  return [...splitWords(joined.slice(0, 72)), fnv1a(words.join(' '))];
}

/** The base words of a request: its raw text, or its fallback when the raw text has no usable characters. */
function baseWords(request: Pick<NameRequest<string>, 'raw' | 'fallback'>): readonly string[] {
  const raw = splitWords(request.raw);
  return limitWords(raw.length > 0 ? raw : splitWords(request.fallback));
}

/** The base with number `n` appended (none for 1). */
function numbered(base: readonly string[], n: number, digits: DigitJoin = 'apart'): CasedBase {
  return casedBase(n === 1 ? base : [...base, String(n)], digits);
}

/** Every form's name for the base with number `n` appended (none for 1). */
function namesFor<K extends string>(request: NameRequest<K>, base: readonly string[], n: number, reserved: ReadonlySet<string>, digits: DigitJoin = 'apart'): Record<K, Identifier> {
  const words = numbered(base, n, digits);
  const names = {} as Record<K, Identifier>;
  for (const key of Object.keys(request.forms) as K[]) names[key] = formName(words, request.forms[key], reserved, request.fallback);
  const values = Object.values<string>(names);
  // A request whose own forms coincide would usually coincide again with every number appended,
  // so retrying could never end: that is a mistake in the request, reported as one.
  if (new Set(values).size !== values.length) {
    throw new Error(`resolveNames: two forms of ${JSON.stringify(request.raw)} give the same name (${values.join(', ')})`);
  }
  return names;
}

/** How a locked name was made: its base words, number and digit rule. */
interface LockedName {
  readonly base: readonly string[];
  readonly n: number;
  readonly digits: DigitJoin;
}

/**
 * How the locked name was made, when the request's raw text still gives it: under today's rules, or
 * under the earlier ones (digits joined, an enum value's sign dropped), so a regeneration after an
 * upgrade renames nothing. A lock is data from a file users can edit, so it is only ever used to
 * pick among our own names.
 */
function lockedName<K extends string>(request: NameRequest<K>, base: readonly string[], reserved: ReadonlySet<string>): LockedName | null {
  const locked = request.locked;
  if (locked === undefined) return null;
  const first = Object.keys(request.forms)[0] as K | undefined;
  if (first === undefined) return null;
  // The number is the end of the name's trailing digits, but the base may end in digits too (`pet2` + `2`).
  const digits = /\d{1,6}$/.exec(locked)?.[0] ?? '';
  const candidates = [1, ...[...digits].map((_, i) => Number(digits.slice(i)))].filter((n) => n >= 1);
  // Only the first form is compared: building every form per candidate doubled naming on a regenerate.
  const form = request.forms[first];
  const ways: [readonly string[], DigitJoin][] = [[base, 'apart'], [base, 'together']];
  for (const raw of request.earlierRaws ?? []) {
    const words = baseWords({ raw, fallback: request.fallback });
    ways.push([words, 'apart'], [words, 'together']);
  }
  for (const [words, join] of ways) {
    const n = candidates.find((c) => formName(numbered(words, c, join), form, reserved, request.fallback) === locked);
    if (n !== undefined) return { base: words, n, digits: join };
  }
  return null;
}

/**
 * The requests whose lock still holds keep their names, first. The name each lock records is
 * claimed for its owner before any other form is given out: a form new since the last run (Pet's
 * `PetInput` view, once Pet gains a readOnly field) that meets another export's locked name takes
 * a number of its own (`PetInput2`), and neither export is renamed.
 */
function takeLocked<K extends string>(
  requests: readonly NameRequest<K>[],
  bases: readonly (readonly string[])[],
  order: readonly number[],
  reserved: ReadonlySet<string>,
  take: (index: number, names: Record<K, Identifier>) => boolean,
  taken: ReadonlySet<string>,
): void {
  const locked: [number, Record<K, Identifier>][] = [];
  for (const index of order) {
    const lock = lockedName(requests[index]!, bases[index]!, reserved);
    if (lock !== null) locked.push([index, namesFor(requests[index]!, lock.base, lock.n, reserved, lock.digits)]);
  }
  const claimed = new Set(locked.map(([index]) => requests[index]!.locked!));
  for (const [index, names] of locked) take(index, yielding(names, requests[index]!.locked!, claimed, taken));
}

/**
 * `names` with each form other than `own` that is a name `claimed` for another export given a
 * number of its own (`PetInput2`): a derived form never takes a name another export stands by.
 */
function yielding<K extends string>(names: Record<K, Identifier>, own: string, claimed: ReadonlySet<string>, taken: ReadonlySet<string>): Record<K, Identifier> {
  for (const key of Object.keys(names) as K[]) {
    if (names[key] === own || !claimed.has(names[key])) continue;
    let n = 2;
    // Nor one already taken: the request would then give up its own name too.
    while (claimed.has(`${names[key]}${n}`) || taken.has(`${names[key]}${n}`) || Object.values(names).includes(`${names[key]}${n}`)) n += 1;
    names[key] = `${names[key]}${n}` as Identifier;
  }
  return names;
}

/**
 * The first form's plain name of every request that asks for one (`primary`: a schema the spec
 * declares), which no other request's derived form may take: a declared `FooInput` keeps its
 * name beside `Foo`'s request view, which becomes `FooInput2`.
 */
function primaryNames<K extends string>(
  requests: readonly NameRequest<K>[],
  bases: readonly (readonly string[])[],
  reserved: ReadonlySet<string>,
  taken: readonly (ResolvedNames<K> | undefined)[],
): { primaries: Set<string>; plain: Map<number, Record<K, Identifier>> } {
  const primaries = new Set<string>();
  // Each primary's plain names, made here once and used again when it is named.
  const plain = new Map<number, Record<K, Identifier>>();
  requests.forEach((request, index) => {
    const first = Object.keys(request.forms)[0] as K | undefined;
    if (first === undefined) return;
    // A name kept from the last run stands too.
    const kept = taken[index];
    if (kept !== undefined) primaries.add(kept[first]);
    if (request.primary !== true || kept !== undefined) return;
    const names = namesFor(request, bases[index]!, 1, reserved);
    plain.set(index, names);
    primaries.add(names[first]);
  });
  return { primaries, plain };
}

/**
 * Resolves every request of one scope. Requests with a lock that still holds keep their names
 * first; then, on a collision, the later request (by sortKey) gets `2`, `3`, ... appended to its
 * base, checked against the final strings of every form. Returns the names in the order of `requests`.
 */
export function resolveNames<K extends string>(
  requests: readonly NameRequest<K>[],
  reserved: ReadonlySet<string>,
): ResolvedNames<K>[] {
  const taken = new Set<string>();
  const result: ResolvedNames<K>[] = new Array(requests.length);
  const order = requests.map((_, i) => i).sort((a, b) => compareKeys(requests[a]!.sortKey, requests[b]!.sortKey) || a - b);
  const bases = requests.map(baseWords);
  const take = (index: number, names: Record<K, Identifier>): boolean => {
    const values = Object.values<string>(names);
    if (values.some((v) => taken.has(v))) return false;
    values.forEach((v) => taken.add(v));
    result[index] = names;
    return true;
  };
  takeLocked(requests, bases, order, reserved, take, taken);
  const { primaries, plain } = primaryNames(requests, bases, reserved, result);
  // The number to try first for a base and set of forms: every lower one was found taken, and taken
  // names stay taken. Without it, the k-th of 6,000 operations named alike tried k numbers first
  // (70 s); with it each tries about one.
  const next = new Map<string, number>();
  const signatures = new Map<object, string>();
  for (const index of order) {
    if (result[index] !== undefined) continue;
    const request = requests[index]!;
    const signature = signatures.get(request.forms) ?? formsSignature(request.forms);
    signatures.set(request.forms, signature);
    const key = `${signature}\u0000${bases[index]!.join('\u0000')}`;
    let n = next.get(key) ?? 1;
    const first = Object.keys(request.forms)[0] as K;
    const names = (m: number) => {
      const made = (m === 1 ? plain.get(index) : undefined) ?? namesFor(request, bases[index]!, m, reserved);
      return primaries.size === 0 ? made : yielding(made, made[first], primaries, taken);
    };
    while (!take(index, names(n))) n += 1;
    next.set(key, n + 1);
  }
  return result;
}

/** What decides a request's names besides its base: its forms, each key with its case and suffix. */
function formsSignature(forms: Readonly<Record<string, NameForm>>): string {
  return Object.entries(forms).map(([key, form]) => `${key}:${form.case}:${form.suffix}`).join('\u0000');
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

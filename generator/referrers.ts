// Marks that spread backwards along references: a schema is directional when anything it refers to
// is (model), a type changed when anything it mentions did (check). Edges are stored reversed.

/** Referred-to name → the names that refer to it. */
export type Referrers = Map<string, string[]>;

/** Records that `from` refers to `to`. */
export function addReferrer(referrers: Referrers, to: string, from: string): void {
  const list = referrers.get(to);
  if (list === undefined) referrers.set(to, [from]);
  else list.push(from);
}

/** Adds to `marked` every name that refers to a marked one, at any depth. */
export function markReferrers(marked: Set<string>, referrers: ReadonlyMap<string, readonly string[]>): void {
  const pending = [...marked];
  for (let target = pending.pop(); target !== undefined; target = pending.pop()) {
    for (const referrer of referrers.get(target) ?? []) {
      if (marked.has(referrer)) continue;
      marked.add(referrer);
      pending.push(referrer);
    }
  }
}

/** A params key no parameter has: the first free candidate, else the first with a number appended. */
export function freeKey(taken: ReadonlySet<string>, candidates: readonly string[]): string {
  const free = candidates.find((c) => !taken.has(c));
  if (free !== undefined) return free;
  let n = 2;
  while (taken.has(`${candidates[0]}${n}`)) n += 1;
  return `${candidates[0]}${n}`;
}

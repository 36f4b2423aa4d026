// Work that only some runs need is done on first use. Mostly packages: together they took about half
// a second of every start (swagger-parser only bundles external refs, ajv only checks a config, yaml
// only reads YAML, diff only shows drift, ts-morph only handles a user's templates and the check's
// type questions); also the check's TypeScript programs, built only for questions the texts do not settle.

/** A function that makes the value the first time it is called and returns it every time. */
export function lazy<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

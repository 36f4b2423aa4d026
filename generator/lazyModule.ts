// Packages that only some runs need are loaded on first use: together they took about half a
// second of every start (swagger-parser only bundles external refs, ajv only checks a config,
// yaml only reads YAML, diff only shows drift, ts-morph only handles a user's templates).

/** A function that requires the module the first time it is called and returns it every time. */
export function lazyModule<T>(load: () => T): () => T {
  let module: { readonly value: T } | undefined;
  return () => (module ??= { value: load() }).value;
}

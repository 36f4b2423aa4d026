// ts-morph, with the TypeScript compiler inside it, takes about half a second to load, and only a
// user's templates need it (to parse and format their output): load it on first use.

type TsMorph = typeof import('ts-morph');

let loaded: TsMorph | undefined;

export function loadTsMorph(): TsMorph {
  loaded ??= require('ts-morph') as TsMorph;
  return loaded;
}

// ts-morph, with the TypeScript compiler inside it, takes about half a second to load, and only a
// user's templates need it (to parse and format their output).

import { lazy } from '../lazy';

export const loadTsMorph = lazy(() => require('ts-morph') as typeof import('ts-morph'));

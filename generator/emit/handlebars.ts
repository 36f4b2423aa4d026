// Handlebars with its compiler, loaded on first use: a run on the built-in templates needs only the
// runtime and their precompiled code (precompiledTemplates.ts), and a broken user template needs the
// parser's state for its diagnostic.

import { lazy } from '../lazy';

export const handlebars = lazy(() => require('handlebars') as typeof import('handlebars'));

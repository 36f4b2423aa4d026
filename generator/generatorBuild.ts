// Which build of specwright is running, recorded in every manifest (bin/generatorBuild.js says what
// it covers). The CLI's bundle has it baked in when it is made; sources run as they are (tsx, tests)
// work it out on first use.

import { resolve } from 'node:path';
import { lazy } from './lazy';

/** Defined by bin/loadCli.js when it bundles the sources; undeclared otherwise. */
declare const SPECWRIGHT_BUILD: string | undefined;

/** `sha256-<hex>` of this build's sources, templates, version and dependencies. */
export const generatorBuild = lazy((): string => {
  if (typeof SPECWRIGHT_BUILD === 'string') return SPECWRIGHT_BUILD;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { generatorBuild: buildOf } = require('../bin/generatorBuild.js') as { generatorBuild(root: string): string };
  return buildOf(resolve(__dirname, '..'));
});

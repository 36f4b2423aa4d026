// The build a manifest records is the one that first made its output: a later build that makes the
// very same files keeps it. A specwright upgrade that changes nothing in a client then leaves its
// folder, and `check`, as they were; one that changes anything records itself.

import type { EmittedFile } from '../emit/emitFiles';
import { buildLine, type Manifest, type Provenance } from './manifest';
import { sealed, unsealed } from './manifestSelfHash';

/**
 * `made` (this build's manifest) with the previous manifest's build, when that gives the previous
 * manifest's very text; else `made`. Also the provenance the manifest returned records.
 */
export function keepRecordedBuild(made: EmittedFile, provenance: Provenance, previous: Manifest | null, previousText: string | null): { manifest: EmittedFile; provenance: Provenance } {
  const recorded = previous?.build ?? '';
  if (recorded === '' || recorded === provenance.build || previousText === null) return { manifest: made, provenance };
  const kept = sealed(unsealed(made.content).replace(buildLine(provenance.build), buildLine(recorded)));
  return kept === previousText ? { manifest: { ...made, content: kept }, provenance: { ...provenance, build: recorded } } : { manifest: made, provenance };
}

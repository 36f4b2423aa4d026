// A check run from another folder than the generation (a subfolder, a CI job's working directory)
// names the same spec by another path, and its banners would say so: the same file spelt otherwise
// is no change. The spec and the regenerate command are then spelt as the manifest records them, so
// the check finds the same bytes; a spec that is another file (moved) stays as given, and is named.

import { relative, resolve, sep } from 'node:path';
import type { EmitOptions } from '../emit/emitFiles';
import type { Manifest } from '../write/manifest';

export interface RunPlace {
  /** Absolute paths: the spec, the output folder as given, the folder the regenerate command runs from. */
  readonly input: string;
  readonly output: string;
  readonly commandFolder: string;
}

/** A folder as the manifest records it: relative to the output folder, `/`-separated. */
export function fromOutput(output: string, folder: string): string {
  return relative(output, folder).split(sep).join('/') || '.';
}

/**
 * The emit options spelt as recorded when the recorded command's folder is another and the spec it
 * names there is this run's spec file; and the folder the spelling is relative to.
 */
export function recordedSpelling(place: RunPlace, emit: EmitOptions, previous: Manifest | null): { emit: EmitOptions; commandFolder: string } {
  const recorded = previous?.regenerate;
  if (previous === null || recorded === undefined) return { emit, commandFolder: place.commandFolder };
  const folder = resolve(place.output, recorded.folder);
  const sameSpec = resolve(folder, previous.spec.source) === place.input;
  if (folder === place.commandFolder || !sameSpec) return { emit, commandFolder: place.commandFolder };
  return { emit: { ...emit, source: previous.spec.source, command: recorded.command }, commandFolder: folder };
}

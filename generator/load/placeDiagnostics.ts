// Line:column for the later stages' diagnostics, in the file each part of the spec came from. A spec
// split over files is bundled into one document before they see it, so their pointers are into that
// document, which no file holds: a pointer into a part brought in from another file is turned back
// into that file's name and pointer.

import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics';
import type { Origin } from './bundleExternalRefs';
import { shownPath } from './refPaths';
import type { LoadedSpec } from './loadSpec';
import { placeAll, type LocateAll } from './sourceLocator';
import { throughRefs } from './throughRefs';

/** The origin of the part `pointer` lies in: the longest origin that is the pointer or one of its ancestors. */
function originOf(pointer: string, byAt: ReadonlyMap<string, Origin>): Origin | null {
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const origin = byAt.get(at);
    if (origin !== undefined) return origin;
    if (!at.includes('/')) return null;
  }
}

/** Places nothing: a file read as text has no nodes to point at. */
const NOWHERE: LocateAll = (pointers) => pointers.map(() => null);

/**
 * The diagnostics with pointers moved through the refs they pass (see throughRefs), each said once:
 * a defect in a shared part was reported from every place that uses it.
 */
function movedThroughRefs(diagnostics: readonly Diagnostic[], document: unknown): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.flatMap((d) => {
    const moved = d.line === undefined ? { ...d, pointer: throughRefs(document, d.pointer) } : d;
    const key = `${moved.code}\u0000${moved.file ?? ''}\u0000${moved.pointer}\u0000${moved.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [moved];
  });
}

/** The diagnostics with the file they are in and, where it can be found, line:column in it. */
export function placeDiagnostics(given: readonly Diagnostic[], loaded: Pick<LoadedSpec, 'file' | 'locateAll' | 'external' | 'document'>): Diagnostic[] {
  const diagnostics = movedThroughRefs(given, loaded.document);
  const { origins, locators } = loaded.external;
  if (origins.length === 0) return placeAll(diagnostics, loaded.locateAll).map((d) => ({ ...d, file: placedIn(d) ?? loaded.file }));
  const byAt = new Map(origins.map((o) => [o.at, o]));
  const specFile = resolve(loaded.file);
  const out: Diagnostic[] = [];
  // Grouped by file, so each is located in one pass.
  const byFile = new Map<string, { index: number; diagnostic: Diagnostic }[]>();
  diagnostics.forEach((d, index) => {
    if (placedIn(d) !== null) {
      out[index] = d;
      return;
    }
    const origin = d.line === undefined ? originOf(d.pointer, byAt) : null;
    const path = origin?.file ?? specFile;
    const moved = origin === null ? d : { ...d, pointer: `${origin.pointer}${d.pointer.slice(origin.at.length)}` };
    const group = byFile.get(path) ?? [];
    if (group.length === 0) byFile.set(path, group);
    group.push({ index, diagnostic: moved });
  });
  for (const [path, group] of byFile) {
    const locate = path === specFile ? loaded.locateAll : (locators.get(path) ?? NOWHERE);
    const shown = path === specFile ? loaded.file : shownPath(path, specFile, loaded.file);
    placeAll(group.map((g) => g.diagnostic), locate).forEach((d, i) => (out[group[i]!.index] = { ...d, file: shown }));
  }
  return out;
}

/** The file a diagnostic placed before reaching here names (a referred file's text that is not UTF-8), or null. */
function placedIn(d: Diagnostic): string | null {
  return d.line !== undefined && d.file !== undefined ? d.file : null;
}

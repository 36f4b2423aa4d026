// The refusals of `$ref`s that cannot be followed, each in the file the `$ref` is in, with its
// line:column there when that file is not the spec (the spec's own are placed by loadSpec).

import { makeDiagnostic, type Diagnostic } from '../diagnostics';
import { pointerTo } from '../pointer';
import type { ParsedFile } from './folderReader';
import type { RefSite } from './scanDocument';
import { isUrl, resolveRef, shownPath, splitRef } from './refPaths';
import { placeAll } from './sourceLocator';

/** The refusal of `ref` at `pointer` (or of the document at `pointer` when `ref` is empty), in the file shown as `shownAs`. */
export function refusedRef(shownAs: string, pointer: string, ref: string, reason: string): Diagnostic {
  const at = ref === '' ? pointer : pointerTo(pointer, '$ref');
  return { ...makeDiagnostic('REF_UNRESOLVED', at, { reason: ref === '' ? reason : `${ref}: ${reason}` }), file: shownAs };
}

/**
 * A refusal at `pointer` in `path`, another file than the spec (`file`, shown as `shownAs`): named
 * like the spec and placed by line:column when that file was parsed (`parsed`).
 */
export function refusedIn(path: string, parsed: ParsedFile | undefined, file: string, shownAs: string, pointer: string, ref: string, reason: string): Diagnostic {
  const diagnostic = refusedRef(shownPath(path, file, shownAs), pointer, ref, reason);
  return parsed === undefined ? diagnostic : placeAll([diagnostic], parsed.locateAll)[0]!;
}

/**
 * A warning that the schema `ref` at `pointer` in `path` (the spec `file`, or another file) points
 * at nothing in the file it names, placed as refusedIn places a refusal.
 */
export function missingIn(path: string, parsed: ParsedFile | undefined, file: string, shownAs: string, pointer: string, ref: string): Diagnostic {
  const diagnostic = { ...makeDiagnostic('REF_MISSING', pointerTo(pointer, '$ref'), { ref }), file: path === file ? shownAs : shownPath(path, file, shownAs) };
  return path === file || parsed === undefined ? diagnostic : placeAll([diagnostic], parsed.locateAll)[0]!;
}

/**
 * Where the spec (`file`, whose refs to files are `sites`) or one of the files parsed refers to the
 * file `failure` is about, refused at that `$ref`; null when none does (the failure was not about a file).
 */
export function refusedAtReferrer(
  sites: readonly RefSite[],
  parsed: ReadonlyMap<string, ParsedFile>,
  failure: { path: string; reason: string },
  file: string,
  shownAs: string,
): Diagnostic | null {
  const refersToFailed = (from: string) => (s: RefSite) => !isUrl(s.ref) && splitRef(resolveRef(from, s.ref)).file === failure.path;
  const own = sites.find(refersToFailed(file));
  if (own !== undefined) return refusedRef(shownAs, own.pointer, own.ref, failure.reason);
  for (const [path, found] of parsed) {
    const site = found.externalRefs.find(refersToFailed(path));
    if (site !== undefined) return refusedIn(path, found, file, shownAs, site.pointer, site.ref, failure.reason);
  }
  return null;
}

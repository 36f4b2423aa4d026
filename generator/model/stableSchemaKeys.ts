// A schema's key in the name lock (and the manifest's API surface): its JSON pointer, except that
// an inline schema of a parameter is keyed by the parameter's location and name rather than its
// index in the list (`…/parameters/query:status/schema`, not `…/parameters/2/schema`): a parameter
// inserted before it then moves no name from one schema to another.

import { escapePointerSegment } from '../pointer';

export interface ParameterSite {
  /** Where the parameter sits in its list: `#/paths/~1pets/get/parameters/2`. */
  readonly pointer: string;
  readonly in: string;
  readonly name: string;
}

const LIST = '/parameters/';

/** `…/parameters` of a parameter's pointer `…/parameters/2`, or null. */
function listOf(pointer: string): string | null {
  const at = pointer.lastIndexOf(LIST);
  if (at < 0 || at + LIST.length === pointer.length) return null;
  for (let i = at + LIST.length; i < pointer.length; i += 1) {
    const code = pointer.charCodeAt(i);
    if (code < 48 || code > 57) return null;
  }
  return pointer.slice(0, at + LIST.length - 1);
}

/**
 * The pointer of the parameter a pointer is under: up to the index after its first `/parameters/`
 * (path keys escape their slashes, so none is inside one), or null. By indexOf, not a regex: it
 * runs for every named schema (Graph's 13,000), and most pointers hold no `/parameters/`.
 */
function parameterOf(pointer: string): string | null {
  const at = pointer.indexOf(LIST);
  if (at < 0) return null;
  let end = at + LIST.length;
  while (end < pointer.length && pointer.charCodeAt(end) >= 48 && pointer.charCodeAt(end) <= 57) end += 1;
  return end === at + LIST.length || (end < pointer.length && pointer[end] !== '/') ? null : pointer.slice(0, end);
}

export function stableSchemaKeys(parameterLists: Iterable<readonly ParameterSite[]>): (pointer: string) => string {
  // Built on first use by a pointer under a parameter: most specs' schemas hold none.
  let stable: Map<string, string> | null = null;
  const build = (): Map<string, string> => {
    const map = new Map<string, string>();
    for (const list of parameterLists) {
      for (const p of list) {
        const at = listOf(p.pointer);
        if (at !== null) map.set(p.pointer, `${at}/${escapePointerSegment(`${p.in}:${p.name}`)}`);
      }
    }
    return map;
  };
  return (pointer) => {
    const parameter = parameterOf(pointer);
    if (parameter === null) return pointer;
    stable ??= build();
    const site = stable.get(parameter);
    return site === undefined ? pointer : `${site}${pointer.slice(parameter.length)}`;
  };
}

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
  // The parameters by pointer, gathered on first use by a pointer under one (most schemas are not);
  // each key is made only for the schemas that need one (Graph has tens of thousands of parameters).
  let sites: Map<string, ParameterSite> | null = null;
  const siteOf = (pointer: string): ParameterSite | undefined => {
    if (sites === null) {
      sites = new Map();
      for (const list of parameterLists) for (const p of list) sites.set(p.pointer, p);
    }
    return sites.get(pointer);
  };
  return (pointer) => {
    const parameter = parameterOf(pointer);
    const site = parameter === null ? undefined : siteOf(parameter);
    if (site === undefined) return pointer;
    const list = parameter!.slice(0, parameter!.lastIndexOf('/'));
    return `${list}/${escapePointerSegment(`${site.in}:${site.name}`)}${pointer.slice(parameter!.length)}`;
  };
}

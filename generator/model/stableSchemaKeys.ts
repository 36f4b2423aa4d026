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

const IN_LIST = /^(.*\/parameters)\/\d+$/;
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

export function stableSchemaKeys(parameters: Iterable<ParameterSite>): (pointer: string) => string {
  const stable = new Map<string, string>();
  for (const p of parameters) {
    const list = IN_LIST.exec(p.pointer)?.[1];
    if (list !== undefined) stable.set(p.pointer, `${list}/${escapePointerSegment(`${p.in}:${p.name}`)}`);
  }
  return (pointer) => {
    const parameter = stable.size === 0 ? null : parameterOf(pointer);
    const site = parameter === null ? undefined : stable.get(parameter);
    return site === undefined ? pointer : `${site}${pointer.slice(parameter!.length)}`;
  };
}

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
/** The first `…/parameters/<index>` of a pointer: path keys escape their slashes, so none is inside one. */
const UNDER_PARAMETER = /^(.*?\/parameters\/\d+)(\/.*)?$/;

export function stableSchemaKeys(parameters: Iterable<ParameterSite>): (pointer: string) => string {
  const stable = new Map<string, string>();
  for (const p of parameters) {
    const list = IN_LIST.exec(p.pointer)?.[1];
    if (list !== undefined) stable.set(p.pointer, `${list}/${escapePointerSegment(`${p.in}:${p.name}`)}`);
  }
  return (pointer) => {
    const match = stable.size === 0 ? null : UNDER_PARAMETER.exec(pointer);
    const site = match === null ? undefined : stable.get(match[1]!);
    return site === undefined ? pointer : `${site}${match![2] ?? ''}`;
  };
}

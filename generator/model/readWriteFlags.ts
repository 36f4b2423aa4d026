// Whether a property is only returned (readOnly) or only sent (writeOnly), OAS 3.0.3 §4.7.24.1.

import { isObject } from '../json';
import { plainRef } from '../pointer';

export interface ReadWriteFlags {
  readonly readOnly: boolean;
  readonly writeOnly: boolean;
}

const NEITHER: ReadWriteFlags = { readOnly: false, writeOnly: false };
/** How many `$ref`s are followed to find the flags: a chain longer than this is a loop in practice. */
const MAX_HOPS = 8;

/**
 * A property's own flags, else those of the schema its `$ref` names (`id: { $ref: Id }` where `Id`
 * is `readOnly`), through a chain of refs; `resolve` gives a ref's target, or undefined.
 */
export function readWriteFlags(prop: unknown, resolve: (ref: string) => unknown): ReadWriteFlags {
  let node = prop;
  for (let hop = 0; hop <= MAX_HOPS && isObject(node); hop += 1) {
    if (node['readOnly'] === true || node['writeOnly'] === true) return { readOnly: node['readOnly'] === true, writeOnly: node['writeOnly'] === true };
    if (typeof node['$ref'] !== 'string') return NEITHER;
    node = resolve(plainRef(node['$ref']));
  }
  return NEITHER;
}

// OpenAPI 3.1 schemas may name themselves with `$anchor` (JSON Schema 2020-12) and be referred to by
// that name: `$ref: '#pet'`. Every later stage follows JSON pointers, so such a ref is turned into
// the pointer of the schema that holds the anchor, here, once; one to no anchor stays malformed.

import { pointerTo } from '../pointer';
import { resolvePointer } from '../json';
import type { MalformedRef } from './scanDocument';

/** A plain-name fragment: what `$anchor` may hold (2020-12 §8.2.2). */
const ANCHOR_REF = /^#([A-Za-z_][-A-Za-z0-9._]*)$/;

/** Every `$anchor` in the document and where it is; a name given twice is left out (which one is meant cannot be told). */
function anchorsIn(data: unknown): Map<string, string> {
  const found = new Map<string, string | null>();
  const walk = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, pointerTo(pointer, i)));
      return;
    }
    const anchor = (node as Record<string, unknown>)['$anchor'];
    if (typeof anchor === 'string') found.set(anchor, found.has(anchor) ? null : pointer);
    for (const [key, value] of Object.entries(node)) walk(value, pointerTo(pointer, key));
  };
  walk(data, '#');
  return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * Rewrites, in `data`, each malformed ref that names an anchor to the anchor's pointer; returns the
 * refs still malformed. The document is walked only when some ref could name one.
 */
export function resolveAnchors(data: unknown, malformed: readonly MalformedRef[]): readonly MalformedRef[] {
  const sites = malformed.map((m) => ({ m, owner: resolvePointer(data, m.pointer.slice(0, -'/$ref'.length)) as Record<string, unknown> | undefined }));
  const named = sites.filter(({ owner }) => typeof owner?.['$ref'] === 'string' && ANCHOR_REF.test(owner['$ref']));
  if (named.length === 0) return malformed;
  const anchors = anchorsIn(data);
  const said = new Map<MalformedRef, MalformedRef | null>();
  for (const { m, owner } of named) {
    const name = ANCHOR_REF.exec(owner!['$ref'] as string)![1]!;
    const target = anchors.get(name);
    if (target !== undefined) owner!['$ref'] = target;
    said.set(m, target !== undefined ? null : { ...m, reason: `names the anchor "${name}", which no schema's \`$anchor\` declares (once)` });
  }
  return malformed.flatMap((m) => {
    const now = said.has(m) ? said.get(m)! : m;
    return now === null ? [] : [now];
  });
}

// Later stages build pointers as they walk, and a walk that follows a `$ref` goes on under the place
// it came from: a shared parameter's schema is `#/paths/~1a/get/parameters/0/schema`, a pointer no
// file holds. Moved to where the ref leads, it can be placed by line:column, and is the same for
// every operation that shares the part, so its diagnostic is said once.

import { localTarget } from '../json';
import { parsePointer, plainRef, pointerTo } from '../pointer';

function hasOwn(node: unknown, key: string): boolean {
  return node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, key);
}

/**
 * The node a ref node leads to when `next` is not one of its own keys (OpenAPI 3.1 lets a `$ref`
 * stand beside other keywords, which stay where they are), or null when it leads nowhere.
 */
function refTarget(document: unknown, node: unknown, next: string): { node: unknown; at: string } | null {
  const seen = new Set<string>();
  let current = node;
  let at: string | null = null;
  while (hasOwn(current, '$ref') && !hasOwn(current, next)) {
    const ref = (current as { $ref: unknown }).$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#') || seen.has(ref)) return null;
    seen.add(ref);
    at = plainRef(ref);
    current = localTarget(document, at);
    if (current === undefined) return null;
  }
  return at === null ? null : { node: current, at };
}

/** `pointer` with every local `$ref` it passes through followed; as given when it passes through none, or cannot be followed. */
export function throughRefs(document: unknown, pointer: string): string {
  let node = document;
  let at = '#';
  let moved = false;
  for (const token of parsePointer(pointer)) {
    const target = refTarget(document, node, token);
    if (target !== null) {
      ({ node, at } = target);
      moved = true;
    }
    if (!hasOwn(node, token)) return pointer;
    node = (node as Record<string, unknown>)[token];
    at = pointerTo(at, token);
  }
  return moved ? at : pointer;
}

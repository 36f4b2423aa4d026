// JSON pointers (RFC 6901) in their `#/a/b` fragment form: the location every diagnostic carries.

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapePointerSegment(segment: string): string {
  // Most segments need no escaping; pointers are built for every node, so skip the regexes then.
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `pointerTo('#/paths', '/pets/{id}')` → `#/paths/~1pets~1{id}`. */
export function pointerTo(base: string, ...segments: readonly (string | number)[]): string {
  // A loop, not reduce with a callback: the model builds a pointer for nearly every schema node.
  let pointer = base;
  for (const s of segments) pointer += `/${typeof s === 'number' ? s : escapePointerSegment(s)}`;
  return pointer;
}

/** The unescaped tokens of a pointer; `#` and `#/` both mean the whole document. */
export function parsePointer(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return [];
  const tokens = body.slice(1).split('/');
  // Most tokens hold no escape: normalise resolves a pointer for every $ref it follows.
  return body.includes('~') ? tokens.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : tokens;
}

/**
 * A local `$ref` as the plain pointer every stage here uses. RFC 6901 lets a pointer in a URI
 * fragment be percent-encoded (`#/paths/~1a~1%7Bid%7D` for the path `/a/{id}`), and real specs do.
 * A ref whose escapes do not decode stays as written (load refused any such ref where refs stand).
 */
export function plainRef(ref: string): string {
  if (!ref.includes('%')) return ref;
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

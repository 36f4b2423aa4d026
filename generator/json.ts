// Plain-data helpers every stage may use on parsed spec JSON: narrowing and pointer lookup.

import { parsePointer, plainRef } from './pointer';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A text field: strings as they are, numbers and booleans as text, anything else null. */
export function readText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** How a message names a value of the wrong kind: `a list`, `a string`, `null`, `empty`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'empty';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A JSON scalar that can stand as a literal type: string, finite number, boolean or null. YAML's
 * `.inf` and `.nan` (and JSON's `1e400`) parse to numbers no JSON text on the wire can hold.
 */
export function isJsonScalar(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
}

/**
 * An `enum`'s values as literal types can name them, or null when one is an object or a list (the
 * type must then come from the schema's other keywords). Non-finite numbers are left out: no JSON
 * on the wire holds them.
 */
export function literalEnum(values: readonly unknown[]): (string | number | boolean | null)[] | null {
  const reachable = values.filter((v) => !(typeof v === 'number' && !Number.isFinite(v)));
  return reachable.every(isJsonScalar) ? reachable : null;
}

/**
 * Sets `key` on an object built from spec data as its own property: plain assignment of
 * `__proto__` would set the object's prototype instead, and the property would be gone.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The node a local ref (`#/components/schemas/Pet`) names in `document`, or undefined: refs into
 * other files are bundled in as local ones before the model reads them, so any other is a dead end.
 */
export function localTarget(document: unknown, ref: string): unknown {
  return ref.startsWith('#') ? resolvePointer(document, ref) : undefined;
}

/** The value at a JSON pointer, or undefined. Only own properties are followed. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Where a chain of local refs leads: the node and its pointer, or where and why it stops short. */
export type RefChainEnd =
  | { readonly node: unknown; readonly pointer: string }
  | { readonly broken: { readonly ref: string; readonly at: string; readonly loops: boolean } };

/**
 * Follows local `$ref`s (`#/...`) from `node` (at `pointer`) through the document, once per hop,
 * until a node that is no local ref; stops at a ref to nothing or one that comes back to itself.
 */
export function followLocalRefs(document: unknown, node: unknown, pointer: string): RefChainEnd {
  let current = node;
  let at = pointer;
  const seen = new Set<string>();
  while (isObject(current) && typeof current['$ref'] === 'string' && current['$ref'].startsWith('#')) {
    const ref = plainRef(current['$ref']);
    const loops = seen.has(ref);
    const target = loops ? undefined : resolvePointer(document, ref);
    if (target === undefined) return { broken: { ref, at, loops } };
    seen.add(ref);
    current = target;
    at = ref;
  }
  return { node: current, pointer: at };
}

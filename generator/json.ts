// Plain-data helpers every stage may use on parsed spec JSON: narrowing and pointer lookup.

import { parsePointer } from './pointer';

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

/** The value at a JSON pointer, or undefined. Only own properties are followed. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

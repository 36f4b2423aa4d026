// Lenient readers for untyped spec data: they narrow `unknown`, report what is wrong, and never throw.

import type { DiagnosticSink } from '../diagnostics';
import { parsePointer } from '../pointer';

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The value as an object; an absent value is an empty object, anything else is reported and ignored. */
export function readObject(value: unknown, pointer: string, sink: DiagnosticSink): JsonObject {
  if (value === undefined) return {};
  if (isObject(value)) return value;
  sink.report('NOT_AN_OBJECT_NODE', pointer, { actual: describe(value) });
  return {};
}

/** A text field: strings as they are, numbers and booleans as text, anything else null. */
export function readText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

export function readStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(readText).filter((v): v is string => v !== null) : [];
}

/** Follows a local `$ref` (`#/...`) through the document, once per hop, stopping at loops. */
export function followRef(document: unknown, value: unknown, pointer: string): { node: unknown; pointer: string } {
  let node = value;
  let at = pointer;
  const seen = new Set<string>();
  while (isObject(node) && typeof node['$ref'] === 'string' && node['$ref'].startsWith('#') && !seen.has(node['$ref'])) {
    const ref = node['$ref'];
    seen.add(ref);
    const target = resolvePointer(document, ref);
    if (target === undefined) break;
    node = target;
    at = ref;
  }
  return { node, pointer: at };
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

// Lenient readers for untyped spec data: they narrow `unknown`, report what is wrong, and never throw.

import type { DiagnosticSink } from '../diagnostics';
import { describeValue, isObject, readText, resolvePointer, type JsonObject } from '../json';

export { isObject, readText, resolvePointer, type JsonObject };

/** The value as an object; an absent value is an empty object, anything else is reported and ignored. */
export function readObject(value: unknown, pointer: string, sink: DiagnosticSink): JsonObject {
  if (value === undefined) return {};
  if (isObject(value)) return value;
  sink.report('NOT_AN_OBJECT_NODE', pointer, { actual: describeValue(value) });
  return {};
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

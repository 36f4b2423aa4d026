// Lenient readers for untyped spec data: they narrow `unknown`, report what is wrong, and never throw.

import type { DiagnosticSink } from '../diagnostics';
import { describeValue, followLocalRefs, isObject, readText, resolvePointer, type JsonObject } from '../json';
import { pointerTo } from '../pointer';

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

/**
 * Follows a local `$ref` (`#/...`) through the document, once per hop. A ref to nothing, or a chain
 * that comes back to itself, is reported at the `$ref` that fails and gives `node: undefined`: what
 * it stood for is left out, as an absent value would be.
 */
export function followRef(
  ctx: { readonly document: unknown; readonly sink: DiagnosticSink },
  value: unknown,
  pointer: string,
): { node: unknown; pointer: string } {
  const end = followLocalRefs(ctx.document, value, pointer);
  if (!('broken' in end)) return end;
  const { ref, at, loops } = end.broken;
  ctx.sink.report('REF_BROKEN', pointerTo(at, '$ref'), { ref, reason: loops ? 'leads back to itself' : 'points at nothing' });
  return { node: undefined, pointer: at };
}

// A discriminator that names what is not there: a mapping to no schema (the member it meant is then
// tagged by its name, not by the key), or a property no member declares (a typo, and every member
// is then given a property the server never sends). Said where they are, so --strict catches them.

import type { DiagnosticSink } from '../diagnostics';
import { isObject, localTarget, type JsonObject } from '../json';
import { plainRef, pointerTo } from '../pointer';
import { declaresProperty } from './discriminatedMembers';

/** Where a mapping value leads: a local ref, or a schema's bare name; null for a ref into another file, which is not followed here. */
function mappedSchema(value: string, document: unknown): { found: boolean } | null {
  if (value.startsWith('#')) return { found: localTarget(document, plainRef(value)) !== undefined };
  if (value.includes('/') || value.includes('.')) return null;
  return { found: ['components/schemas', 'definitions'].some((at) => localTarget(document, `#/${at}/${value}`) !== undefined) };
}

/** `isBase`: the schema's subtypes are the schemas that allOf it, which may declare the property themselves. */
export function checkDiscriminator(schema: JsonObject, pointer: string, document: unknown, isBase: boolean, sink: DiagnosticSink): void {
  const discriminator = schema['discriminator'];
  if (!isObject(discriminator)) return;
  const at = pointerTo(pointer, 'discriminator');
  const mapping = isObject(discriminator['mapping']) ? discriminator['mapping'] : {};
  for (const [key, value] of Object.entries(mapping)) {
    const target = typeof value === 'string' ? mappedSchema(value, document) : { found: false };
    if (target !== null && !target.found) sink.report('DISCRIMINATOR_MAPPING_MISSING', pointerTo(at, 'mapping', key), { key, target: String(value) });
  }
  const property = discriminator['propertyName'];
  if (typeof property !== 'string' || isBase) return;
  // Only a oneOf/anyOf's members are given the tag here (allOf subtypes are isBase's); without members it tags nothing.
  const members = ['oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []));
  if (members.length > 0 && !declaresProperty([schema, ...members], property, document)) sink.report('DISCRIMINATOR_PROPERTY_UNDECLARED', pointerTo(at, 'propertyName'), { property });
}

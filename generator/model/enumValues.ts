// An enum's values as literal types name them, read as its `type` says where YAML read them
// otherwise: `type: string` with `enum: [1, 2]` (unquoted in YAML, so numbers) is sent as '1', '2'.

import { literalEnum, type JsonObject } from '../json';
import type { EnumMember } from './ApiModel';

export interface EnumValues {
  readonly values: readonly EnumMember['value'][];
  /** Whether a value was read as a string though written as a number or boolean. */
  readonly retyped: boolean;
}

/** Null when `enum` is no list or holds an object or a list (the schema's other keywords type it). */
export function enumValues(schema: JsonObject): EnumValues | null {
  const raw = schema['enum'];
  const literals = Array.isArray(raw) ? literalEnum(raw) : null;
  if (literals === null) return null;
  if (schema['type'] !== 'string' || literals.every((v) => typeof v === 'string' || v === null)) return { values: literals, retyped: false };
  return { values: literals.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v)), retyped: true };
}

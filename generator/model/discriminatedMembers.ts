// What a discriminated union's members say of its tag property: whether a member can carry the tag
// at all (GitHub maps `array` to `content-directory`, which is a list), and whether any member
// declares the property (a misspelt `propertyName` gives every member a property never sent).

import { followLocalRefs, isObject, type JsonObject } from '../json';

/** The schema a node is or refers to; null through a broken ref. `seen` keeps allOf parts that come back from being walked twice. */
function resolved(node: unknown, document: unknown, seen: Set<string>): JsonObject | null {
  const end = followLocalRefs(document, node, '#');
  if ('broken' in end || !isObject(end.node) || seen.has(end.pointer)) return null;
  if (end.pointer !== '#') seen.add(end.pointer);
  return end.node;
}

/** Whether the schema or its allOf parts (through refs) declare the property. */
function declares(node: unknown, property: string, document: unknown, seen: Set<string>): boolean {
  const schema = resolved(node, document, seen);
  if (schema === null) return false;
  if (isObject(schema['properties']) && Object.hasOwn(schema['properties'], property)) return true;
  return Array.isArray(schema['allOf']) && schema['allOf'].some((part) => declares(part, property, document, seen));
}

/** False for a member whose `type` rules out an object: an intersection with the tag would be a type no value has. */
export function canCarryTag(member: unknown, document: unknown): boolean {
  const schema = resolved(member, document, new Set());
  const type = schema?.['type'];
  if (typeof type === 'string') return type === 'object';
  return !(Array.isArray(type) && type.length > 0 && !type.includes('object'));
}

/** Whether any of the schemas (through refs and allOf parts) declares the property. */
export function declaresProperty(schemas: readonly unknown[], property: string, document: unknown): boolean {
  return schemas.some((schema) => declares(schema, property, document, new Set()));
}

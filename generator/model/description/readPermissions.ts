// Recognises the labelled permission lines RingCentral puts in descriptions ("App Permission" then
// "ReadCallLog" on the next line, "App Permission: ReadCallLog" on one line, a bullet or a table
// row of the same), and the headings of its error and permission tables.

import type { PermissionKey } from '../ApiModel';

const LABELS: readonly { readonly key: PermissionKey; readonly pattern: RegExp }[] = [
  { key: 'appPermission', pattern: /^(?:required\s+)?app(?:lication)?\s+permissions?(?:\(s\))?(?:\s+required)?$/i },
  { key: 'userPermission', pattern: /^(?:required\s+)?user\s+permissions?(?:\(s\))?(?:\s+required)?$/i },
  { key: 'usagePlanGroup', pattern: /^(?:usage\s+plan|api)\s+group$/i },
  { key: 'rateLimitGroup', pattern: /^rate\s+limit\s+group$/i },
];

/** The order permissions are reported in, whatever order the description uses. */
export const PERMISSION_ORDER: readonly PermissionKey[] = LABELS.map((l) => l.key);

/** Strips markdown emphasis, heading marks and a bullet so `**App Permission:**` and `- App Permission` read as labels. */
export function plainLine(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^[*+-]\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/&nbsp;/gi, ' ')
    .trim();
}

export interface LabelMatch {
  readonly key: PermissionKey;
  /** The value written on the same line after a colon, if any. */
  readonly inlineValue: string | null;
}

/** Small words a value may hold between names (`ReadAccounts or EditAccounts`); any other makes it a sentence. */
const JOINING_WORDS = new Set(['and', 'or']);

/**
 * A permission value: a few names (`ReadCallLog`, `ReadCallLog, EditExtensions (optional)`), not a
 * sentence that follows a label (`This endpoint needs the ReadAccounts permission.`), which stays prose.
 */
export function permissionValue(text: string): string | null {
  // A value written as code (`` `ReadAccounts` ``) is the name inside.
  const value = text.trim().replace(/^`([^`]*)`$/, '$1').trim();
  const words = value.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return null;
  const sentence = words.some((w) => /^[a-z]+[.…]*$/.test(w) && !JOINING_WORDS.has(w)) || /[.…]$/.test(value);
  return sentence ? null : value;
}

export function matchPermissionLabel(line: string): LabelMatch | null {
  let plain = plainLine(line);
  // A table row of a label and its value: `| App Permission | ReadAccounts |`.
  const row = /^\|([^|]+)\|([^|]*)\|?$/.exec(plain);
  if (row !== null) plain = `${row[1]!.trim()}: ${row[2]!.trim()}`;
  const colon = plain.indexOf(':');
  const label = (colon >= 0 ? plain.slice(0, colon) : plain).trim();
  const found = LABELS.find((l) => l.pattern.test(label));
  if (found === undefined) return null;
  const inline = colon >= 0 ? plain.slice(colon + 1).trim() : '';
  if (inline === '') return { key: found.key, inlineValue: null };
  const value = permissionValue(inline);
  return value === null ? null : { key: found.key, inlineValue: value };
}

export function isErrorTableHeading(line: string): boolean {
  return /^(?:api\s+)?error\s+codes?:?$/i.test(plainLine(line));
}

/**
 * A heading that may open an error table, marked as a heading (`### Errors`, `**Possible error
 * codes**`, `## Error responses`): read as one only when rows follow it.
 */
export function isLooseErrorTableHeading(line: string): boolean {
  if (!isHeading(line)) return false;
  return /^(?:possible\s+|api\s+)?(?:errors?|error\s+(?:codes?|responses?))(?:\s+codes?)?:?$/i.test(plainLine(line));
}

/** RingCentral's table of the app permissions an operation needs: `Required Permissions`, then `Permission | Description` rows. */
export function isPermissionTableHeading(line: string): boolean {
  return /^required\s+permissions?:?$/i.test(plainLine(line));
}

/** A markdown heading, or a line that is all bold: where a table ends and other text begins. */
export function isHeading(line: string): boolean {
  const text = line.trim();
  return /^#{1,6}\s+\S/.test(text) || /^(?:\*\*|__)[^*_]+(?:\*\*|__):?$/.test(text);
}

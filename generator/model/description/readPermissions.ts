// Recognises the labelled permission lines RingCentral puts in descriptions ("App Permission" then
// "ReadCallLog" on the next line, or "App Permission: ReadCallLog" on one line).

import type { PermissionKey } from '../ApiModel';

const LABELS: readonly { readonly key: PermissionKey; readonly pattern: RegExp }[] = [
  { key: 'appPermission', pattern: /^(?:required\s+)?app(?:lication)?\s+permissions?(?:\s+required)?$/i },
  { key: 'userPermission', pattern: /^(?:required\s+)?user\s+permissions?(?:\s+required)?$/i },
  { key: 'usagePlanGroup', pattern: /^(?:usage\s+plan|api)\s+group$/i },
  { key: 'rateLimitGroup', pattern: /^rate\s+limit\s+group$/i },
];

/** The order permissions are reported in, whatever order the description uses. */
export const PERMISSION_ORDER: readonly PermissionKey[] = LABELS.map((l) => l.key);

/** Strips markdown emphasis and heading marks so `**App Permission:**` reads as a label. */
export function plainLine(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/\*\*|__/g, '').trim();
}

export interface LabelMatch {
  readonly key: PermissionKey;
  /** The value written on the same line after a colon, if any. */
  readonly inlineValue: string | null;
}

export function matchPermissionLabel(line: string): LabelMatch | null {
  const plain = plainLine(line);
  const colon = plain.indexOf(':');
  const label = (colon >= 0 ? plain.slice(0, colon) : plain).trim();
  const found = LABELS.find((l) => l.pattern.test(label));
  if (found === undefined) return null;
  const inline = colon >= 0 ? plain.slice(colon + 1).trim() : '';
  return { key: found.key, inlineValue: inline === '' ? null : inline };
}

export function isErrorTableHeading(line: string): boolean {
  return /^(?:api\s+)?error\s+codes?:?$/i.test(plainLine(line));
}

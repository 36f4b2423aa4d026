// Splits an operation description into prose, permission metadata and the error-code table.
// Written for the family of RingCentral descriptions, not one of them: see the variants in its tests.

import type { ErrorEntry, Permission, PermissionKey } from '../ApiModel';
import { hasTableMarkup, htmlToText } from './htmlToLines';
import { readErrorTable } from './readErrorTable';
import { isErrorTableHeading, matchPermissionLabel, PERMISSION_ORDER } from './readPermissions';

export interface ParsedDescription {
  /** What a reader should see: the description without the structured parts. */
  readonly prose: string | null;
  readonly permissions: readonly Permission[];
  readonly errors: readonly ErrorEntry[];
  /** Table lines that could not be read, to be reported. */
  readonly unread: readonly string[];
}

function joinProse(lines: readonly string[]): string | null {
  const text = lines
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}

function nextFilled(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i += 1;
  return i;
}

export function parseDescription(text: string | null): ParsedDescription {
  if (text === null) return { prose: null, permissions: [], errors: [], unread: [] };
  const lines = (hasTableMarkup(text) ? htmlToText(text) : text).split(/\r\n?|\n/);
  const prose: string[] = [];
  const found = new Map<PermissionKey, string[]>();
  let table = { entries: [] as readonly ErrorEntry[], unread: [] as readonly string[] };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (isErrorTableHeading(line)) {
      // The table runs to the end, unless labelled lines follow it.
      let end = i + 1;
      while (end < lines.length && matchPermissionLabel(lines[end]!) === null) end += 1;
      // A description may hold more than one table (split by labelled lines): keep the rows of each.
      const read = readErrorTable(lines.slice(i + 1, end));
      table = { entries: [...table.entries, ...read.entries], unread: [...table.unread, ...read.unread] };
      i = end - 1;
      continue;
    }
    const label = matchPermissionLabel(line);
    if (label === null) {
      prose.push(line);
      continue;
    }
    let value = label.inlineValue;
    if (value === null) {
      const next = nextFilled(lines, i + 1);
      const candidate = lines[next];
      if (candidate !== undefined && matchPermissionLabel(candidate) === null && !isErrorTableHeading(candidate)) {
        value = candidate.trim();
        i = next;
      }
    }
    if (value !== null) found.set(label.key, [...(found.get(label.key) ?? []), value]);
  }
  const permissions = PERMISSION_ORDER.filter((k) => found.has(k)).map((key) => ({ key, value: found.get(key)!.join(', ') }));
  return { prose: joinProse(prose), permissions, errors: table.entries, unread: table.unread };
}

// Splits an operation description into prose, permission metadata and the error-code table.
// Written for the family of RingCentral descriptions, not one of them: see the variants in its tests.

import type { ErrorEntry, Permission, PermissionKey } from '../ApiModel';
import { hasBlockMarkup, hasTableMarkup, htmlToText, isTableBound, TABLE_END } from './htmlToLines';
import { nextFilled, readErrorTable } from './readErrorTable';
import { isErrorTableHeading, isLooseErrorTableHeading, isPermissionTableHeading, matchPermissionLabel, PERMISSION_ORDER, permissionValue, plainLine } from './readPermissions';

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

/** The text as lines: HTML made plain when it holds a table, or labels laid out in blocks (`<h4>App Permission</h4>`). */
function linesOf(text: string): string[] {
  const split = (t: string) => t.split(/\r\n?|\n/);
  if (!hasBlockMarkup(text) && !hasTableMarkup(text)) return split(text);
  const plain = split(htmlToText(text));
  const labelled = plain.some((l) => matchPermissionLabel(l) !== null || isErrorTableHeading(l) || isPermissionTableHeading(l));
  return hasTableMarkup(text) || labelled ? plain : split(text);
}

/**
 * The permission names of RingCentral's `Required Permissions` table (a `Permission` and a
 * `Description` cell per row), from the line after its heading; and the line after the table.
 */
function readPermissionTable(lines: readonly string[], from: number): { names: string[]; end: number } {
  const names: string[] = [];
  let i = nextFilled(lines, from);
  while (i < lines.length && (/^(?:permissions?|description)$/i.test(lines[i]!.trim()) || isTableBound(lines[i]!))) i = nextFilled(lines, i + 1);
  // Each row: the name, then its description up to a blank line.
  while (i < lines.length && /^[A-Z][A-Za-z0-9]*$/.test(lines[i]!.trim()) && matchPermissionLabel(lines[i]!) === null) {
    names.push(lines[i]!.trim());
    i += 1;
    while (i < lines.length && lines[i]!.trim() !== '' && lines[i]!.trim() !== TABLE_END) i += 1;
    i = nextFilled(lines, i);
  }
  if (lines[i]?.trim() === TABLE_END) i += 1;
  return { names, end: i };
}

/** Every label and heading the parser reads names a permission, a group or errors. */
const MAY_BE_STRUCTURE = /permission|group|error/i;

export function parseDescription(text: string | null): ParsedDescription {
  if (text === null) return { prose: null, permissions: [], errors: [], unread: [] };
  const lines = linesOf(text);
  const prose: string[] = [];
  const found = new Map<PermissionKey, string[]>();
  const add = (key: PermissionKey, value: string) => found.set(key, [...(found.get(key) ?? []), value]);
  let table = { entries: [] as readonly ErrorEntry[], unread: [] as readonly string[] };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    // Most lines are prose: one test spares them the label and heading checks (GitHub has 1,200 descriptions).
    if (!MAY_BE_STRUCTURE.test(line)) {
      if (!isTableBound(line)) prose.push(line);
      continue;
    }
    if (isTableBound(line)) continue;
    const strict = isErrorTableHeading(line);
    if (strict || isLooseErrorTableHeading(line)) {
      // The table runs to where its rows end, or to the next labelled line.
      let end = i + 1;
      while (end < lines.length && matchPermissionLabel(lines[end]!) === null && !isPermissionTableHeading(lines[end]!)) end += 1;
      // A description may hold more than one table (split by labelled lines): keep the rows of each.
      const read = readErrorTable(lines.slice(i + 1, end));
      // `### Errors` with no row below it is a heading of the prose.
      if (strict || read.entries.length > 0) {
        table = { entries: [...table.entries, ...read.entries], unread: [...table.unread, ...read.unread] };
        i += read.end;
        continue;
      }
    }
    if (isPermissionTableHeading(line)) {
      const read = readPermissionTable(lines, i + 1);
      if (read.names.length > 0) {
        add('appPermission', read.names.join(', '));
        i = read.end - 1;
        continue;
      }
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
      if (candidate !== undefined && matchPermissionLabel(candidate) === null && !isErrorTableHeading(candidate) && !isPermissionTableHeading(candidate)) {
        value = permissionValue(plainLine(candidate));
        if (value !== null) i = next;
      }
    }
    if (value !== null) add(label.key, value);
  }
  const permissions = PERMISSION_ORDER.filter((k) => found.has(k)).map((key) => ({ key, value: found.get(key)!.join(', ') }));
  return { prose: joinProse(prose), permissions, errors: table.entries, unread: table.unread };
}

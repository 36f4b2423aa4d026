// Reads the rows of an "Error Codes" table written as text: one cell per line (RingCentral's plain
// form, or HTML with the tags stripped), a markdown pipe table, or one row per line ("400 CMN-101
// Parameter is invalid", a bullet too), and says where the table ends so the text after it stays prose.

import type { ErrorEntry } from '../ApiModel';
import { TABLE_END, TABLE_START } from './htmlToLines';
import { isHeading } from './readPermissions';

const HEADER_PHRASE = /\b(?:http\s+(?:status\s+)?code|http\s+status|(?:response\s+)?status(?:\s+code)?|response\s+code|error\s+code|code|error\s+message|error|message|description|notes?|reason|details?)\b/gi;
/** An error's status: 4xx or 5xx (a table of result codes lists 200s, which are no errors). */
const STATUS = /^[45]\d\d$/;
/** A code: one token with a digit or a separator in it, or inner capitals (`CMN-101`, `invalid_grant`, `InvalidParameter`; not `Unauthorized`). */
const CODE = /^(?=\S+$)(?=.*[A-Za-z0-9])(?:.*[\d_.-]|.*[a-z][A-Z])/;
/** Between two codes of one row: a comma, or a slash with spaces (`CMN-401 / CMN-408`; a code may hold a slash). */
const CODE_LIST = /\s*,\s*|\s+\/\s+/;
/** A code in a one-line row: `CMN-101`, `OAU_213`, `InvalidParameter`, `1001`. */
const CODE_IN_ROW = String.raw`(?:[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+|[A-Z][a-z]+[A-Z][A-Za-z0-9]*|\d{4,})`;
/** `400 CMN-101 Bad`, `* 400 - CMN-101, CMN-102: Bad`. */
const ONE_LINE_ROW = new RegExp(String.raw`^(?:[*+-]\s+)?([45]\d\d)\s*(?:[-–:]\s+)?(${CODE_IN_ROW}(?:\s*,\s*${CODE_IN_ROW}|\s+/\s+${CODE_IN_ROW})*)(?:\s*[-–:]?\s+(.*))?$`);
/** A line that means to be a row (a status first), read or not: never part of the message above it. */
const ROW_ATTEMPT = /^(?:[*+-]\s+)?\W?[1-5](?:\d\d|xx)\b/i;

export interface ErrorTable {
  readonly entries: readonly ErrorEntry[];
  /** Lines that sat in the table but could not be read as part of a row. */
  readonly unread: readonly string[];
  /** The index of the first line after the table: what follows is prose again. */
  readonly end: number;
}

/** A header cell, or a whole header row on one line ("HTTP Code Error Code Error Message"). */
function isHeader(cell: string): boolean {
  return cell.replace(HEADER_PHRASE, '').replace(/[|\s]/g, '') === '' && /\w/.test(cell);
}

/** A cell's text without markdown decoration: `` `CMN-101` ``, `**400**`, `[CMN-101](https://…)`, a trailing colon. */
function plainCell(cell: string): string {
  return cell
    .trim()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[*_`]+|[*_`]+$/g, '')
    .replace(/:$/, '')
    // A status with its reason phrase: `400 Bad Request`.
    .replace(/^([45]\d\d)\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*$/, '$1')
    .trim();
}

/** The codes in a cell (`CMN-101`, `CMN-401 / CMN-408`, `A-1, A-2`), or null when it is not codes. */
function codesOf(cell: string | undefined): string[] | null {
  if (cell === undefined) return null;
  const codes = plainCell(cell).split(CODE_LIST).map(plainCell);
  return codes.length > 0 && codes.every((c) => CODE.test(c) && !STATUS.test(c)) ? codes : null;
}

function message(parts: readonly string[]): string {
  return parts.join(' ').replace(/<br\s*\/?>/gi, ' ').replace(/&nbsp;/gi, ' ').replace(/\s+/g, ' ').trim();
}

/** `| 400 | CMN-101 | msg |` or `400 | CMN-101 | msg`: a pipe row's cells, `\|` kept as text. */
function pipeCells(line: string): string[] | null {
  const cells = line.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
  if (!line.startsWith('|') && !(cells.length >= 3 && (STATUS.test(plainCell(cells[0]!)) || isHeader(cells[0]!)))) return null;
  return cells.filter((c) => c !== '');
}

function isSeparatorRow(line: string): boolean {
  return /^\|?[\s:|-]+\|?$/.test(line) && line.includes('-');
}

/** Where each row of the table starts: a status whose next filled line is a code, or a one-line row. */
function startsRow(lines: readonly string[], i: number): boolean {
  const line = lines[i]!.trim();
  const cells = pipeCells(line);
  if (ONE_LINE_ROW.test(line.replace(/`/g, '')) || (cells !== null && STATUS.test(plainCell(cells[0] ?? '')))) return true;
  if (!STATUS.test(plainCell(line))) return false;
  const next = nextFilled(lines, i + 1);
  return next < lines.length && codesOf(lines[next]) !== null;
}

/** Whether each line sits between an HTML table's bounds (`<table>` … `</table>`). */
function htmlTableLines(lines: readonly string[]): (at: number) => boolean {
  const inside: boolean[] = [];
  let open = false;
  for (const line of lines) {
    const text = line.trim();
    if (text === TABLE_START) open = true;
    else if (text === TABLE_END) open = false;
    inside.push(open);
  }
  return (at) => inside[at] ?? false;
}

/** The index of the first line from `from` that is not blank (the length when none is). */
export function nextFilled(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i += 1;
  return i;
}

function entriesOf(status: number, codes: readonly string[], text: string): ErrorEntry[] {
  return codes.map((code) => ({ status, code, message: text }));
}

/** A markdown row's entries (status then code, or code then status: `| CMN-101 | 400 | … |`), or null. */
function pipeRowEntries(cells: readonly string[]): ErrorEntry[] | null {
  const first = STATUS.test(plainCell(cells[0] ?? '')) ? 0 : 1;
  const codes = codesOf(cells[1 - first]);
  const status = plainCell(cells[first] ?? '');
  return STATUS.test(status) && codes !== null ? entriesOf(Number(status), codes, message(cells.slice(2))) : null;
}

/** Read rows and where reading goes on. */
interface RowRead {
  readonly entries: readonly ErrorEntry[];
  readonly next: number;
}

/** A one-line row (`400 CMN-101 Bad`) at `i`, wrapped over the lines up to a blank one or one that means to be a row. */
function oneLineRow(lines: readonly string[], i: number, row: RegExpExecArray): RowRead {
  const parts = row[3] === undefined ? [] : [row[3]];
  let next = i + 1;
  for (; next < lines.length; next += 1) {
    const text = lines[next]!.trim();
    if (text === '' || ROW_ATTEMPT.test(text) || isHeading(text) || text === TABLE_END) break;
    parts.push(text);
  }
  return { entries: entriesOf(Number(row[1]), row[2]!.split(CODE_LIST), message(parts)), next };
}

/**
 * A row of one cell per line at `i`: the status, the code on the next filled line, and the message:
 * the next filled line and those right below it, unless it starts the next row. Inside an HTML table
 * a blank line goes on, but past it a line that means to be a row (one it cannot read) is not the message's.
 */
function cellRow(lines: readonly string[], i: number, inHtml: (at: number) => boolean): RowRead {
  const at = nextFilled(lines, i + 1);
  const parts: string[] = [];
  let next = nextFilled(lines, at + 1);
  const first = lines[next]?.trim();
  if (first !== undefined && first !== TABLE_END && !isHeading(first) && !ROW_ATTEMPT.test(first) && !startsRow(lines, next)) {
    let blank = false;
    while (next < lines.length && (lines[next]!.trim() !== '' || inHtml(next)) && !startsRow(lines, next) && lines[next]!.trim() !== TABLE_END) {
      const text = lines[next]!.trim();
      if (blank && ROW_ATTEMPT.test(text)) break;
      blank = text === '';
      if (!blank) parts.push(text);
      next += 1;
    }
  }
  return { entries: entriesOf(Number(plainCell(lines[i]!)), codesOf(lines[at])!, message(parts)), next };
}

/**
 * The rows of the table that starts at `lines[0]` (below its heading). A row's message runs over the
 * lines that follow it up to a blank line (inside an HTML table, a line that means to be a row) or
 * the next row; after the first row, a paragraph that starts no row outside an HTML table, a
 * heading or the end of an HTML table ends the table.
 */
export function readErrorTable(lines: readonly string[]): ErrorTable {
  const entries: ErrorEntry[] = [];
  const unread: string[] = [];
  // Inside an HTML table a blank line is no paragraph (a `<p>` in a cell): the table ends at `</table>`.
  const inHtml = htmlTableLines(lines);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === TABLE_END) return { entries, unread, end: i + 1 };
    if (line === '' || line === TABLE_START || isSeparatorRow(line)) {
      i += 1;
      continue;
    }
    if (isHeading(line) && !isHeader(plainCell(line)) && !startsRow(lines, i)) break;
    const cells = pipeCells(line);
    const oneLine = cells === null ? ONE_LINE_ROW.exec(line.replace(/`/g, '')) : null;
    if (cells !== null) {
      i += 1;
      if (cells.every(isHeader)) continue;
      const read = pipeRowEntries(cells);
      if (read === null) unread.push(line); // the row as written, so the warning shows what to fix
      else entries.push(...read);
    } else if (oneLine !== null || startsRow(lines, i)) {
      const read = oneLine !== null ? oneLineRow(lines, i, oneLine) : cellRow(lines, i, inHtml);
      entries.push(...read.entries);
      i = read.next;
    } else if (isHeader(line)) {
      i += 1;
    } else {
      // After a row, a paragraph that starts none is prose again; before any, it is a line not understood.
      if (entries.length > 0 && !ROW_ATTEMPT.test(line) && !inHtml(i)) break;
      unread.push(line);
      i += 1;
    }
  }
  return { entries, unread, end: i };
}

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
  if (ONE_LINE_ROW.test(line.replace(/`/g, '')) || (pipeCells(line) !== null && STATUS.test(plainCell(pipeCells(line)![0] ?? '')))) return true;
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
    if (line === '') {
      i += 1;
      continue;
    }
    if (line === TABLE_END) return { entries, unread, end: i + 1 };
    if (line === TABLE_START) {
      i += 1;
      continue;
    }
    if (isHeading(line) && !isHeader(plainCell(line)) && !startsRow(lines, i)) break;
    if (isSeparatorRow(line)) {
      i += 1;
      continue;
    }
    const cells = pipeCells(line);
    if (cells !== null) {
      i += 1;
      if (cells.every(isHeader)) continue;
      // Status then code, or code then status (`| CMN-101 | 400 | … |`).
      const first = STATUS.test(plainCell(cells[0] ?? '')) ? 0 : 1;
      const codes = codesOf(cells[1 - first]);
      const status = plainCell(cells[first] ?? '');
      if (STATUS.test(status) && codes !== null) entries.push(...entriesOf(Number(status), codes, message(cells.slice(2))));
      else unread.push(line); // the row as written, so the warning shows what to fix
      continue;
    }
    const oneLine = ONE_LINE_ROW.exec(line.replace(/`/g, ''));
    if (oneLine !== null) {
      const parts = oneLine[3] === undefined ? [] : [oneLine[3]];
      i += 1;
      // A row wrapped over several lines: the lines up to a blank one, or one that means to be a row.
      while (i < lines.length && lines[i]!.trim() !== '' && !ROW_ATTEMPT.test(lines[i]!.trim()) && !isHeading(lines[i]!) && lines[i]!.trim() !== TABLE_END) {
        parts.push(lines[i]!.trim());
        i += 1;
      }
      entries.push(...entriesOf(Number(oneLine[1]), oneLine[2]!.split(CODE_LIST), message(parts)));
      continue;
    }
    if (startsRow(lines, i)) {
      const at = nextFilled(lines, i + 1);
      const codes = codesOf(lines[at])!;
      const parts: string[] = [];
      let next = nextFilled(lines, at + 1);
      // The message: the next filled line and those right below it, unless it starts the next row.
      if (next < lines.length && !startsRow(lines, next) && lines[next]!.trim() !== TABLE_END && !isHeading(lines[next]!) && !ROW_ATTEMPT.test(lines[next]!.trim())) {
        // In HTML, past a blank line, a line that means to be a row (one it cannot read) is not the message's.
        let blank = false;
        while (next < lines.length && (lines[next]!.trim() !== '' || inHtml(next)) && !startsRow(lines, next) && lines[next]!.trim() !== TABLE_END) {
          const text = lines[next]!.trim();
          if (blank && ROW_ATTEMPT.test(text)) break;
          blank = text === '';
          if (!blank) parts.push(text);
          next += 1;
        }
      }
      entries.push(...entriesOf(Number(plainCell(line)), codes, message(parts)));
      i = next;
      continue;
    }
    if (isHeader(line)) {
      i += 1;
      continue;
    }
    // After a row, a paragraph that starts none is prose again; before any, it is a line not understood.
    if (entries.length > 0 && !ROW_ATTEMPT.test(line) && !inHtml(i)) break;
    unread.push(line);
    i += 1;
  }
  return { entries, unread, end: i };
}

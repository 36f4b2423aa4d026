// Reads the rows of an "Error Codes" table written as text: either one cell per line (HTML with the
// tags stripped), a markdown pipe table, or one row per line ("400 CMN-101 Parameter is invalid").

import type { ErrorEntry } from '../ApiModel';

const HEADER_PHRASE = /\b(?:http\s+(?:status\s+)?code|http\s+status|status(?:\s+code)?|error\s+code|code|error\s+message|message|description)\b/gi;
const STATUS = /^[1-5]\d\d$/;
const CODE = /^\S+$/;
const ONE_LINE_ROW = /^([1-5]\d\d)\s+([A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)+)(?:\s+(.*))?$/;

export interface ErrorTable {
  readonly entries: readonly ErrorEntry[];
  /** Lines that sat in the table but could not be read as part of a row. */
  readonly unread: readonly string[];
}

/** A header cell, or a whole header row on one line ("HTTP Code Error Code Error Message"). */
function isHeader(cell: string): boolean {
  return cell.replace(HEADER_PHRASE, '').trim() === '';
}

interface Cells {
  readonly cells: readonly string[];
  /** Where a pipe row starts or ends: a message never runs across these, as pipe rows are whole rows. */
  readonly breaks: ReadonlySet<number>;
}

/** `| 400 | CMN-101 | msg |`, or the same without the outer pipes when it starts with a status or header. */
function isPipeRow(line: string): boolean {
  if (line.startsWith('|')) return true;
  const cells = line.split('|');
  return cells.length >= 3 && (STATUS.test(cells[0]!.trim()) || isHeader(cells[0]!) || /^[\s:-]+$/.test(cells[0]!));
}

/** Splits the table's lines into cells: pipe rows into their cells, other lines as one cell each. */
function toCells(lines: readonly string[]): Cells {
  const cells: string[] = [];
  const breaks = new Set<number>();
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (isPipeRow(line)) {
      if (/^\|?[\s:|-]+\|?$/.test(line)) continue; // the |---|---| separator row
      breaks.add(cells.length);
      cells.push(...line.split('|').map((c) => c.trim()).filter((c) => c !== ''));
      breaks.add(cells.length);
    } else cells.push(line);
  }
  let start = 0;
  while (start < cells.length && isHeader(cells[start]!)) start += 1;
  return { cells: cells.slice(start), breaks: new Set([...breaks].map((b) => b - start)) };
}

function startsRow(cells: readonly string[], i: number): boolean {
  return STATUS.test(cells[i] ?? '') && CODE.test(cells[i + 1] ?? '') && !STATUS.test(cells[i + 1] ?? '');
}

export function readErrorTable(lines: readonly string[]): ErrorTable {
  const { cells, breaks } = toCells(lines);
  const entries: ErrorEntry[] = [];
  const unread: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const oneLine = ONE_LINE_ROW.exec(cells[i]!);
    if (!startsRow(cells, i) && oneLine === null) {
      unread.push(cells[i]!);
      i += 1;
      continue;
    }
    let status: number;
    let code: string;
    const message: string[] = [];
    if (startsRow(cells, i)) {
      status = Number(cells[i]);
      code = cells[i + 1]!;
      i += 2;
    } else {
      status = Number(oneLine![1]);
      code = oneLine![2]!;
      if (oneLine![3]) message.push(oneLine![3].trim());
      i += 1;
    }
    while (i < cells.length && !breaks.has(i) && !startsRow(cells, i) && !ONE_LINE_ROW.test(cells[i]!)) {
      message.push(cells[i]!);
      i += 1;
    }
    entries.push({ status, code, message: message.join(' ').replace(/\s+/g, ' ').trim() });
  }
  return { entries, unread };
}

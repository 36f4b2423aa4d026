// A reader of one line of inline Markdown, after CommonMark's rules for backslash escapes and code
// spans, for tests that must show spec text stays inert: which characters are live, and what renders.

/** Renders where markdownText put a zero-width space to break a GFM autolink. */
export const AUTOLINK_BREAK = '\u200b';

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

export interface InlineReading {
  /** Characters outside code spans that no backslash escapes, in order. */
  readonly live: string;
  /** The text as it renders outside code spans (escapes resolved, the break entity as U+200B). */
  readonly text: string;
  /** The content of each code span, as it renders. */
  readonly codeSpans: readonly string[];
}

function backtickRun(line: string, at: number): number {
  let end = at;
  while (line[end] === '`') end += 1;
  return end - at;
}

/** The index of the closing run of exactly `length` backticks after `from`, or -1. */
function closingRun(line: string, from: number, length: number): number {
  for (let i = from; i < line.length; ) {
    const run = backtickRun(line, i);
    if (run === length) return i;
    i += Math.max(run, 1);
  }
  return -1;
}

/** Reads one line (no line terminators) the way a CommonMark inline parser tokenises it. */
export function readInline(line: string): InlineReading {
  let live = '';
  let text = '';
  const codeSpans: string[] = [];
  for (let i = 0; i < line.length; ) {
    const ch = line[i]!;
    if (ch === '\\' && ASCII_PUNCTUATION.test(line[i + 1] ?? '')) {
      text += line[i + 1];
      i += 2;
    } else if (line.startsWith('&#8203;', i)) {
      text += AUTOLINK_BREAK;
      i += '&#8203;'.length;
    } else if (ch === '`') {
      const run = backtickRun(line, i);
      const close = closingRun(line, i + run, run);
      if (close === -1) {
        live += '`'.repeat(run);
        text += '`'.repeat(run);
      } else {
        const content = line.slice(i + run, close);
        codeSpans.push(/^ .*[^ ].* $/.test(content) ? content.slice(1, -1) : content);
      }
      i = close === -1 ? i + run : close + run;
    } else {
      live += ch;
      text += ch;
      i += 1;
    }
  }
  return { live, text, codeSpans };
}

/** GFM's extended autolinks (`www.`, `scheme://`, `local@domain`) that text between breaks still holds. */
export function autolinkTriggers(text: string): string[] {
  return text.split(AUTOLINK_BREAK).flatMap((segment) => segment.match(/www\.|:\/\/|[^\s]@/gi) ?? []);
}

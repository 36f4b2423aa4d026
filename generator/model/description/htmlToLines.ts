// Turns description HTML (RingCentral's specs wrap the error table in <table>, and put the
// permission labels in <h4>) into plain lines. Only used when the text holds a table, or labels
// the parser reads once the tags are gone; other `<` in prose is left as written.

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** What `<table>` and `</table>` become: lines that bound a table, which the parser drops. */
export const TABLE_START = '\u0000table-start';
export const TABLE_END = '\u0000table-end';

/** Whether a line is one of the table bounds. */
export function isTableBound(line: string): boolean {
  const text = line.trim();
  return text === TABLE_START || text === TABLE_END;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Not a lone surrogate: it cannot be written as UTF-8.
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : whole;
  });
}

export function hasTableMarkup(text: string): boolean {
  return /<\/?(?:table|tr|td|th)\b/i.test(text);
}

/** A tag: `<` then a name at once (`a < b` is no tag), attributes, `>`. */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** Block markup (paragraphs, headings): HTML that lays the text out, not a `<br>` in a markdown cell. */
export function hasBlockMarkup(text: string): boolean {
  return /<\/?(?:p|h[1-6]|div|ul|ol|li)\b[^<>]*>/i.test(text);
}

export function htmlToText(text: string): string {
  const broken = text
    // A run of `<br>` is one line break: a blank line would read as the end of a paragraph.
    .replace(/(?:<br\s*\/?>\s*)+/gi, '\n')
    // A link keeps its address, as markdown: `<a href="https://…">the guide</a>` is `[the guide](https://…)`.
    .replace(/<a\s[^<>]*?href\s*=\s*["'](https?:\/\/[^"'<>\s]+)["'][^<>]*>([^<>]*)<\/a>/gi, '[$2]($1)')
    .replace(/<h([1-6])(?:\s[^<>]*)?>/gi, (_, level: string) => `\n${'#'.repeat(Number(level))} `)
    .replace(/<table\b[^<>]*>/gi, `\n${TABLE_START}\n`)
    .replace(/<\/table>/gi, `\n${TABLE_END}\n`)
    .replace(/<\/(?:td|th|tr|p|div|li|h[1-6]|thead|tbody)>/gi, '\n')
    .replace(TAG, '');
  return decodeEntities(broken);
}

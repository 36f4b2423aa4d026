// How code fragments nest. Every fragment is laid out as if it started at column 0; nesting it one
// level in prefixes each of its lines with two spaces. Composing fragments this way gives the text
// the TypeScript formatter would give, without running it (it took most of emit on large specs).

import { code, type TsCode } from './escape';

const INDENT = '  ';

/**
 * The fragment one level further in: every line that has text gets two more spaces. Built from
 * slices, not by a regular expression: a nested type is indented once per level it sits in, and a
 * replace copied the whole text each time.
 */
export function indent(fragment: string): TsCode {
  let text = '';
  let start = 0;
  for (let end = fragment.indexOf('\n'); end >= 0; end = fragment.indexOf('\n', start)) {
    text += end > start ? `${INDENT}${fragment.slice(start, end + 1)}` : '\n';
    start = end + 1;
  }
  return code(start < fragment.length ? `${text}${INDENT}${fragment.slice(start)}` : text);
}

/**
 * `open`, each item on its own line one level in, then `close`; or `open` + `close` when there
 * are no items. Items may span lines.
 */
export function block(open: string, items: readonly string[], close: string): TsCode {
  return code(items.length === 0 ? `${open}${close}` : `${open}\n${indent(items.join('\n'))}\n${close}`);
}

/**
 * A JSDoc comment around text that is already doc text (see escape.ts): one line when the text is,
 * otherwise one ` * ` line per line. A leading empty line is dropped.
 */
export function jsDoc(text: TsCode): TsCode {
  const lines = text.split(/\r?\n/);
  if (lines.length <= 1) {
    const head = `/** ${text}`;
    return code(`${head}${head.endsWith(' ') ? '' : ' '}*/`);
  }
  const body = (lines[0] === '' ? lines.slice(1) : lines).map((line) => (line === '' ? ' *' : ` * ${line}`));
  return code(['/**', ...body, ' */'].join('\n'));
}

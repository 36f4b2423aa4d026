// JSDoc text for a declaration or property: its description, then its tags (`@default`, `@format`...).

import type { DocTag } from '../model/ApiModel';
import { code, docText, type TsCode } from './escape';

/** The text of a JSDoc block (no frame), or null when there is nothing to say. */
export function docBody(description: string | null, tags: readonly DocTag[], notes: readonly TsCode[] = []): TsCode | null {
  const parts: TsCode[] = [];
  if (description !== null && description.trim() !== '') parts.push(docText(description.trim()));
  parts.push(...notes);
  const tagLines = [...tags.map((t) => code(`@${docText(t.tag)}${t.text === '' ? '' : ` ${docText(t.text).replace(/\n/g, ' ')}`}`))];
  if (tagLines.length > 0) parts.push(code(tagLines.join('\n')));
  return parts.length === 0 ? null : code(parts.join('\n\n'));
}

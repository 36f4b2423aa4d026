// One hash for every fingerprint specwright records: file contents, options, templates.

import { createHash } from 'node:crypto';

/** `sha256-<hex>` of the text's UTF-8 bytes (or of the bytes, already encoded). */
export function hashContent(content: string | Uint8Array): string {
  return hashParts([content]);
}

/** `hashContent` of the parts joined, without joining them: each part is hashed as it comes. */
export function hashParts(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    if (typeof part === 'string') hash.update(part, 'utf8');
    else hash.update(part);
  }
  return `sha256-${hash.digest('hex')}`;
}

// One hash for every fingerprint specwright records: file contents, options, templates.

import { createHash } from 'node:crypto';

/** `sha256-<hex>` of the text's UTF-8 bytes (or of the bytes, already encoded). */
export function hashContent(content: string | Uint8Array): string {
  const hash = typeof content === 'string' ? createHash('sha256').update(content, 'utf8') : createHash('sha256').update(content);
  return `sha256-${hash.digest('hex')}`;
}

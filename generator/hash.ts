// One hash for every fingerprint specwright records: file contents, options, templates.

import { createHash } from 'node:crypto';

/** `sha256-<hex>` of the text's UTF-8 bytes. */
export function hashContent(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('hex')}`;
}

// The manifest holds the hash of its own text, as it holds those of the other files it writes: a
// manifest edited by hand is then told from one another build of specwright writes otherwise (a
// field more), which `check` could otherwise tell apart only by guessing.

import { jsonInline } from '../emit/escape';
import { hashContent } from '../hash';

const OPENING = '{\n  "generator": "specwright",\n';

/** The line after the opening: the hash of the manifest without that line. */
const SELF_LINE = /^(\{\n {2}"generator": "specwright",\n) {2}"self": "(sha256-[0-9a-f]+)",\n/;

/** `text` (a printed manifest) with the line of its own hash. */
export function sealed(text: string): string {
  return `${OPENING}  "self": ${jsonInline(hashContent(text))},\n${text.slice(OPENING.length)}`;
}

/** A sealed manifest without the line of its hash. */
export function unsealed(text: string): string {
  return text.replace(SELF_LINE, '$1');
}

/** Whether a manifest written out again in another layout (JSON.stringify) still says it held its hash. */
function heldItsHash(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as Record<string, unknown>)['self'] === 'string';
  } catch {
    return false;
  }
}

/**
 * Whether the manifest's text is no longer the one its own hash was taken of (written out again in
 * another layout, its hash is elsewhere: edited too); null for one from before manifests held it.
 */
export function manifestEditedByHand(text: string): boolean | null {
  const self = SELF_LINE.exec(text);
  if (self === null) return heldItsHash(text) ? true : null;
  return hashContent(unsealed(text)) !== self[2];
}

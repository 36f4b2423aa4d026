// The manifest written beside the generated files: which files specwright owns there, with hashes,
// so a regeneration removes only its own stale files and a check can tell what changed.

import { createHash } from 'node:crypto';
import type { EmittedFile } from '../emit/emitFiles';

export const MANIFEST_NAME = 'specwright.manifest.json';

export interface Manifest {
  readonly generator: 'specwright';
  readonly version: string;
  /** Generated file → `sha256-<hex>` of its content. */
  readonly files: Readonly<Record<string, string>>;
}

export function hashContent(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('hex')}`;
}

export function manifestFile(files: readonly EmittedFile[], version: string): EmittedFile {
  const entries = [...files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => [f.path, hashContent(f.content)] as const);
  const manifest: Manifest = { generator: 'specwright', version, files: Object.fromEntries(entries) };
  return { path: MANIFEST_NAME, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** The files a previous run said it wrote; empty when there is no readable manifest. */
export function parseManifest(text: string | null): string[] {
  if (text === null) return [];
  try {
    const parsed = JSON.parse(text) as Partial<Manifest>;
    if (parsed.generator !== 'specwright' || typeof parsed.files !== 'object' || parsed.files === null) return [];
    return Object.keys(parsed.files);
  } catch {
    return [];
  }
}

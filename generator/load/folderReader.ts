// Reading the files a spec refers to: swagger-parser's file resolver, limited to the allowed folders;
// the parser it hands their text to (ours, so they get the spec's own checks and messages); and the
// check of the spec's own refs before it reads any.

import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RefusedInputError, type Diagnostic } from '../diagnostics';
import { hashContent } from '../hash';
import { refuseMalformedRefs } from './checkRefs';
import { decodeText, notUtf8 } from './decodeText';
import { detectFormat, parseDocument } from './parseDocument';
import { isOutside, isUrl, linksOutside, resolveRef, splitRef } from './refPaths';
import type { RefSite } from './scanDocument';
import { placeAll, type LocateAll } from './sourceLocator';

/** What parsing a referred file leaves for later: where its nodes are, and its refs to other files. */
export interface ParsedFile {
  readonly locateAll: LocateAll;
  readonly externalRefs: readonly RefSite[];
}

/** A resolver's or parser's file as a path (or URL, for a remote file). */
function pathOf(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : isUrl(url) ? url : decodeURIComponent(url);
}

/**
 * A file resolver for swagger-parser that reads only files inside `folder`, by their real path (a
 * symbolic link out of it is refused): nothing else is even opened. Files are decoded as the spec
 * is (a byte-order mark, UTF-16), and a file that is not UTF-8 leaves its warning in `warnings`,
 * with the file's absolute path. swagger-parser drops a resolver's error message, so the last one
 * is kept in `failure`, with the file it was about. Each file read leaves the hash of its text in `hashes`.
 */
export function folderReader(folders: readonly string[], real: readonly string[]) {
  const reader = {
    order: 100,
    canRead: (file: { url: string }) => !isUrl(file.url),
    failure: null as { readonly path: string; readonly reason: string } | null,
    warnings: [] as Diagnostic[],
    hashes: new Map<string, string>(),
    async read(file: { url: string }): Promise<string> {
      const path = pathOf(file.url);
      const shown = relative(folders[0]!, path);
      let reason = `${shown} is outside the spec's folder`;
      if (!isOutside(folders, path) && !(await linksOutside(real, path))) {
        const read = await readText(path, shown);
        if ('text' in read) {
          reader.warnings.push(...read.warnings);
          reader.hashes.set(path, textHash(read.text));
          return read.text;
        }
        reason = read.reason;
      }
      reader.failure = { path, reason };
      throw new Error(reason);
    },
  };
  return reader;
}

async function readText(path: string, shown: string): Promise<{ text: string; warnings: Diagnostic[] } | { reason: string }> {
  let bytes: Buffer;
  try {
    // A named pipe or a device would be read forever (or block until written to): only files are read.
    if (!(await stat(path)).isFile()) return { reason: `${shown} is not a file` };
    bytes = await readFile(path);
  } catch (error) {
    return { reason: `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { reason: `${shown} is ${decoded.encoding}, which is not read: save it as UTF-8` };
  return { text: decoded.text, warnings: notUtf8(decoded.text, decoded.invalidAt, path) };
}

/** What the manifest records of a file the spec refers to: its text with `\n` line endings, as the spec's own hash is taken. */
export function textHash(text: string): string {
  return hashContent(text.replace(/\r\n?/g, '\n'));
}

/** A remote file's bytes (ours come as text), decoded as the spec's are; UTF-32 as UTF-8, which its parse refuses. */
function remoteText(bytes: Buffer): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : bytes.toString('utf8');
}

/**
 * The spec's own refs to files that are missing or not files, found before swagger-parser reads any:
 * its error for them names neither the ref nor where it is. (A file those files refer to is found
 * missing by swagger-parser, and placed afterwards by refusedAtReferrer.)
 */
export async function unreadableFiles(sites: readonly RefSite[], file: string, real: readonly string[]): Promise<{ site: RefSite; reason: string }[]> {
  const checked = await Promise.all(
    sites.map(async (site) => {
      const target = splitRef(resolveRef(file, site.ref)).file;
      const found = await stat(target).catch((error: NodeJS.ErrnoException) => error.code ?? error.message);
      const reason =
        typeof found === 'string' ? `cannot read the file (${found})`
        : !found.isFile() ? 'is not a file'
        : (await linksOutside(real, target)) ? "the file is outside the spec's folder (through a symbolic link)"
        : null;
      return reason === null ? null : { site, reason };
    }),
  );
  return checked.filter((c) => c !== null);
}

/**
 * The parser swagger-parser hands JSON and YAML files to (and files without an extension, first):
 * our own, as the spec itself is parsed, so a referred file gets the same checks (duplicate keys,
 * YAML tags, nesting, malformed refs) and its refusal says where in that file (`refusal`, kept
 * because swagger-parser rewraps the error, or tries its text parser next). Other files (a `.md`
 * description) are still read as text. Each file is parsed once: what placing a diagnostic in it,
 * or finding which file referred to a missing one, needs is kept in `parsed`.
 */
export function specParser() {
  const parser = {
    order: 1,
    canParse: ['.json', '.yaml', '.yml'],
    refusal: null as readonly Diagnostic[] | null,
    /** A file that holds no value (empty, or only comments), which the resolver would say it cannot parse. */
    empty: null as string | null,
    parsed: new Map<string, ParsedFile>(),
    /** The hash of each remote file's text (local files are hashed as folderReader reads them). */
    remoteHashes: new Map<string, string>(),
    parse(file: { url: string; data: string | Buffer }): unknown {
      const path = pathOf(file.url);
      const text = typeof file.data === 'string' ? file.data : remoteText(file.data);
      if (isUrl(path)) parser.remoteHashes.set(path, textHash(text));
      try {
        const parsed = parseDocument(text, path, detectFormat(path, text));
        parser.parsed.set(path, { locateAll: parsed.locateAll, externalRefs: parsed.scan.externalRefs });
        try {
          refuseMalformedRefs(parsed.scan.malformedRefs, path);
        } catch (error) {
          if (error instanceof RefusedInputError) throw new RefusedInputError(placeAll(error.diagnostics, parsed.locateAll));
          throw error;
        }
        if (parsed.data === null || parsed.data === undefined) {
          parser.empty = path;
          throw new Error(`${path} holds nothing`);
        }
        return parsed.data;
      } catch (error) {
        if (error instanceof RefusedInputError) parser.refusal = error.diagnostics;
        throw error;
      }
    },
  };
  return parser;
}

// The load stage: a file path in, the spec as plain data out (external refs bundled), or a refusal.

import { resolve } from 'node:path';
import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';
import { cutLongDocs } from './checkLimits';
import { scanDocument } from './scanDocument';
import { refuseMalformedRefs } from './checkRefs';
import { bundleExternalRefs, DEFAULT_REF_POLICY, type ExternalParts, type RefPolicy } from './bundleExternalRefs';
import { detectFormat, parseDocument } from './parseDocument';
import { placeAll, type LocateAll } from './sourceLocator';
import { readSpecFile } from './readSpecFile';
import { sniffVersion, type Dialect } from './sniffVersion';
import { resolveAnchors } from './resolveAnchors';

export interface LoadedSpec {
  /** The path as the user gave it, for messages. */
  readonly file: string;
  /** SHA-256 of the spec file's bytes. */
  readonly sha256: string;
  readonly dialect: Dialect;
  readonly document: unknown;
  /**
   * Warnings about the input itself (documentation cut to size), not yet placed: the caller places
   * them with `locateAll` together with later stages' diagnostics, in one pass over the text.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Line:column of many JSON pointers at once (a large spec may have thousands of diagnostics). */
  readonly locateAll: LocateAll;
  /** The parts of `document` brought in from files the spec refers to, so diagnostics in them can name those files. */
  readonly external: ExternalParts;
}

/** Reads, parses and checks one spec file; throws RefusedInputError when it cannot be used at all. */
export async function loadSpec(input: string, policy: RefPolicy = DEFAULT_REF_POLICY): Promise<LoadedSpec> {
  const { text, sha256, diagnostics: fromText } = await readSpecFile(input);
  if (text.trim() === '') throw new RefusedInputError([{ ...makeDiagnostic('EMPTY_DOCUMENT', '#'), file: input }]);
  const parsed = parseDocument(text, input, detectFormat(input, text));
  // Refusals from here on point into a parsed document, so they can say where.
  try {
    const { dialect, diagnostics: fromVersion } = sniffVersion(parsed.data, input);
    // JSON Schema 2020-12's named anchors (`$ref: '#pet'`) are OpenAPI 3.1's only.
    refuseMalformedRefs(dialect === 'openapi-3.1' ? resolveAnchors(parsed.data, parsed.scan.malformedRefs) : parsed.scan.malformedRefs, input);
    const { document, external, warnings } = await bundleExternalRefs(parsed.data as Record<string, unknown>, parsed.scan.externalRefs, resolve(input), input, dialect, policy);
    // The scan saw every node of a document that bundled nothing; a bundled one holds other files' too.
    const { longDocs, nonFinite } = document === parsed.data ? parsed.scan : scanDocument(document, input);
    // Left in place: the model takes no literal type from them (isJsonScalar), and says nothing more.
    const numbers = nonFinite.map(({ pointer, value }) => ({ ...makeDiagnostic('NUMBER_NOT_FINITE', pointer, { value: String(value) }), file: input }));
    const diagnostics = [...fromText, ...fromVersion, ...warnings, ...cutLongDocs(longDocs, input), ...numbers];
    return { file: input, sha256, dialect, document, diagnostics, locateAll: parsed.locateAll, external };
  } catch (error) {
    if (error instanceof RefusedInputError) throw new RefusedInputError(placeAll(error.diagnostics, parsed.locateAll));
    throw error;
  }
}

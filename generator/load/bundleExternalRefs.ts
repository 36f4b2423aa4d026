// Pulls `$ref`s to other files into the document, so later stages see local refs only.
// Local refs are left alone (the model resolves them and warns on missing targets); remote ones are refused.

import SwaggerParser from '@apidevtools/swagger-parser';
import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';
import { pointerTo } from '../pointer';

interface RefSite {
  readonly ref: string;
  readonly pointer: string;
}

/** Every `$ref` that does not start with `#`, with the pointer of the object that holds it. */
export function findExternalRefs(data: unknown): RefSite[] {
  const found: RefSite[] = [];
  const stack: { value: unknown; pointer: string }[] = [{ value: data, pointer: '#' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) found.push({ ref: child, pointer });
      else stack.push({ value: child, pointer: pointerTo(pointer, key) });
    }
  }
  return found.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

function refused(file: string, site: RefSite, reason: string): Diagnostic {
  return { ...makeDiagnostic('REF_UNRESOLVED', pointerTo(site.pointer, '$ref'), { reason: `${site.ref}: ${reason}` }), file };
}

interface ParserError {
  readonly name?: string;
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly source?: string;
}

/** The document with external refs bundled in; throws RefusedInputError when one cannot be read. */
export async function bundleExternalRefs(
  data: Record<string, unknown>,
  file: string,
  shownAs: string,
): Promise<unknown> {
  const sites = findExternalRefs(data);
  if (sites.length === 0) return data;
  const remote = sites.filter((s) => /^[a-z][a-z0-9+.-]*:/i.test(s.ref));
  if (remote.length > 0) {
    throw new RefusedInputError(remote.map((s) => refused(shownAs, s, 'remote references are not fetched')));
  }
  // swagger-parser checks the version field itself and does not know 3.2; ours was checked already.
  const input = typeof data['openapi'] === 'string' ? { ...data, openapi: '3.1.0' } : { ...data };
  try {
    const bundled = (await SwaggerParser.bundle(file, input as never, { resolve: { http: false }, continueOnError: true })) as Record<string, unknown>;
    return { ...bundled, ...(data['openapi'] !== undefined ? { openapi: data['openapi'] } : {}) };
  } catch (error) {
    const errors = ((error as { errors?: ParserError[] }).errors ?? [error as ParserError]).filter(
      // A missing local target is a defect the model types around, not a reason to refuse.
      (e) => !(e.name === 'MissingPointerError' && e.source === file),
    );
    if (errors.length === 0) {
      const partial = (error as { files?: { schema?: unknown } }).files?.schema;
      if (partial) return partial;
    }
    throw new RefusedInputError(
      errors.map((e) => ({
        ...makeDiagnostic('REF_UNRESOLVED', pointerTo('#', ...(e.path ?? [])), { reason: e.message }),
        file: shownAs,
      })),
    );
  }
}

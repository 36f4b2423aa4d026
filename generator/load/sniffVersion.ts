// Decides whether a parsed document is a spec specwright can read, and which dialect it is.

import { describeValue } from '../json';
import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';

export type Dialect = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1';

/** A version written as a YAML number (`openapi: 3.0` is the number 3) as the text its author meant. */
function versionText(value: unknown): { text: string; numeric: boolean } {
  if (typeof value !== 'number') return { text: String(value), numeric: false };
  return { text: Number.isInteger(value) ? `${value}.0` : String(value), numeric: true };
}

export interface SniffedVersion {
  readonly dialect: Dialect;
  /** What the reading of the version itself warns of (a number for a version, 3.2 read as 3.1), unplaced. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The document's dialect; throws RefusedInputError when it is not a supported spec. */
export function sniffVersion(data: unknown, file: string): SniffedVersion {
  const refuse = (diagnostic: Diagnostic): never => {
    throw new RefusedInputError([{ ...diagnostic, file }]);
  };
  if (data === null || data === undefined) return refuse(makeDiagnostic('EMPTY_DOCUMENT', '#'));
  if (typeof data !== 'object' || Array.isArray(data)) {
    return refuse(makeDiagnostic('NOT_AN_OBJECT', '#', { actual: describeValue(data) }));
  }
  const doc = data as Record<string, unknown>;
  const field = 'swagger' in doc ? 'swagger' : 'openapi' in doc ? 'openapi' : null;
  if (field === null) {
    if ('swaggerVersion' in doc) return refuse(makeDiagnostic('UNSUPPORTED_VERSION', '#/swaggerVersion', { version: JSON.stringify(doc['swaggerVersion']) }));
    return refuse(makeDiagnostic('NOT_A_SPEC', '#'));
  }
  const { text, numeric } = versionText(doc[field]);
  const dialect = field === 'swagger' ? (text === '2.0' || text === '2' ? 'swagger-2.0' : null) : /^3\.0(\.\d+)?$/.test(text) ? 'openapi-3.0' : /^3\.[12](\.\d+)?$/.test(text) ? 'openapi-3.1' : null;
  if (dialect === null) return refuse(makeDiagnostic('UNSUPPORTED_VERSION', `#/${field}`, { version: JSON.stringify(doc[field]) }));
  const diagnostics: Diagnostic[] = [];
  if (numeric) diagnostics.push({ ...makeDiagnostic('VERSION_NOT_TEXT', `#/${field}`, { field, version: text }), file });
  // 3.2 adds to 3.1, which reads the rest of it as written; what it adds is left out, so it is said.
  if (/^3\.2(\.\d+)?$/.test(text)) diagnostics.push({ ...makeDiagnostic('VERSION_READ_AS_3_1', `#/${field}`, { version: text }), file });
  return { dialect, diagnostics };
}

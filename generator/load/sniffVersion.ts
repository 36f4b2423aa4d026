// Decides whether a parsed document is a spec specwright can read, and which dialect it is.

import { describeValue } from '../json';
import { makeDiagnostic, RefusedInputError, type Diagnostic } from '../diagnostics';

export type Dialect = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1';

/** The document's dialect; throws RefusedInputError when it is not a supported spec. */
export function sniffVersion(data: unknown, file: string): Dialect {
  const refuse = (diagnostic: Diagnostic): never => {
    throw new RefusedInputError([{ ...diagnostic, file }]);
  };
  if (data === null || data === undefined) return refuse(makeDiagnostic('EMPTY_DOCUMENT', '#'));
  if (typeof data !== 'object' || Array.isArray(data)) {
    return refuse(makeDiagnostic('NOT_AN_OBJECT', '#', { actual: describeValue(data) }));
  }
  const doc = data as Record<string, unknown>;
  if ('swagger' in doc) {
    const version = String(doc['swagger']);
    if (version === '2.0' || version === '2') return 'swagger-2.0';
    return refuse(makeDiagnostic('UNSUPPORTED_VERSION', '#/swagger', { version: JSON.stringify(doc['swagger']) }));
  }
  if ('openapi' in doc) {
    const version = String(doc['openapi']);
    if (/^3\.0(\.\d+)?$/.test(version)) return 'openapi-3.0';
    // 3.2 only adds to 3.1, so a 3.1 reader types it correctly.
    if (/^3\.[12](\.\d+)?$/.test(version)) return 'openapi-3.1';
    return refuse(makeDiagnostic('UNSUPPORTED_VERSION', '#/openapi', { version: JSON.stringify(doc['openapi']) }));
  }
  if ('swaggerVersion' in doc) {
    return refuse(makeDiagnostic('UNSUPPORTED_VERSION', '#/swaggerVersion', { version: JSON.stringify(doc['swaggerVersion']) }));
  }
  return refuse(makeDiagnostic('NOT_A_SPEC', '#'));
}

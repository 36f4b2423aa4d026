// What the normalise helpers share while walking one spec. Read-only apart from the sink.

import type { DiagnosticSink } from '../diagnostics';
import type { Dialect } from '../load/sniffVersion';

export interface NormaliseContext {
  readonly dialect: Dialect;
  readonly document: unknown;
  readonly sink: DiagnosticSink;
  /** Swagger 2.0 top-level `consumes` / `produces`; empty for OpenAPI 3. */
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
}

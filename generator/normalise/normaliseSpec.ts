// The normalise stage: the loaded document (either dialect) in, one NormalisedSpec out.
// Swagger 2.0 is handled only in this folder; nothing after it knows which dialect the spec was.

import type { DiagnosticSink } from '../diagnostics';
import type { LoadedSpec } from '../load/loadSpec';
import { pointerTo } from '../pointer';
import type { NormaliseContext } from './NormaliseContext';
import type { NamedSchema, NormalisedSpec } from './NormalisedSpec';
import { normaliseOperations } from './normaliseOperations';
import { normaliseSecuritySchemes, readSecurity } from './normaliseSecurity';
import { normaliseServers } from './normaliseServers';
import { readObject, readStringList, readText, type JsonObject } from './readers';

/** A description made of one hyphenated token (`this-is-an-api-for-x`) is a slug some tool wrote, not prose. */
function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-+[a-z0-9]+){4,}$/.test(text.trim());
}

function namedSchemas(doc: JsonObject, ctx: NormaliseContext): NamedSchema[] {
  const [container, base] =
    ctx.dialect === 'swagger-2.0'
      ? [doc['definitions'], '#/definitions']
      : [readObject(doc['components'], '#/components', ctx.sink)['schemas'], '#/components/schemas'];
  return Object.entries(readObject(container, base, ctx.sink)).map(([name, node]) => ({
    name,
    site: { node, pointer: pointerTo(base, name) },
  }));
}

export function normaliseSpec(loaded: LoadedSpec, sink: DiagnosticSink): NormalisedSpec {
  const doc = readObject(loaded.document, '#', sink);
  const ctx: NormaliseContext = {
    dialect: loaded.dialect,
    document: loaded.document,
    sink,
    consumes: readStringList(doc['consumes']),
    produces: readStringList(doc['produces']),
  };
  const info = readObject(doc['info'], '#/info', sink);
  let description = readText(info['description']);
  if (description !== null && isSlug(description)) {
    sink.report('INFO_DESCRIPTION_SLUG', '#/info/description');
    description = null;
  }
  const securitySchemes = normaliseSecuritySchemes(doc, ctx);
  const globalSecurity = readSecurity(doc['security'], '#/security', securitySchemes, ctx) ?? [];
  const operations = normaliseOperations(doc['paths'], { ...ctx, securitySchemes, globalSecurity });
  // A spec cut short (`openapi: 3.0.0` and little else) would replace a whole client with an empty one in silence.
  if (operations.length === 0) sink.report('NO_OPERATIONS', doc['paths'] === undefined ? '#' : '#/paths');
  return {
    dialect: loaded.dialect,
    info: { title: readText(info['title']), version: readText(info['version']), description },
    servers: normaliseServers(doc, ctx),
    operations,
    schemas: namedSchemas(doc, ctx),
    securitySchemes,
    document: loaded.document,
  };
}

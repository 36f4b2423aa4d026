// The servers a client may call: OpenAPI 3 `servers`, or Swagger 2.0 `schemes`/`host`/`basePath`.

import { pointerTo } from '../pointer';
import type { NormaliseContext } from './NormaliseContext';
import type { NormalisedServer } from './NormalisedSpec';
import { isObject, readStringList, readText, type JsonObject } from './readers';

function swagger2Servers(doc: JsonObject): NormalisedServer[] {
  const host = readText(doc['host']);
  const basePath = readText(doc['basePath']) ?? '';
  if (host === null) return basePath === '' ? [] : [{ url: basePath, variables: {}, pointer: '#/basePath' }];
  const schemes = readStringList(doc['schemes']).map((s) => s.toLowerCase());
  // Prefer https when the spec offers it; Swagger 2.0 says the default is the scheme the spec was fetched with.
  const ordered = schemes.includes('https') ? ['https', ...schemes.filter((s) => s !== 'https')] : schemes;
  return (ordered.length > 0 ? ordered : ['https']).map((scheme) => ({ url: `${scheme}://${host}${basePath}`, variables: {}, pointer: '#/host' }));
}

export function normaliseServers(doc: JsonObject, ctx: NormaliseContext): NormalisedServer[] {
  if (ctx.dialect === 'swagger-2.0') return swagger2Servers(doc);
  if (!Array.isArray(doc['servers'])) return [];
  return doc['servers'].flatMap((server, index) => {
    const url = isObject(server) ? readText(server['url']) : null;
    if (url === null || !isObject(server)) return [];
    const variables = Object.entries(isObject(server['variables']) ? server['variables'] : {}).flatMap(([name, v]) => {
      const value = isObject(v) ? readText(v['default']) : null;
      return value === null ? [] : [[name, value] as const];
    });
    return [{ url, variables: Object.fromEntries(variables), pointer: pointerTo('#/servers', index) }];
  });
}

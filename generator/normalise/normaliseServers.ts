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

/** A default written as a number (`port: { default: 8443 }`, common though the spec says string) is meant as its text. */
function scalarText(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/**
 * The value of each variable the URL names: its default, else the first of its enum. The first
 * server is the client's default, so a variable of it with neither is reported (and the model
 * leaves that server out of the client); the others are only offered.
 */
function serverVariables(url: string, raw: JsonObject, pointer: string, report: boolean, ctx: NormaliseContext): Record<string, string> {
  const declared = isObject(raw['variables']) ? raw['variables'] : {};
  const values: [string, string][] = [];
  for (const [, name = ''] of url.matchAll(/\{([^{}]+)\}/g)) {
    const variable = Object.hasOwn(declared, name) ? declared[name] : undefined;
    const stated = isObject(variable) ? scalarText(variable['default']) : null;
    const value = stated ?? (isObject(variable) && Array.isArray(variable['enum']) ? scalarText(variable['enum'][0]) : null);
    if (value !== null) values.push([name, value]);
    if (!report || stated !== null) continue;
    const at = variable === undefined ? pointerTo(pointer, 'url') : pointerTo(pointer, 'variables', name);
    const outcome = value === null ? 'the client has no default server URL: give `baseUrl` to createClient' : `the first of its enum, \`${value}\`, is used`;
    ctx.sink.report('SERVER_VARIABLE_NO_DEFAULT', at, { name, outcome });
  }
  // fromEntries defines each name, `__proto__` too, as the object's own.
  return Object.fromEntries(values);
}

export function normaliseServers(doc: JsonObject, ctx: NormaliseContext): NormalisedServer[] {
  if (ctx.dialect === 'swagger-2.0') return swagger2Servers(doc);
  if (!Array.isArray(doc['servers'])) return [];
  return doc['servers'].flatMap((server, index) => {
    const url = isObject(server) ? readText(server['url']) : null;
    if (url === null || !isObject(server)) return [];
    const pointer = pointerTo('#/servers', index);
    return [{ url, variables: serverVariables(url, server, pointer, index === 0, ctx), pointer }];
  });
}

// The servers a client may call: OpenAPI 3 `servers`, or Swagger 2.0 `schemes`/`host`/`basePath`.

import { pointerTo } from '../pointer';
import type { NormaliseContext } from './NormaliseContext';
import type { NormalisedServer } from './NormalisedSpec';
import { describeValue } from '../json';
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
 * The value of each variable the URL names: its default, else the first of its enum. A variable
 * with no default is reported when `unresolved` says what becomes of the URL (the first server of
 * a list is the one used); the others are only offered.
 */
function serverVariables(url: string, raw: JsonObject, pointer: string, unresolved: string | null, ctx: NormaliseContext, urlAt = pointerTo(pointer, 'url')): Record<string, string> {
  const declared = isObject(raw['variables']) ? raw['variables'] : {};
  const values: [string, string][] = [];
  for (const [, name = ''] of url.matchAll(/\{([^{}]+)\}/g)) {
    const variable = Object.hasOwn(declared, name) ? declared[name] : undefined;
    const stated = isObject(variable) ? scalarText(variable['default']) : null;
    const value = stated ?? (isObject(variable) && Array.isArray(variable['enum']) ? scalarText(variable['enum'][0]) : null);
    if (value !== null) values.push([name, value]);
    if (unresolved === null || stated !== null) continue;
    if (variable === undefined) ctx.sink.report('SERVER_VARIABLE_UNDECLARED', urlAt, { name, outcome: unresolved });
    else ctx.sink.report('SERVER_VARIABLE_NO_DEFAULT', pointerTo(pointer, 'variables', name), { name, outcome: value === null ? unresolved : `the first of its enum, \`${value}\`, is used` });
  }
  // fromEntries defines each name, `__proto__` too, as the object's own.
  return Object.fromEntries(values);
}

/**
 * An OpenAPI 3 `servers` list: the document's, a path item's or an operation's. `unresolved` says
 * what becomes of the first server when one of its variables has no value.
 */
export function readServers(list: unknown, pointer: string, unresolved: string, ctx: NormaliseContext): NormalisedServer[] {
  if (list === undefined) return [];
  if (typeof list === 'string') {
    // `servers: https://api.example.com`: one URL, plainly meant.
    ctx.sink.report('SERVERS_NOT_A_LIST', pointer, { url: list });
    return [{ url: list, variables: serverVariables(list, {}, pointer, unresolved, ctx, pointer), pointer }];
  }
  if (!Array.isArray(list)) {
    ctx.sink.report('NOT_A_LIST_NODE', pointer, { actual: describeValue(list) });
    return [];
  }
  return list.flatMap((server, index) => {
    const at = pointerTo(pointer, index);
    const url = isObject(server) ? readText(server['url']) : null;
    if (url === null || !isObject(server)) {
      // Left out, the next server would become the default in silence.
      ctx.sink.report('SERVER_URL_MISSING', at);
      return [];
    }
    return [{ url, variables: serverVariables(url, server, at, index === 0 ? unresolved : null, ctx), pointer: at }];
  });
}

export function normaliseServers(doc: JsonObject, ctx: NormaliseContext): NormalisedServer[] {
  if (ctx.dialect === 'swagger-2.0') return swagger2Servers(doc);
  return readServers(doc['servers'], '#/servers', 'the client has no default server URL: give `baseUrl` to createClient', ctx);
}

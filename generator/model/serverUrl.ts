// A server as the client calls it: its URL with every variable filled in.

import type { NormalisedServer } from '../normalise/NormalisedSpec';

/**
 * The server URL with each `{variable}` replaced by its value, without a trailing slash; null when
 * there is no server, or one variable has no value (normalise said so): a URL with `{env}` in it
 * reaches no server.
 */
export function serverUrl(server: NormalisedServer | undefined): string | null {
  if (server === undefined) return null;
  let unresolved = false;
  const url = server.url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    if (Object.hasOwn(server.variables, name)) return server.variables[name]!;
    unresolved = true;
    return whole;
  });
  return unresolved ? null : url.replace(/\/+$/, '');
}

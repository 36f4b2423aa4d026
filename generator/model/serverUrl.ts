// A server as the client calls it: its URL with every variable filled in.

import { hasUrlScheme } from '../hasUrlScheme';
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

/**
 * An operation's own server URL, or null when it has none or it is the document's. A relative one
 * (`/v2`) is taken on the document's server, as a spec that writes one means it; with no absolute
 * server to take it on, the client's base URL is used.
 */
export function ownServerUrl(url: string | null, documentUrl: string | null): string | null {
  if (url === null || url === documentUrl) return null;
  if (hasUrlScheme(url)) return url;
  if (documentUrl === null || !hasUrlScheme(documentUrl) || !URL.canParse(url, `${documentUrl}/`)) return null;
  const resolved = new URL(url, `${documentUrl}/`).href.replace(/\/+$/, '');
  return resolved === documentUrl ? null : resolved;
}

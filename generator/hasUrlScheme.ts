// Whether a reference or server URL names its own scheme (`https:`, `file:`, `urn:`): RFC 3986's
// `scheme ":"`. Such a string is taken as it is; anything else is relative to where it was written.

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function hasUrlScheme(text: string): boolean {
  return SCHEME.test(text);
}

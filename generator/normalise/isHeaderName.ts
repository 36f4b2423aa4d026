// What a header's name may be made of (RFC 9110's token): fetch refuses to send any other.

const HTTP_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isHeaderName(name: string): boolean {
  return HTTP_TOKEN.test(name);
}

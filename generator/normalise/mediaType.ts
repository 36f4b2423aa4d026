// Media types as a request writes them into a header (`Accept`, a multipart part's `Content-Type`).

/** Printable ASCII `type/subtype`, parameters allowed: what a header can carry as the spec wrote it. */
const SENDABLE = /^[\x21-\x7e]+\/[\x20-\x7e]+$/;

export function isSendableMediaType(mediaType: string): boolean {
  return SENDABLE.test(mediaType);
}

// Security schemes (Swagger 2.0 `securityDefinitions`, OAS 3 `components.securitySchemes`) and
// requirements, with operation-level `security` replacing the global one (`[]` means none).

import { describeValue } from '../json';
import { pointerTo } from '../pointer';
import { isHeaderName } from './isHeaderName';
import type { NormaliseContext } from './NormaliseContext';
import type { NormalisedSecurityScheme, SecurityRequirement } from './NormalisedSpec';
import { followRef, isObject, readObject, readStringList, readText, type JsonObject } from './readers';

const TYPES = ['http', 'apiKey', 'oauth2', 'openIdConnect', 'mutualTLS'] as const;
const KEY_LOCATIONS = ['header', 'query', 'cookie'] as const;

function readScheme(key: string, raw: JsonObject, pointer: string, ctx: NormaliseContext): NormalisedSecurityScheme | null {
  const declared = readText(raw['type']);
  // Swagger 2.0 `basic` is OAS 3 `http` with scheme `basic`.
  const type = declared === 'basic' && ctx.dialect === 'swagger-2.0' ? 'http' : TYPES.find((t) => t === declared);
  if (type === undefined) {
    ctx.sink.report('SECURITY_SCHEME_INVALID', pointer, { reason: `has the unknown type \`${declared ?? ''}\`` });
    return null;
  }
  const scheme = declared === 'basic' ? 'basic' : type === 'http' ? (readText(raw['scheme'])?.toLowerCase() ?? null) : null;
  const location = type === 'apiKey' ? (KEY_LOCATIONS.find((l) => l === raw['in']) ?? null) : null;
  const name = type === 'apiKey' ? readText(raw['name']) : null;
  if (type === 'apiKey' && (location === null || name === null)) {
    ctx.sink.report('SECURITY_SCHEME_INVALID', pointer, { reason: 'is an apiKey without a valid `in` and `name`' });
    return null;
  }
  if (location === 'header' && name !== null && !isHeaderName(name)) {
    ctx.sink.report('SECURITY_SCHEME_INVALID', pointer, { reason: `is an apiKey in a header named \`${name}\`, which is no HTTP header name (fetch refuses to send it)` });
    return null;
  }
  return { key, type, scheme, in: location, name, pointer };
}

export function normaliseSecuritySchemes(doc: JsonObject, ctx: NormaliseContext): NormalisedSecurityScheme[] {
  const [container, base] =
    ctx.dialect === 'swagger-2.0'
      ? [doc['securityDefinitions'], '#/securityDefinitions']
      : [readObject(doc['components'], '#/components', ctx.sink)['securitySchemes'], '#/components/securitySchemes'];
  return Object.entries(readObject(container, base, ctx.sink)).flatMap(([key, value]) => {
    const at = pointerTo(base, key);
    const scheme = readScheme(key, readObject(followRef(ctx, value, at).node, at, ctx.sink), at, ctx);
    return scheme === null ? [] : [scheme];
  });
}

/**
 * A `security` list; null when the field is absent (so the caller inherits). Unknown schemes drop
 * their alternative. An explicit `security: []` (no authentication, as a token endpoint or a public
 * download says) is one empty alternative, so the client tells it from a spec that says nothing
 * and sends no credential there.
 */
export function readSecurity(
  value: unknown,
  pointer: string,
  schemes: readonly NormalisedSecurityScheme[],
  ctx: NormaliseContext,
): SecurityRequirement[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) {
    ctx.sink.report('NOT_A_LIST_NODE', pointer, { actual: describeValue(value) });
    return null;
  }
  if (value.length === 0) return [[]];
  return value.flatMap((alternative, i) => {
    const at = pointerTo(pointer, i);
    if (!isObject(alternative)) return [];
    const unknown = Object.keys(alternative).filter((k) => !schemes.some((s) => s.key === k));
    for (const key of unknown) ctx.sink.report('SECURITY_SCHEME_UNKNOWN', pointerTo(at, key), { key });
    if (unknown.length > 0) return [];
    // The schemes of one alternative are all needed, in no order: sorted, so the spec's key order changes nothing.
    const keys = Object.keys(alternative).sort();
    return [keys.map((scheme) => ({ scheme, scopes: readStringList(alternative[scheme]) }))];
  });
}

// The one dialect every later stage reads: OpenAPI 3 shapes, with Swagger 2.0 already mapped in.
// Plain, readonly data; schemas stay raw JSON Schema nodes with the pointer they came from.

import type { Dialect } from '../load/sniffVersion';

/** OpenAPI 3.2's `query` (the QUERY method: a safe request with a body) last, so earlier ones keep their place in naming order. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** OpenAPI 3 styles, plus `tabDelimited` so Swagger 2.0's `collectionFormat: tsv` is not lost. */
export type ParameterStyle =
  | 'simple' | 'form' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'tabDelimited' | 'deepObject';

/** A raw schema node and where it is; the model turns it into types. */
export interface SchemaSite {
  readonly node: unknown;
  readonly pointer: string;
}

export interface NormalisedParameter {
  readonly name: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly description: string | null;
  readonly deprecated: boolean;
  /** null when the spec gives no type at all. */
  readonly schema: SchemaSite | null;
  readonly style: ParameterStyle;
  readonly explode: boolean;
  /**
   * The media type of an OpenAPI 3 parameter given by `content` (a filter sent as JSON), or null:
   * such a value is written whole in that media type, not by a style.
   */
  readonly contentType: string | null;
  /** Where the operation lists it: types made from it are named after this place. */
  readonly pointer: string;
  /** Where it is defined (a shared one's `#/components/parameters/...`): defects of its own are said there, once. */
  readonly source: string;
}

/** How one field of a form body is written: OpenAPI 3's `encoding`, Swagger 2.0's `collectionFormat`. */
export interface FormFieldStyle {
  readonly name: string;
  readonly style: ParameterStyle;
  readonly explode: boolean;
  /** The media type of the field's part in a multipart body (JSON metadata beside a file), or null. */
  readonly contentType: string | null;
}

export interface MediaContent {
  readonly mediaType: string;
  readonly schema: SchemaSite | null;
  /** Form fields the spec says how to write; empty for other media types, and for responses. */
  readonly encoding: readonly FormFieldStyle[];
}

export interface NormalisedRequestBody {
  readonly required: boolean;
  readonly description: string | null;
  readonly content: readonly MediaContent[];
  readonly pointer: string;
}

export interface NormalisedHeader {
  readonly name: string;
  readonly required: boolean;
  readonly description: string | null;
  readonly schema: SchemaSite | null;
}

export interface NormalisedResponse {
  /** `200`, `4XX` or `default`. */
  readonly status: string;
  readonly description: string | null;
  readonly content: readonly MediaContent[];
  readonly headers: readonly NormalisedHeader[];
  readonly pointer: string;
}

/** One way to authenticate, in OpenAPI 3 terms (Swagger 2.0 `basic` becomes `http` + `basic`). */
export interface NormalisedSecurityScheme {
  readonly key: string;
  readonly type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  /** For `http`: `basic`, `bearer`, ... lower-cased. */
  readonly scheme: string | null;
  /** For `apiKey`: where the key goes and under which name. */
  readonly in: 'header' | 'query' | 'cookie' | null;
  readonly name: string | null;
  readonly pointer: string;
}

/** Schemes that must all be satisfied together, each with the scopes it needs. */
export type SecurityRequirement = readonly { readonly scheme: string; readonly scopes: readonly string[] }[];

export interface NormalisedOperation {
  readonly pointer: string;
  readonly path: string;
  readonly method: HttpMethod;
  readonly operationId: string | null;
  readonly summary: string | null;
  readonly description: string | null;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  readonly parameters: readonly NormalisedParameter[];
  readonly requestBody: NormalisedRequestBody | null;
  readonly responses: readonly NormalisedResponse[];
  /** Alternatives, any one of which suffices; empty means no authentication. Inheritance already applied. */
  readonly security: readonly SecurityRequirement[];
  /** The operation's own servers (OpenAPI 3, on it or its path item); empty when it uses the document's. */
  readonly servers: readonly NormalisedServer[];
}

export interface NormalisedServer {
  /** May hold `{variables}` (OpenAPI 3). */
  readonly url: string;
  /** Each server variable's default value. */
  readonly variables: Readonly<Record<string, string>>;
  readonly pointer: string;
}

export interface NamedSchema {
  readonly name: string;
  readonly site: SchemaSite;
}

export interface NormalisedSpec {
  readonly dialect: Dialect;
  readonly info: {
    readonly title: string | null;
    readonly version: string | null;
    readonly description: string | null;
  };
  readonly servers: readonly NormalisedServer[];
  readonly operations: readonly NormalisedOperation[];
  /** `definitions` (2.0) or `components.schemas` (3.x), in spec order. */
  readonly schemas: readonly NamedSchema[];
  readonly securitySchemes: readonly NormalisedSecurityScheme[];
  /** The whole document, so the model can follow local `$ref`s by pointer. */
  readonly document: unknown;
}

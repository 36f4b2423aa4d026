// The intermediate model: everything the emitters need, with every name final and every text raw.
// Closed unions, JSON-serialisable, readonly: it can be snapshot-tested without emitting anything.

import type { Identifier } from '../naming';
import type { FormFieldStyle, HttpMethod, NormalisedSecurityScheme, ParameterLocation, ParameterStyle } from '../normalise/NormalisedSpec';

export type Scalar = string | number | boolean;

/** `int64` is an integer that may not fit a double; emit decides how it is typed. */
/** `binary`: a file a caller gives (a Blob or bytes); `blob`: a file a response body is read as (a Blob). */
export type PrimitiveName = 'string' | 'number' | 'int64' | 'boolean' | 'null' | 'undefined' | 'unknown' | 'never' | 'binary' | 'blob';

export type TypeRef =
  | { readonly kind: 'primitive'; readonly name: PrimitiveName }
  | { readonly kind: 'literal'; readonly value: Scalar | null }
  | { readonly kind: 'array'; readonly of: TypeRef }
  /** Fixed leading items, then any number of `rest` (none when null). */
  | { readonly kind: 'tuple'; readonly items: readonly TypeRef[]; readonly rest: TypeRef | null }
  | { readonly kind: 'union'; readonly of: readonly TypeRef[] }
  | { readonly kind: 'intersection'; readonly of: readonly TypeRef[] }
  | { readonly kind: 'object'; readonly properties: readonly PropertyModel[]; readonly additional: TypeRef | null }
  | { readonly kind: 'named'; readonly name: Identifier };

/** A JSDoc tag carried from the schema: `@default 1`, `@format date-time`, `@deprecated`. Text is raw. */
export interface DocTag {
  readonly tag: string;
  readonly text: string;
}

export interface PropertyModel {
  /** The wire name; emitted as a (quoted when needed) key, never renamed. */
  readonly name: string;
  readonly required: boolean;
  readonly type: TypeRef;
  readonly doc: string | null;
  readonly tags: readonly DocTag[];
}

export interface EnumMember {
  readonly name: Identifier;
  readonly value: Scalar | null;
}

/** Which side of the wire a schema declaration describes; `both` when the two do not differ. */
export type SchemaView = 'both' | 'read' | 'write' | 'base';

export interface SchemaDecl {
  readonly name: Identifier;
  readonly view: SchemaView;
  readonly type: TypeRef;
  readonly doc: string | null;
  readonly tags: readonly DocTag[];
  /** For enum schemas: the members of the exported const object of the same name. */
  readonly enumMembers: readonly EnumMember[] | null;
  readonly pointer: string;
}

export interface ParamModel {
  /** The property that holds this parameter in the operation's params object. */
  readonly key: string;
  /** The name on the wire. */
  readonly name: string;
  readonly in: ParameterLocation;
  /** Whether the caller must give it: false when the config supplies a client-side default. */
  readonly required: boolean;
  readonly type: TypeRef;
  /** Sent when the caller gives no value (from the config, not the spec's `default`). */
  readonly clientDefault: Scalar | null;
  readonly style: ParameterStyle;
  readonly explode: boolean;
  /** The media type the whole value is written in (OpenAPI 3 `content`: a filter as JSON), or null. */
  readonly contentType: string | null;
  readonly doc: string | null;
  /** JSDoc tags from the parameter's schema: `@default`, `@format`, `@minimum`... */
  readonly tags: readonly DocTag[];
  readonly deprecated: boolean;
  readonly pointer: string;
}

export interface RequestBodyVariant {
  /** In spec order. */
  readonly mediaTypes: readonly string[];
  readonly type: TypeRef;
}

export interface RequestBodyModel {
  /** The params property that holds the body: `body`, unless a parameter already has that key. */
  readonly key: string;
  /** The media type sent unless the caller picks another (JSON when the spec offers it). */
  readonly mediaType: string;
  readonly required: boolean;
  /** The body's type: the union over every media type the spec offers. */
  readonly type: TypeRef;
  readonly doc: string | null;
  /** Every media type the spec offers, in spec order. */
  readonly mediaTypes: readonly string[];
  /** The params property that picks the media type, when there is more than one. */
  readonly contentTypeKey: string | null;
  /**
   * The body's type for each group of media types that share it, the group of `mediaType` first:
   * more than one when the media type decides the type (`Pet` as JSON, a file as XML), so a body
   * is typed together with the `contentTypeKey` that sends it.
   */
  readonly variants: readonly RequestBodyVariant[];
  /** Form fields written other than as OpenAPI's default (form style, exploded), by any form media type offered. */
  readonly fields: readonly FormFieldStyle[];
}

export interface HeaderModel {
  /** As declared; header names are case-insensitive on the wire. */
  readonly name: string;
  readonly required: boolean;
  readonly type: TypeRef;
  readonly doc: string | null;
}

export interface ResponseModel {
  /** `200`, `2XX` or `default`. */
  readonly status: string;
  /** A 2xx response: what the operation's function resolves to. */
  readonly success: boolean;
  readonly mediaType: string | null;
  readonly type: TypeRef;
  readonly headers: readonly HeaderModel[];
  readonly doc: string | null;
}

/** A security scheme as the runtime needs it to attach credentials (`key` is what callers name credentials by). */
export type SecuritySchemeModel = Omit<NormalisedSecurityScheme, 'pointer'>;

/** Schemes that must all be satisfied together; an operation lists alternatives of these. */
export type SecurityRequirementModel = readonly { readonly scheme: SecuritySchemeModel; readonly scopes: readonly string[] }[];

/** One row of an operation's "Error Codes" table. */
export interface ErrorEntry {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

export type PermissionKey = 'appPermission' | 'userPermission' | 'usagePlanGroup' | 'rateLimitGroup';

export interface Permission {
  readonly key: PermissionKey;
  readonly value: string;
}

export interface OperationNames {
  readonly fn: Identifier;
  readonly params: Identifier;
  readonly response: Identifier;
  /** Every declared response body by status. */
  readonly responses: Identifier;
  /** Every declared response header by status. */
  readonly responseHeaders: Identifier;
  readonly errorCode: Identifier;
  readonly error: Identifier;
  readonly errors: Identifier;
  readonly descriptor: Identifier;
  /** For a paginated operation: the page and item iterators and the item type. */
  readonly pages?: Identifier;
  readonly items?: Identifier;
  readonly item?: Identifier;
}

/** How a paginated operation walks its pages (from the config's rule). */
export interface PaginationModel {
  readonly style: 'page' | 'cursor' | 'link' | 'linkHeader';
  /** The params key that carries the page number or the cursor. */
  readonly param: string;
  /** Where a page keeps its items (none: the page is the list), and the field whose presence means there is a next page (or holds the cursor; none for `linkHeader`). */
  readonly itemsPath: readonly string[];
  readonly nextPath: readonly string[];
  /** The type of one item, as far as the response schema says. */
  readonly itemType: TypeRef;
}

export interface OperationModel {
  /** `GET /pets/{id}`: stable across renames, used for sorting and messages. */
  readonly key: string;
  readonly pointer: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** The operation's own server URL (OpenAPI 3 `servers` on it or its path item), or null: the client's. */
  readonly server: string | null;
  /** The spec's operationId when it has one, else the function name. */
  readonly operationId: string;
  readonly names: OperationNames;
  readonly summary: string | null;
  /** The description's prose, without the permission lines and the error table. */
  readonly description: string | null;
  readonly deprecated: boolean;
  readonly tags: readonly string[];
  readonly params: readonly ParamModel[];
  readonly requestBody: RequestBodyModel | null;
  readonly responses: readonly ResponseModel[];
  /**
   * The `Accept` header when the success responses offer no plain JSON (`application/pdf`, a vendor JSON type), so a server
   * that honours it does not answer 406; null asks for JSON.
   */
  readonly accept: string | null;
  /** What the function resolves to: the union of the success responses, unknown when none is declared. */
  readonly successType: TypeRef;
  readonly errors: readonly ErrorEntry[];
  readonly permissions: readonly Permission[];
  /** Alternatives, any one of which authenticates the call; empty when none is needed. */
  readonly security: readonly SecurityRequirementModel[];
  readonly pagination: PaginationModel | null;
}

/** One application error code with every place the API documents it. */
export interface ErrorCodeModel {
  readonly code: string;
  /** Member name in the API-wide `ErrorCode` object. */
  readonly member: Identifier;
  readonly uses: readonly { readonly status: number; readonly message: string; readonly operationId: string }[];
}

export interface ApiModel {
  readonly title: string | null;
  readonly version: string | null;
  readonly description: string | null;
  /** The first server's URL with its variables' defaults filled in. */
  readonly defaultBaseUrl: string | null;
  readonly securitySchemes: readonly SecuritySchemeModel[];
  readonly operations: readonly OperationModel[];
  readonly schemas: readonly SchemaDecl[];
  readonly errorCodes: readonly ErrorCodeModel[];
}

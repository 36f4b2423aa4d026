// The diagnostic type, the one catalogue of codes, and the sink the stages report into.
// Stages report and carry on; only the CLI decides what a diagnostic means for the exit code.

export type Severity = 'error' | 'warning';

interface CatalogueEntry {
  readonly severity: Severity;
  /** Message template; `{name}` placeholders are filled from the report's arguments. */
  readonly message: string;
  readonly hint: string;
}

export const DIAGNOSTIC_CATALOGUE = {
  FILE_NOT_FOUND: {
    severity: 'error',
    message: 'file not found',
    hint: "check the path: --input is taken from the current directory, a config's paths from the config file's folder",
  },
  FILE_UNREADABLE: {
    severity: 'error',
    message: 'cannot read the file: {reason}',
    hint: 'check that the path is a readable file, not a folder',
  },
  ENCODING_UNSUPPORTED: {
    severity: 'error',
    message: 'the file is {encoding}, which is not read',
    hint: 'save it as UTF-8 (UTF-16 is read too)',
  },
  TEXT_NOT_UTF8: {
    severity: 'warning',
    message: 'the file is not valid UTF-8 from here: each byte that is not was read as U+FFFD, the replacement character',
    hint: 'save the file as UTF-8; one written as Windows-1252 or Latin-1 converts with `iconv -f windows-1252 -t utf-8`',
  },
  PARSE_ERROR: {
    severity: 'error',
    message: 'not valid {format}: {reason}',
    hint: 'fix the syntax at the given line and column',
  },
  EMPTY_DOCUMENT: {
    severity: 'error',
    message: 'the file is empty',
    hint: 'point --input at a Swagger 2.0 or OpenAPI 3.x document',
  },
  MULTIPLE_DOCUMENTS: {
    severity: 'error',
    message: 'the YAML stream holds {count} documents; a spec is one document',
    hint: 'split the file so that each spec is a document of its own',
  },
  NOT_AN_OBJECT: {
    severity: 'error',
    message: 'the document is {actual}, not an object',
    hint: 'a spec is a mapping with a `swagger` or `openapi` field at the top',
  },
  NOT_A_SPEC: {
    severity: 'error',
    message: 'the document has no `swagger` or `openapi` field',
    hint: 'add `swagger: "2.0"` or `openapi: 3.x.y` at the top, or check that this is the right file',
  },
  VERSION_NOT_TEXT: {
    severity: 'warning',
    message: '`{field}` is a number, not text; read as {version}',
    hint: 'quote the version (`openapi: "3.0.3"`): YAML reads an unquoted `3.0` as the number 3',
  },
  VERSION_READ_AS_3_1: {
    severity: 'warning',
    message: 'OpenAPI {version} is read as 3.1 with the QUERY method: what else 3.2 adds (additionalOperations, querystring parameters, itemSchema streams) is left out',
    hint: 'each such part the spec uses is warned where it is; the rest is read as written',
  },
  PATH_ITEM_KEY_UNKNOWN: {
    severity: 'warning',
    message: 'the path item has a field `{key}`, which is no HTTP method specwright reads; what it holds is left out',
    hint: 'methods are get, put, post, delete, options, head, patch, trace and (OpenAPI 3) query; OpenAPI 3.2\'s additionalOperations is not read yet; other fields need an `x-` prefix',
  },
  ITEM_SCHEMA_IGNORED: {
    severity: 'warning',
    message: "the `{mediaType}` stream's itemSchema (OpenAPI 3.2) is not read; the body is typed by its `schema`, or as the media type's kind without one",
    hint: 'specwright does not type streams item by item yet',
  },
  NO_OPERATIONS: {
    severity: 'warning',
    message: 'the spec declares no operations; the client has none',
    hint: 'check that this is the whole spec (`paths` holds the operations); --strict refuses it',
  },
  MEDIA_TYPE_INVALID: {
    severity: 'warning',
    message: '`{key}` is no media type (`type/subtype`); {reading}',
    hint: 'key `content` by media type: `content: { application/json: { schema: ... } }`',
  },
  RESPONSE_SCHEMA_WITHOUT_CONTENT: {
    severity: 'warning',
    message: 'a response `schema` outside `content` (Swagger 2.0\'s form) is not OpenAPI 3; read as application/json',
    hint: 'move it under `content: { application/json: { schema: ... } }`',
  },
  ARRAY_ITEMS_MISSING: {
    severity: 'warning',
    message: 'an array without `items`, which Swagger 2.0 and OpenAPI 3.0 require; typed as a list of unknown',
    hint: 'say what the list holds: `items: { ... }`',
  },
  UNSUPPORTED_VERSION: {
    severity: 'error',
    message: 'unsupported spec version {version}',
    hint: 'specwright reads Swagger 2.0 and OpenAPI 3.0 and 3.1; convert older specs first',
  },
  REF_MALFORMED: {
    severity: 'error',
    message: '$ref {reason}',
    hint: 'write a ref as a string: a file path, a URL, or `#/` followed by a JSON pointer',
  },
  REF_UNRESOLVED: {
    severity: 'error',
    message: 'cannot resolve $ref: {reason}',
    hint: 'check that the referenced file exists next to the spec and holds the pointed-to part',
  },
  ALIAS_RECURSIVE: {
    severity: 'error',
    message: 'this YAML alias stands for a node it is inside, so the document never ends',
    hint: 'a schema that contains itself needs a $ref to its named definition (`$ref: \'#/components/schemas/Name\'`), not a YAML alias',
  },
  NESTING_TOO_DEEP: {
    severity: 'error',
    message: 'the document nests more than {max} levels deep',
    hint: 'real specs nest a few dozen levels; flatten the schema with named definitions and $ref',
  },
  DOC_TRUNCATED: {
    severity: 'warning',
    message: 'documentation text of {length} characters is cut to {max} in the generated code',
    hint: 'shorten the text, or move long material out of the spec',
  },
  CONFIG_NOT_FOUND: {
    severity: 'error',
    message: 'no {name} in this folder or one above it, up to {top}',
    hint: 'run from the project, or name the config with --config <file>, or give one spec with --input and --output',
  },
  CONFIG_INVALID: {
    severity: 'error',
    message: 'invalid config: {reason}',
    hint: 'see specwright.config.schema.json for the allowed fields',
  },
  CONFIG_DEFAULT_UNUSED: {
    severity: 'warning',
    message: 'the config gives a default for {location} parameter `{name}`, but no operation has one',
    hint: 'remove the default or fix the parameter name in the config',
  },
  NOT_AN_OBJECT_NODE: {
    severity: 'warning',
    message: 'expected an object here, found {actual}; ignored',
    hint: 'fix the spec at this pointer',
  },
  NUMBER_NOT_FINITE: {
    severity: 'warning',
    message: 'the number {value} cannot be sent or received as JSON; no literal type is made of it, docs show it as written',
    hint: 'use a finite number, or leave the value out',
  },
  NOT_A_LIST_NODE: {
    severity: 'warning',
    message: 'expected a list here, found {actual}; ignored',
    hint: 'fix the spec at this pointer',
  },
  PARAMETER_UNTYPED: {
    severity: 'warning',
    message: 'parameter has no type; typed as string',
    hint: 'give the parameter a `type` (Swagger 2.0) or a `schema` (OpenAPI 3)',
  },
  BODY_PARAMETER_UNTYPED: {
    severity: 'warning',
    message: 'body parameter `{name}` has no schema; the body is typed as unknown',
    hint: 'give the `in: body` parameter a `schema`: Swagger 2.0 requires one',
  },
  PARAMETER_INVALID: {
    severity: 'warning',
    message: 'parameter {reason}; left out',
    hint: 'every parameter needs a `name` and an `in` of path, query, header or cookie',
  },
  PAGINATION_ITEMS_NOT_FOUND: {
    severity: 'warning',
    message: 'the pagination rule finds no list of items at `{items}` in what this operation returns; it is not paginated',
    hint: "set the config's `pagination.items` to the dot path of the page's array, or leave operations with another shape to their plain function",
  },
  REQUEST_BODY_IGNORED: {
    severity: 'warning',
    message: 'a {method} request carries no body (fetch refuses one); the request body is left out',
    hint: 'send the values as query parameters, or use POST',
  },
  PARAMETER_IGNORED: {
    severity: 'warning',
    message: 'header parameter `{name}` is left out: {reason}',
    hint: "remove it: the client sets Content-Type from the body's media types, Accept from the responses', Authorization from the security schemes (or its `token` where an operation declares none)",
  },
  BODY_PARAMETER_EXTRA: {
    severity: 'warning',
    message: 'parameter `{name}` is a second body beside the one at {kept}; left out',
    hint: 'Swagger 2.0 allows one `in: body` parameter and no `formData` beside it: describe the whole body in its schema',
  },
  PARAMETER_DUPLICATE: {
    severity: 'warning',
    message: 'parameter `{name}` in {location} is declared again (first at {first}); the first is kept',
    hint: 'declare each parameter once per operation and once per path: a name and a location identify it',
  },
  SERVER_VARIABLE_NO_DEFAULT: {
    severity: 'warning',
    message: 'server URL variable `{name}` has no default; {outcome}',
    hint: 'give every variable the server URL names a `default`',
  },
  SERVER_VARIABLE_UNDECLARED: {
    severity: 'warning',
    message: 'the server URL names `{{name}}`, which its `variables` do not declare; {outcome}',
    hint: 'declare every variable the server URL names under `variables`, with a `default` (or correct its spelling)',
  },
  SERVER_URL_MISSING: {
    severity: 'warning',
    message: 'a server without a `url`; left out',
    hint: 'give each server a `url`',
  },
  SERVERS_NOT_A_LIST: {
    severity: 'warning',
    message: '`servers` is a URL, not a list of servers; read as the one server `{url}`',
    hint: 'write `servers: [{ url: ... }]`',
  },
  TYPE_NULL_UNQUOTED: {
    severity: 'warning',
    message: 'a `null` in a type list is YAML\'s null value, not the type name; read as `"null"`',
    hint: 'quote it: `type: [string, "null"]`',
  },
  PATH_TEMPLATE_BRACE: {
    severity: 'warning',
    message: 'path `{key}` has a brace that encloses no parameter name; sent as written (percent-encoded)',
    hint: 'write a path parameter as `{name}`, or leave the braces out',
  },
  PATH_KEY_RELATIVE: {
    severity: 'warning',
    message: 'path `{key}` does not start with `/`; sent as `/{key}`',
    hint: 'begin every key of `paths` with `/`: it is appended to the server URL',
  },
  PATH_PARAMETER_NOT_REQUIRED: {
    severity: 'warning',
    message: 'path parameter `{name}` is not marked required; treated as required',
    hint: 'path parameters must have `required: true`',
  },
  PATH_PARAMETER_UNDECLARED: {
    severity: 'warning',
    message: 'path template names `{{name}}` but no path parameter declares it; added as a required string',
    hint: 'declare the parameter with `in: path`',
  },
  PATH_PARAMETER_UNUSED: {
    severity: 'warning',
    message: 'path parameter `{name}` does not appear in the path template; left out',
    hint: 'fix the parameter name or the path template',
  },
  RESPONSE_DUPLICATE: {
    severity: 'warning',
    message: 'response `{key}` is the same status as the one at {first}, in another case; the first is kept',
    hint: 'write each status once, ranges in capitals (2XX)',
  },
  RESPONSE_KEY_INVALID: {
    severity: 'warning',
    message: 'response key `{key}` is not an HTTP status code, a range such as 4XX, or `default`; ignored',
    hint: 'use a three-digit status code such as 200',
  },
  INFO_DESCRIPTION_SLUG: {
    severity: 'warning',
    message: '`info.description` looks like a URL slug, not prose; left out of the docs',
    hint: 'write the API description as text',
  },
  SCHEMA_UNSUPPORTED: {
    severity: 'warning',
    message: 'schema {reason}; typed as unknown',
    hint: 'simplify the schema or report the construct to specwright',
  },
  INTEGER_ROUNDED: {
    severity: 'warning',
    message: 'the integer {value} is past 2^53, so it was read rounded (as JavaScript reads JSON); its literal type has these digits',
    hint: 'a literal this large cannot be exact in JavaScript: compare such values as strings on both sides, or leave them out of `enum`',
  },
  SCHEMA_KEYWORD_INVALID: {
    severity: 'warning',
    message: '`{keyword}` should be {expected}, found {actual}; read as if absent',
    hint: 'fix the keyword at this pointer',
  },
  ENUM_TYPE_MISMATCH: {
    severity: 'warning',
    message: '`enum` lists numbers or booleans in a `type: string` schema; typed as the strings they spell',
    hint: "quote the values (in YAML, `enum: ['1', '2']`), or give the schema the values' type",
  },
  ENUM_NOT_LITERAL: {
    severity: 'warning',
    message: '`enum` lists an object or a list, which no literal type can name; the schema is typed by its other keywords',
    hint: 'list only strings, numbers, booleans and null in `enum`, or describe the values with a schema',
  },
  SCHEMA_TOO_DEEP: {
    severity: 'warning',
    message: 'schema `{name}` leads more than {max} levels deep through $ref, allOf, oneOf or anyOf alone (by {refs}); there the chain is typed as unknown, so that TypeScript can check it',
    hint: 'TypeScript resolves such chains by recursion: shorten the chain, or put an object in between',
  },
  SCHEMA_CIRCULAR: {
    severity: 'warning',
    message: 'schema `{name}` is defined as itself (through $ref, allOf, oneOf or anyOf) with no object in between; the loop is typed as unknown',
    hint: 'a schema may contain itself only inside a property or an array item',
  },
  DISCRIMINATOR_MAPPING_MISSING: {
    severity: 'warning',
    message: 'the discriminator maps `{key}` to `{target}`, which is no schema; the member it meant is tagged by its own name',
    hint: 'point the mapping at a schema (`#/components/schemas/Name`, or the bare name)',
  },
  DISCRIMINATOR_PROPERTY_UNDECLARED: {
    severity: 'warning',
    message: 'the discriminator property `{property}` is declared neither here nor in any member; each member is given it, tagged',
    hint: 'declare the property in the schema or its members, or correct its name',
  },
  DISCRIMINATOR_MEMBER_NOT_OBJECT: {
    severity: 'warning',
    message: 'this member of a union discriminated by `{property}` is not an object, so it cannot carry the tag; left untagged',
    hint: 'discriminate only between object schemas, or leave this member out of the mapping',
  },
  REF_BROKEN: {
    severity: 'warning',
    message: '$ref `{ref}` {reason}; what it stands for is left out',
    hint: 'fix the reference or add the missing definition',
  },
  REF_MISSING: {
    severity: 'warning',
    message: '$ref `{ref}` points at nothing; typed as unknown',
    hint: 'fix the reference or add the missing definition',
  },
  REF_NOT_A_SCHEMA: {
    severity: 'warning',
    message: '$ref `{ref}` stands for a schema but points at {target}; typed as unknown',
    hint: 'point it at a schema: one under components/schemas (definitions in Swagger 2.0), or the `schema` inside a parameter, header or media type',
  },
  SECURITY_SCHEME_INVALID: {
    severity: 'warning',
    message: 'security scheme {reason}; left out',
    hint: 'use a type of http, apiKey, oauth2 or openIdConnect (basic in Swagger 2.0)',
  },
  SECURITY_SCHEME_UNKNOWN: {
    severity: 'warning',
    message: 'security requirement names `{key}`, which no security scheme defines; that alternative is left out',
    hint: 'define the scheme under securityDefinitions (2.0) or components.securitySchemes (3.x)',
  },
  ERROR_TABLE_ROW_UNREAD: {
    severity: 'warning',
    message: 'could not read error-table line `{line}`; it is left out of the error codes',
    hint: 'each row is an HTTP status, an error code and a message',
  },
  OPERATION_ID_DUPLICATE: {
    severity: 'warning',
    message: 'operationId `{operationId}` is also used at {other}; this operation is named `{name}`',
    hint: 'operationIds must be unique across the spec',
  },
  OUTPUT_UNDER_A_FILE: {
    severity: 'error',
    message: 'the output path {path} lies under a file, so no folder can be made there',
    hint: 'point --output at a folder (it is created when missing)',
  },
  OUTPUT_FILE_NOT_OURS: {
    severity: 'error',
    message: 'the output folder {folder} already holds {paths}, which specwright did not write and would replace; nothing written',
    hint: 'move those files away or choose another output folder: specwright replaces only the files it wrote (specwright.manifest.json lists them)',
  },
  OUTPUT_LOCKED: {
    severity: 'error',
    message: 'another specwright run (pid {pid}) is writing {folder}; waited {seconds} s for it, nothing written (its lock: {lock})',
    hint: 'run again once it has finished; if no specwright is running, delete the lock file',
  },
  OUTPUT_NOT_A_FOLDER: {
    severity: 'error',
    message: 'the output path {path} exists and is not a folder',
    hint: 'point --output at a folder (it is created when missing)',
  },
  TEMPLATE_INVALID: {
    severity: 'error',
    message: '{reason}',
    hint: 'fix the template at the given line and column (templates/README.md lists the fields each template gets), or remove it from the templates folder to use the built-in one',
  },
  TEMPLATE_OUTPUT_INVALID: {
    severity: 'error',
    message: 'what the template rendered is not valid TypeScript: {path}:{line}:{column}: {reason}; the generated line: {text}',
    hint: 'fix the template so that it renders TypeScript; the generated line shows where the text it rendered goes wrong',
  },
  JS_CONVERTER_UNAVAILABLE: {
    severity: 'error',
    message: '--js cannot load its converter (oxc-transform) on Node.js {node}: {reason}',
    hint: '--js needs Node.js 20.19 or later, and specwright installed with its dependencies (npm ci); or generate TypeScript (without --js)',
  },
  JS_OUTPUT_INVALID: {
    severity: 'error',
    message: 'with --js, {path} cannot be written as JavaScript with declarations: {path}:{line}:{column}: {reason}; the generated line: {text}',
    hint: 'declarations are made file by file (isolatedDeclarations): a template\'s exported functions and values need their types written out, such as return types; or generate TypeScript (without --js)',
  },
  TEMPLATE_UNKNOWN: {
    severity: 'warning',
    message: 'no template is named {name}, so this file is ignored{suggestion}; the templates are {names}',
    hint: 'rename the file to the template it should replace, or move it out of the templates folder',
  },
  TEMPLATES_FOLDER_MISSING: {
    severity: 'error',
    message: 'the templates folder {path} {problem}',
    hint: 'check --templates (relative to the current folder) or the config\'s `templates` (relative to the config file); `specwright templates eject` makes a folder of templates to start from',
  },
  TEMPLATES_EJECT_CONFLICT: {
    severity: 'error',
    message: 'would overwrite files that differ from the built-in ones: {files}; nothing written',
    hint: 'pass --force to overwrite them, or eject into another folder with --output',
  },
  TEMPLATES_EJECT_FAILED: {
    severity: 'error',
    message: 'cannot write the templates: {reason}; nothing written',
    hint: 'check that the folder can be written to, or eject into another folder with --output',
  },
  FILE_SYSTEM_ERROR: {
    severity: 'error',
    message: 'could not finish {stage}: {reason}',
    hint: 'the file system refused (permissions, free space, a file where a folder should be): fix that and run again',
  },
  INTERNAL_ERROR: {
    severity: 'error',
    message: 'internal error while {stage}: {reason}',
    hint: 'this is a bug in specwright; please report it with the spec that caused it',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagCode = keyof typeof DIAGNOSTIC_CATALOGUE;

export interface Diagnostic {
  readonly code: DiagCode;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  /** JSON pointer into the spec (`#/paths/~1pets/get`), or `#` for the whole document. */
  readonly pointer: string;
  /** The file the pointer is in, when known. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type DiagnosticArgs = Readonly<Record<string, string | number>>;

export interface DiagnosticSink {
  report(code: DiagCode, pointer: string, args?: DiagnosticArgs): void;
  hasErrors(): boolean;
  list(): readonly Diagnostic[];
}

/** Builds one diagnostic from the catalogue. */
export function makeDiagnostic(code: DiagCode, pointer: string, args: DiagnosticArgs = {}): Diagnostic {
  const entry: CatalogueEntry = DIAGNOSTIC_CATALOGUE[code];
  const message = entry.message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
  return { code, severity: entry.severity, message, hint: entry.hint, pointer };
}

export function createDiagnosticSink(): DiagnosticSink {
  const items: Diagnostic[] = [];
  // A schema built once per direction (read and write views) would report each defect twice.
  const seen = new Set<string>();
  return {
    report(code, pointer, args) {
      const diagnostic = makeDiagnostic(code, pointer, args);
      const key = `${code}\u0000${pointer}\u0000${diagnostic.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      items.push(diagnostic);
    },
    hasErrors: () => items.some((d) => d.severity === 'error'),
    list: () => [...items],
  };
}

/** Thrown by the load stage: the input is not something we can generate from at all. */
export class RefusedInputError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('; '));
    this.name = 'RefusedInputError';
  }
}

// The words a generated name must never be: language keywords, globals the generated code uses,
// and every name the runtime template declares. Kept as data so the tests can read it.

const KEYWORDS = [
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'as', 'implements', 'interface', 'let', 'package',
  'private', 'protected', 'public', 'static', 'yield', 'await', 'async', 'of', 'get', 'set',
  'type', 'declare', 'module', 'namespace', 'abstract', 'readonly', 'keyof', 'infer', 'is',
  'satisfies', 'asserts', 'unique', 'accessor', 'override', 'out', 'using', 'from', 'global',
  'require', 'constructor', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity', 'globalThis',
  '__proto__', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
];

const GLOBAL_VALUES = [
  'Object', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Date', 'JSON', 'Math',
  'Promise', 'Error', 'TypeError', 'RangeError', 'SyntaxError', 'DOMException', 'Map', 'Set',
  'WeakMap', 'WeakSet', 'Reflect', 'Proxy', 'RegExp', 'Function', 'URL', 'URLSearchParams',
  'Headers', 'Request', 'Response', 'FormData', 'Blob', 'File', 'ArrayBuffer', 'Uint8Array',
  'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'fetch', 'console', 'window',
  'document', 'self', 'process', 'exports', 'setTimeout', 'clearTimeout', 'encodeURIComponent',
  'decodeURIComponent', 'encodeURI', 'decodeURI', 'isNaN', 'isFinite', 'parseInt', 'parseFloat',
];

const TYPE_NAMES = [
  'any', 'unknown', 'never', 'string', 'number', 'boolean', 'bigint', 'symbol', 'object',
  'Record', 'Partial', 'Required', 'Readonly', 'ReadonlyArray', 'Pick', 'Omit', 'Exclude',
  'Extract', 'NonNullable', 'ReturnType', 'Parameters', 'InstanceType', 'Awaited', 'Uppercase',
  'Lowercase', 'Capitalize', 'Uncapitalize', 'PromiseLike', 'ArrayLike', 'Iterable',
  'AsyncIterable', 'RequestInit', 'HeadersInit', 'BodyInit',
];

/**
 * Names that work as declarations but break the modules or objects they land in: a module that
 * exports `then` is thenable, so `await import()` of it calls that function instead of giving the
 * module; `createApi`'s result holds `byTag` beside every operation.
 */
const MEMBER_NAMES = ['then', 'byTag'];

/**
 * Names the runtime template (templates/runtime.ts.hbs) declares or exports, and the names of
 * the fixed generated modules. Kept in step with the template by test/unit/naming/reserved.test.ts.
 */
export const RUNTIME_NAMES: readonly string[] = [
  'ApiAsyncGenerator', 'ApiError', 'ApiErrorInit', 'ApiPromise', 'Authorisation', 'CallOptions', 'Client', 'ClientOptions', 'Credential',
  'ErrorCode', 'ErrorCodeOf', 'ErrorDescriptor', 'HttpMethod', 'Int64Codec', 'Int64Plan',
  'OperationDescriptor', 'ParameterDescriptor', 'ParameterLocation', 'ParameterStyle', 'ParameterValue',
  'Permissions', 'ResponsesOf', 'SecuritySchemeDescriptor', 'SecuritySchemeName', 'TokenProvider',
  'AbortError', 'HookContext', 'Hooks', 'InvalidResponseError', 'NetworkError', 'RetryOptions', 'TimeoutError',
  'PaginationDescriptor', 'ResponseListener', 'items', 'listening', 'pages', 'valueAt',
  'authorise', 'bind', 'buildRequest', 'call', 'createApi', 'createClient', 'decodeJson', 'defaultBaseUrl', 'encodeJson',
  'errorCodes', 'errorFields', 'int64Codec', 'isApiError', 'operations',
  // api.ts's interfaces, exported beside every schema's type through index.ts.
  'BoundByTag', 'BoundOperations',
];

/** Every name a generated module-level declaration may not take. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...KEYWORDS,
  ...GLOBAL_VALUES,
  ...TYPE_NAMES,
  ...MEMBER_NAMES,
  ...RUNTIME_NAMES,
]);

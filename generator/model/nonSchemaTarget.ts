// What a schema's `$ref` points at when that is plainly not a schema: the whole document, a path
// item, an operation, a parameter or response object, the tags. A spec that does so usually meant
// the schema inside it (`.../schema`) or a definition of the same name; typed unknown without a word,
// the user could not tell why. Only places the OpenAPI layout fixes are named: anything else (a
// schema's own keywords, `x-` extensions, which some specs keep shared schemas in) may be a schema.

import { describeValue } from '../json';
import { HTTP_METHODS } from '../normalise/NormalisedSpec';
import { parsePointer } from '../pointer';

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** Top-level keys whose value is not a schema, as a message names them. */
const TOP_LEVEL: Readonly<Record<string, string>> = {
  info: 'the info object',
  servers: 'the servers',
  tags: 'the tags',
  externalDocs: 'the external docs',
  security: 'the security requirements',
  securityDefinitions: 'the security definitions',
  webhooks: 'the webhooks',
  paths: 'the paths',
  definitions: 'the definitions',
  components: 'the components',
};

/** `components` sections whose entries are not schemas (each holds schemas further in). */
const COMPONENTS: Readonly<Record<string, string>> = {
  parameters: 'a parameter',
  responses: 'a response',
  requestBodies: 'a request body',
  headers: 'a header',
  securitySchemes: 'a security scheme',
  examples: 'an example',
  links: 'a link',
  callbacks: 'a callback',
  pathItems: 'a path item',
};

/** An operation's object fields that are not schemas (its lists are named as lists). */
const OPERATION: Readonly<Record<string, string>> = {
  requestBody: 'a request body',
  responses: 'the responses',
  callbacks: 'the callbacks',
  externalDocs: 'the external docs',
};

/** What `tokens` (after `paths/<path>`) name in a path item, or null past its fixed layout. */
function inPathItem(tokens: readonly string[], swagger2: boolean): string | null {
  const [field, key, status] = tokens;
  if (field === undefined) return 'a path item';
  const parameter = (list: readonly string[]) => (list.length === 2 && list[0] === 'parameters' && !swagger2 ? 'a parameter' : null);
  if (!METHODS.has(field)) return parameter(tokens);
  if (key === undefined) return 'an operation';
  if (key === 'parameters') return parameter(tokens.slice(1));
  if (key === 'responses' && status !== undefined) return tokens.length === 3 ? 'a response' : null;
  return tokens.length === 2 ? (OPERATION[key] ?? null) : null;
}

/**
 * What `target`, the node at the local pointer `ref`, is when it is plainly not a schema, as a
 * message names it (`a path item`, `the tags`, `a string`); null when it may be one. A boolean may be
 * (OpenAPI 3.1). `swagger2`: a Swagger 2.0 parameter other than a body holds its type itself.
 */
export function nonSchemaTarget(ref: string, target: unknown, swagger2: boolean): string | null {
  if (typeof target !== 'boolean' && (typeof target !== 'object' || target === null || Array.isArray(target))) return describeValue(target);
  const tokens = parsePointer(ref);
  const [top, section] = tokens;
  if (top === undefined) return 'the whole document';
  if (tokens.length === 1) return TOP_LEVEL[top] ?? null;
  if (top === 'paths' && section !== undefined) return inPathItem(tokens.slice(2), swagger2);
  if (top === 'components' && section !== undefined && tokens.length === 3) return COMPONENTS[section] ?? null;
  if (top === 'tags' || top === 'servers') return tokens.length === 2 ? (top === 'tags' ? 'a tag' : 'a server') : null;
  if (swagger2 && top === 'responses' && tokens.length === 2) return 'a response';
  if (swagger2 && top === 'securityDefinitions' && tokens.length === 2) return 'a security scheme';
  return null;
}

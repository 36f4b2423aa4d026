// A spec full of comment-closers, quotes, template syntax, line separators and prototype names:
// none of its text may become code, in either form of the output (hostile.test.ts, javaScriptOutput.test.ts).

export const PAYLOAD = "*/ ; globalThis.__pwned = 1; /* ' \" ` ${globalThis.__pwned = 2} \\ \u2028 \u2029 \r\n {{x}} <% y %> \u0000 \ud800 \u202e \u2066";

export const HOSTILE_SPEC = {
  swagger: '2.0',
  info: { title: PAYLOAD, version: PAYLOAD, description: PAYLOAD },
  host: "evil.example'; globalThis.__pwned = 3; '",
  basePath: '/v1',
  paths: {
    [`/items/{id}/${"'`${x}"}`]: {
      get: {
        operationId: `constructor`,
        summary: PAYLOAD,
        description: `${PAYLOAD}\nApp Permission\n${PAYLOAD}\nError Codes\n400\nBAD-1'\${x}*/\n${PAYLOAD}`,
        tags: [PAYLOAD, '__proto__'],
        parameters: [
          { in: 'path', name: 'id', required: true, type: 'string', description: PAYLOAD },
          { in: 'query', name: '__proto__', type: 'string', enum: [PAYLOAD, "a'b"], description: PAYLOAD },
          { in: 'query', name: 'constructor', type: 'string', default: PAYLOAD },
          { in: 'header', name: "X-Evil'`*|~", type: 'string' },
        ],
        responses: { 200: { description: PAYLOAD, schema: { $ref: '#/definitions/__proto__' } } },
      },
      post: { operationId: 'class', responses: { 204: { description: PAYLOAD } } },
    },
  },
  // JSON.parse makes `__proto__` an own key, as a YAML or JSON spec would; a literal would set the prototype.
  definitions: JSON.parse(
    JSON.stringify({ x: { type: 'object', description: PAYLOAD, properties: { [PAYLOAD]: { type: 'string', enum: [PAYLOAD] }, constructor: { type: 'integer' } } } }).replace('{"x":', '{"__proto__":'),
  ) as Record<string, unknown>,
};

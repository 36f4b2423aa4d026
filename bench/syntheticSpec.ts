// A large RingCentral-shaped Swagger 2.0 spec, built in memory, for benchmarks: many operations,
// untyped and typed parameters, error tables in descriptions, and shared definitions.

export function syntheticSpec(operations: number): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const definitions: Record<string, unknown> = {};
  for (let i = 0; i < operations; i += 1) {
    const resource = `resource${Math.floor(i / 4)}`;
    const path = `/restapi/v1.0/account/{accountId}/${resource}/{itemId}`;
    const method = ['get', 'put', 'post', 'delete'][i % 4]!;
    definitions[`Item${i}`] = {
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, count: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } }, owner: { $ref: `#/definitions/Item${Math.max(0, i - 1)}` } },
    };
    paths[path] ??= {};
    paths[path]![method] = {
      operationId: `${method}${resource}Op${i}`,
      summary: `Operation ${i}`,
      description: `Does thing ${i}.\nApp Permission\nReadAccounts\nUsage Plan Group\nLight\nError Codes\n\n 400\nCMN-101\nParameter [x] value is invalid\n\n404\nCMN-${100 + (i % 50)}\nResource for parameter [itemId] is not found`,
      parameters: [
        { in: 'path', name: 'accountId', description: 'account' },
        { in: 'path', name: 'itemId', required: true, type: 'string' },
        { in: 'query', name: 'page', type: 'integer' },
        { in: 'query', name: 'view', type: 'string', enum: ['Simple', 'Detailed'] },
        ...(method === 'post' || method === 'put' ? [{ in: 'body', name: 'body', schema: { $ref: `#/definitions/Item${i}` } }] : []),
      ],
      responses: { 200: { description: 'OK', schema: { $ref: `#/definitions/Item${i}` } }, default: { description: 'error' } },
    };
  }
  return { swagger: '2.0', info: { title: 'Big', version: '1' }, host: 'api.example.com', basePath: '/', paths, definitions };
}

// Pagination by the Link header (GitHub's): a spec whose list operations return bare arrays, a
// config rule of style `linkHeader` with no `items` or `next`, and the generated iterators walking
// `rel="next"` links through a stub fetch, the caller's own onResponse still told of each page.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';

const spec = {
  openapi: '3.0.3',
  info: { title: 'issues', version: '1' },
  paths: {
    '/repos/{owner}/issues': {
      get: {
        operationId: 'listIssues',
        parameters: [
          { name: 'owner', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'page', in: 'query', schema: { type: 'integer' } },
          { name: 'per_page', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' } } } } } } } },
      },
    },
  },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-link-pages-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("walks the Link header's next links, the page the list itself", async () => {
  writeFileSync(join(dir, 'spec.json'), JSON.stringify(spec));
  const config = { specs: [{ input: 'spec.json', output: 'out', pagination: { style: 'linkHeader', param: 'page' } }] };
  writeFileSync(join(dir, 'specwright.config.json'), JSON.stringify(config));
  const run = await runCli(['generate', '--quiet'], dir);
  expect([run.code, run.stderr]).toEqual([0, '']);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const client = require(join(dir, 'out/index.ts')) as {
    createClient: (options: { baseUrl: string; fetch: typeof fetch }) => unknown;
    listIssuesItems: (client: unknown, params: { owner: string }, options: { onResponse: (response: { status: number }) => void }) => AsyncIterable<{ id: number }>;
  };
  const asked: string[] = [];
  const pages: Record<string, { body: unknown[]; link?: string }> = {
    '1': { body: [{ id: 1 }, { id: 2 }], link: '<https://elsewhere.example/repos/o/issues?page=2&per_page=2>; rel="next", <https://api.example/repos/o/issues?page=3>; rel="last"' },
    '2': { body: [{ id: 3 }], link: '<https://api.example/repos/o/issues?page=1>; rel="first", <https://api.example/repos/o/issues?page=3&per_page=2>; rel=next' },
    '3': { body: [{ id: 4 }] },
  };
  const api = client.createClient({
    baseUrl: 'https://api.example',
    fetch: async (url) => {
      asked.push(String(url));
      const page = pages[new URL(String(url)).searchParams.get('page') ?? '1']!;
      return new Response(JSON.stringify(page.body), { headers: { 'content-type': 'application/json', ...(page.link === undefined ? {} : { link: page.link }) } });
    },
  });
  const statuses: number[] = [];
  const ids: number[] = [];
  for await (const issue of client.listIssuesItems(api, { owner: 'o' }, { onResponse: ({ status }) => void statuses.push(status) })) ids.push(issue.id);
  expect(ids).toEqual([1, 2, 3, 4]);
  // Only the link's query is taken: its host is never contacted.
  expect(asked).toEqual(['https://api.example/repos/o/issues', 'https://api.example/repos/o/issues?page=2&per_page=2', 'https://api.example/repos/o/issues?page=3&per_page=2']);
  expect(statuses).toEqual([200, 200, 200]);
});

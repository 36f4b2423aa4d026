// pages() and items(): page-number and cursor styles, and every way a walk ends.

import { items, pages, type PaginationDescriptor } from '../../../generated/ringcentral/runtime';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

it('sends the cursor each page returns until there is none', async () => {
  const rule: PaginationDescriptor = { style: 'cursor', param: 'pageToken', items: ['data'], next: ['meta', 'next'] };
  const store: Record<string, { data: number[]; meta: { next?: string } }> = {
    start: { data: [1, 2], meta: { next: 'b' } },
    b: { data: [3], meta: { next: 'c' } },
    c: { data: [4], meta: {} },
  };
  const asked: (string | undefined)[] = [];
  const fetchPage = async (params: { pageToken?: string; q: string }) => {
    asked.push(params.pageToken);
    return store[params.pageToken ?? 'start']!;
  };
  expect(await collect(items<number>(pages(fetchPage, { q: 'x' }, rule), rule))).toEqual([1, 2, 3, 4]);
  expect(asked).toEqual([undefined, 'b', 'c']);
});

it('stops when a page gives back the cursor it was asked with', async () => {
  const rule: PaginationDescriptor = { style: 'cursor', param: 'after', items: ['data'], next: ['next'] };
  const asked: (string | undefined)[] = [];
  const fetchPage = async (params: { after?: string }) => {
    asked.push(params.after);
    return { data: [1], next: 'same' };
  };
  expect(await collect(pages(fetchPage, {}, rule))).toHaveLength(2);
  expect(asked).toEqual([undefined, 'same']);
});

it('counts pages from the one given, keeping numbers as numbers, and stops on an empty page', async () => {
  const rule: PaginationDescriptor = { style: 'page', param: 'page', items: ['records'], next: ['more'] };
  const asked: unknown[] = [];
  const fetchPage = async (params: { page?: number }) => {
    asked.push(params.page);
    return { records: params.page === 7 ? [] : ['x'], more: true };
  };
  expect(await collect(pages(fetchPage, { page: 5 }, rule))).toHaveLength(3);
  expect(asked).toEqual([5, 6, 7]);
});

it('follows the query of next-page links, never their host', async () => {
  const rule: PaginationDescriptor = { style: 'link', param: 'page', items: ['records'], next: ['navigation', 'nextPage', 'uri'] };
  const parameters = [
    { key: 'page', name: 'page', in: 'query', required: false, style: 'form', explode: true },
    { key: 'perPage', name: 'perPage', in: 'query', required: false, style: 'form', explode: true },
  ] as const;
  const asked: unknown[] = [];
  const fetchPage = async (params: { page?: string; perPage?: string }) => {
    asked.push(params);
    const next = params.page === '3' ? undefined : { uri: `https://evil.example/restapi?page=${Number(params.page ?? 1) + 1}&perPage=10&other=x` };
    return { records: [params.page ?? '1'], navigation: next === undefined ? {} : { nextPage: next } };
  };
  expect(await collect(items<string>(pages(fetchPage, { perPage: '10' }, rule, parameters), rule))).toEqual(['1', '2', '3']);
  expect(asked).toEqual([{ perPage: '10' }, { perPage: '10', page: '2' }, { perPage: '10', page: '3' }]);
});

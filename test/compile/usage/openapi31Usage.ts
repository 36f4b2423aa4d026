// OpenAPI 3.1 constructs as a caller meets them; `@ts-expect-error` lines must stay errors.

import {
  createAccount,
  createClient,
  defaultBaseUrl,
  listAccounts,
  listAccountsOperation,
  putAvatar,
  isApiError,
  type Account,
  type AccountInput,
} from '../../../generated/openapi31/index.js';

const client = createClient({ token: async () => 'jwt' });
export const base: string | undefined = defaultBaseUrl;

export async function accounts(): Promise<void> {
  const list: Account[] = await listAccounts(client, { filter: { owner: 'me' }, point: [1.5, 2], session: 's' });
  const first = list[0];
  if (first !== undefined) {
    const id: string = first.id;
    // @ts-expect-error: password is writeOnly, so responses never carry it
    void first.password;
    if (first.payment?.method === 'card') void first.payment.last4;
    void id;
  }
  // @ts-expect-error: a tuple of two numbers
  await listAccounts(client, { point: [1, 2, 3] });
  const input: AccountInput = { name: 'n', password: 'p', kind: 'personal', nickname: null };
  // @ts-expect-error: id is readOnly, so requests never send it
  const withId: AccountInput = { ...input, id: 'x' };
  void withId;
  // @ts-expect-error: kind is the const 'personal'
  await createAccount(client, { body: { ...input, kind: 'business' } });
  const created = await createAccount(client, { body: input });
  await putAvatar(client, { id: 'a', body: { url: 'https://example.com/a.png' } });
  await putAvatar(client, { id: 'a', body: new Blob(['png']), contentType: 'image/png' });
  // @ts-expect-error: an image must say which image type it is; left out, the body goes as JSON
  await putAvatar(client, { id: 'a', body: new Blob(['png']) });
  // @ts-expect-error: JSON is not sent as an image
  await putAvatar(client, { id: 'a', body: { url: 'u' }, contentType: 'image/png' });
  const maybe: Account | undefined = created;
  void maybe;
  try {
    await listAccounts(client);
  } catch (error) {
    if (isApiError(error, listAccountsOperation)) {
      const title: string | undefined = error.bodyAt('4XX')?.title;
      void title;
    }
  }
}

// Runs in the browser: calls the generated RingCentral client against the page's own origin and
// reports what happened, for test/browser/browser.test.ts to check.

import { createClient, isApiError, listExtensionActiveCalls, listExtensionActiveCallsOperation } from '../../generated/ringcentral/index';

async function run(): Promise<unknown> {
  const client = createClient({ baseUrl: `${location.origin}/api`, token: 'browser-token' });
  const ok = await listExtensionActiveCalls(client, { direction: 'Inbound', type: 'Voice' });
  let failure: unknown = null;
  try {
    await listExtensionActiveCalls(client, { accountId: 'missing' });
  } catch (error) {
    failure = isApiError(error, listExtensionActiveCallsOperation) ? { status: error.status, errorCode: error.errorCode, name: error.name } : String(error);
  }
  return { ok, failure };
}

(window as unknown as { specwrightResult: Promise<unknown> }).specwrightResult = run();

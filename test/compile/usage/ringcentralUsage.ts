// How a user calls the generated RingCentral client. Compiled by test/compile, never run:
// it proves the types let a caller do what the README promises.

import {
  createClient,
  ErrorCode,
  isApiError,
  listExtensionActiveCalls,
  listExtensionActiveCallsErrors,
  listExtensionActiveCallsOperation,
  type ListExtensionActiveCallsErrorCode,
} from '../../../generated/ringcentral/index.js';

export async function activeCalls(): Promise<string> {
  const client = createClient({ token: 'token' });
  try {
    await listExtensionActiveCalls(client, { direction: 'Inbound', page: '1' });
    return 'ok';
  } catch (error) {
    if (!isApiError(error, listExtensionActiveCallsOperation)) throw error;
    const status: number = error.status;
    switch (error.errorCode) {
      case 'CMN-101':
      case 'CMN-102':
      case 'CMN-401':
      case 'CMN-405':
      case 'CMN-408':
      case ErrorCode.OAU_151:
        return `${status} ${error.errorCode}`;
      case undefined:
        return `${status} undocumented ${error.rawErrorCode ?? ''}`;
      default: {
        // Exhaustive: every documented code is handled above.
        const never: never = error.errorCode;
        return never;
      }
    }
  }
}

export const permission: 'ReadCallLog' = listExtensionActiveCallsOperation.permissions.appPermission;
export const group: 'Heavy' = listExtensionActiveCallsOperation.permissions.usagePlanGroup;
export const firstStatus: 400 = listExtensionActiveCallsErrors[0].status;
export const codes: readonly ListExtensionActiveCallsErrorCode[] = listExtensionActiveCallsErrors.map((e) => e.code);

// Where the runtime looks for an error's code and message in a response body: presets and the
// config's own paths, written into runtime.ts as data.

import { code, literal, type TsCode } from './escape';

/** Dot paths; a numeric segment indexes an array (`errors.0.errorCode`). */
export interface ErrorFields {
  readonly code: readonly string[];
  readonly message: readonly string[];
}

export const ERROR_FIELD_PRESETS: Readonly<Record<'ringcentral' | 'problem' | 'generic', ErrorFields>> = {
  /** RingCentral: `{ errorCode, message, errors: [{ errorCode, message, parameterName }] }`. */
  ringcentral: { code: ['errorCode', 'errors.0.errorCode'], message: ['message', 'errors.0.message'] },
  /** RFC 9457 problem details. */
  problem: { code: ['code', 'type'], message: ['detail', 'title'] },
  /** The common shapes, RingCentral's among them. */
  generic: {
    code: ['errorCode', 'code', 'error.code', 'errors.0.errorCode', 'errors.0.code', 'error'],
    message: ['message', 'error.message', 'detail', 'errors.0.message', 'title', 'error_description'],
  },
};

export type ErrorFieldsOption = keyof typeof ERROR_FIELD_PRESETS | ErrorFields;

function pathLiteral(path: string): TsCode {
  return code(`[${path.split('.').map((segment) => (/^\d+$/.test(segment) ? literal(Number(segment)) : literal(segment))).join(', ')}]`);
}

/** The `errorFields` object literal for the runtime template. */
export function errorFieldsLiteral(option: ErrorFieldsOption): TsCode {
  const fields = typeof option === 'string' ? ERROR_FIELD_PRESETS[option] : option;
  return code(`{ code: [${fields.code.map(pathLiteral).join(', ')}], message: [${fields.message.map(pathLiteral).join(', ')}] }`);
}

// The top-level statements emit builds, as data. Every text field is already code: names come from
// the model, fragments from escape.ts, laid out from column 0 (see layout.ts).

import type { TsCode } from './escape';

/** An interface member or type-literal property. */
export interface PropertyDecl {
  readonly key: TsCode;
  readonly optional: boolean;
  readonly type: TsCode;
  /** JSDoc text without its frame. */
  readonly doc: TsCode | null;
}

export interface ImportName {
  readonly name: string;
  readonly typeOnly?: boolean;
}

/** The generated modules one may import from another; the printer writes the file extension. */
export type SiblingModule = 'api' | 'codecs' | 'errors' | 'operations' | 'runtime' | 'types';

export type Declaration =
  | { readonly kind: 'import'; readonly from: SiblingModule; readonly typeOnly?: boolean; readonly names: readonly ImportName[] }
  | { readonly kind: 'importAll'; readonly from: SiblingModule; readonly typeOnly?: boolean; readonly as: string }
  /** `export { a, b } from '…';`: names another module declares. */
  | { readonly kind: 'reexport'; readonly from: SiblingModule; readonly doc: TsCode | null; readonly names: readonly string[] }
  | { readonly kind: 'interface'; readonly name: string; readonly doc: TsCode | null; readonly index: TsCode | null; readonly properties: readonly PropertyDecl[] }
  | { readonly kind: 'type'; readonly name: string; readonly doc: TsCode | null; readonly type: TsCode }
  | { readonly kind: 'const'; readonly name: string; readonly doc: TsCode | null; readonly type?: TsCode; readonly initializer: TsCode }
  /** Code written whole: fixed functions of ours, or a template's output. */
  | { readonly kind: 'code'; readonly text: TsCode | string };

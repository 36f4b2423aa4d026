// A `const` object of literal members (`{ Available: 'available' } as const`), typed by its literal.
// A declaration file spells that type out, and tsc will not spell out one past a million characters
// (TS7056: "exceeds the maximum length the compiler will serialize"), which a spec's enum of 100,000
// values reaches. Past half of that, the type is written beside the object instead: twice the text,
// but no size stops it.

import type { Declaration } from './Declaration';
import { code, type TsCode } from './escape';
import { block } from './layout';

export interface ConstMember {
  readonly key: TsCode;
  readonly value: TsCode;
  /** A JSDoc comment, framed, written above the member in the object. */
  readonly doc: TsCode | null;
}

const INFERRED_TYPE_LIMIT = 500_000;

/** `readonly ` and `: ` and `; ` around each member of the type tsc would print. */
const MEMBER_OVERHEAD = 13;

export function constObject(name: string, doc: TsCode, members: readonly ConstMember[]): Extract<Declaration, { kind: 'const' }> {
  const entries = members.map((m) => `${m.doc === null ? '' : `${m.doc}\n`}${m.key}: ${m.value},`);
  const typeLength = members.reduce((n, m) => n + m.key.length + m.value.length + MEMBER_OVERHEAD, 4);
  if (typeLength <= INFERRED_TYPE_LIMIT) return { kind: 'const', name, doc, initializer: code(`${block('{', entries, '}')} as const`) };
  const type = block('{', members.map((m) => `readonly ${m.key}: ${m.value};`), '}');
  return { kind: 'const', name, doc, type, initializer: block('{', entries, '}') };
}

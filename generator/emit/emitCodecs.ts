// codecs.ts: the int64 plans of the named schemas, which operation descriptors refer to.

import type { Declaration } from './Declaration';
import { code, objectLiteralKey, stringLiteral } from './escape';
import { printPlan, type Int64Plans } from './int64Plans';
import { block } from './layout';

export function emitCodecs(plans: Int64Plans, repr: 'string' | 'bigint'): Declaration[] {
  const entries = [...plans.named].map(([name, plan]) => `${objectLiteralKey(name)}: ${printPlan(plan)},`);
  return [
    { kind: 'import', typeOnly: true, from: 'runtime', names: [{ name: 'Int64Codec' }] },
    {
      kind: 'const',
      name: 'int64Codec',
      doc: code(`Where int64 values sit in each schema's JSON: the runtime keeps their digits as ${repr}s.`),
      type: code('Int64Codec'),
      initializer: block('{', [`repr: ${stringLiteral(repr)},`, `plans: ${block('{', entries, '}')},`], '}'),
    },
  ];
}

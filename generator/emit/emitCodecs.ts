// codecs.ts: the int64 plans of the named schemas, which operation descriptors refer to.

import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import { code, objectLiteralKey, stringLiteral } from './escape';
import { printPlan, type Int64Plans } from './int64Plans';

export function emitCodecs(plans: Int64Plans, repr: 'string' | 'bigint'): StatementStructures[] {
  const entries = [...plans.named].map(([name, plan]) => `${objectLiteralKey(name)}: ${printPlan(plan)},`);
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime.js', namedImports: ['Int64Codec'] },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: code(`Where int64 values sit in each schema's JSON: the runtime keeps their digits as ${repr}s.`) }],
      declarations: [
        {
          name: 'int64Codec',
          type: 'Int64Codec',
          initializer: code(`{\nrepr: ${stringLiteral(repr)},\nplans: {${entries.length === 0 ? '' : `\n${entries.join('\n')}\n`}},\n}`),
        },
      ],
    },
  ];
}

// Type-checks a folder of TypeScript with the given compiler options and returns readable diagnostics.

import { Project, ts, type DiagnosticMessageChain } from 'ts-morph';

/** ts-morph wraps message chains; flatten them to readable text. */
export function messageText(text: string | DiagnosticMessageChain): string {
  if (typeof text === 'string') return text;
  return [text.getMessageText(), ...(text.getNext() ?? []).map(messageText)].join('\n  ');
}

export function compileFolder(dir: string, options: ts.CompilerOptions, extraFiles: readonly string[] = []): string[] {
  const project = new Project({ compilerOptions: { noEmit: true, ...options }, skipAddingFilesFromTsConfig: true });
  project.addSourceFilesAtPaths([`${dir}/**/*.ts`, ...extraFiles]);
  return project.getPreEmitDiagnostics().map((d) => {
    const file = d.getSourceFile();
    const where = file ? `${file.getFilePath()}:${file.getLineAndColumnAtPos(d.getStart() ?? 0).line}` : '';
    return `${where} TS${d.getCode()}: ${messageText(d.getMessageText())}`;
  });
}

/** The settings a careful consumer might use: strict plus every extra check that changes typing. */
export const STRICTEST: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  noPropertyAccessFromIndexSignature: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  useUnknownInCatchVariables: true,
  isolatedModules: true,
  // A consumer that publishes declarations or runs TypeScript by stripping types (node --strip-types).
  declaration: true,
  isolatedDeclarations: true,
  erasableSyntaxOnly: true,
  skipLibCheck: true,
};

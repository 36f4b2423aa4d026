// specwright's own sources, tests and benchmarks type-check (jest only transpiles them).

import { resolve } from 'node:path';
import { Project } from 'ts-morph';
import { messageText } from '../helpers/compileFolder';


it('type-checks with the repository tsconfig', () => {
  const project = new Project({ tsConfigFilePath: resolve(__dirname, '../../tsconfig.json') });
  const problems = project.getPreEmitDiagnostics().map((d) => {
    const file = d.getSourceFile();
    return `${file?.getFilePath() ?? ''}:${d.getLineNumber() ?? 0} TS${d.getCode()}: ${messageText(d.getMessageText())}`;
  });
  expect(problems).toEqual([]);
});

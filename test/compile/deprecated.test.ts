// A deprecated operation is struck out in the editor however the caller reaches it: the function
// itself, or the same operation bound by createApi (flat or grouped by tag). Editors show what the language service reports
// as a suggestion (TS6385 "… is deprecated"), so that is what this asks for.

import { resolve } from 'node:path';
import { Project, ts } from 'ts-morph';
import { STRICTEST } from '../helpers/compileFolder';

const CLIENT = resolve(__dirname, '../../generated/petstore-v3');

function deprecationsIn(usage: string): string[] {
  const project = new Project({
    compilerOptions: { ...STRICTEST, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler },
    skipAddingFilesFromTsConfig: true,
  });
  project.addSourceFilesAtPaths(`${CLIENT}/**/*.ts`);
  const file = project.createSourceFile(resolve(CLIENT, '../petstore-v3-usage.ts'), usage);
  return project
    .getLanguageService()
    .compilerObject.getSuggestionDiagnostics(file.getFilePath())
    .filter((d) => d.code === 6385 || d.code === 6387)
    .map((d) => usage.slice(d.start ?? 0, (d.start ?? 0) + (d.length ?? 0)));
}

it('marks a deprecated operation as deprecated, called directly or through createApi, flat or by tag', () => {
  const usage = [
    "import { createApi, createClient, findPetsByTags, findPetsByStatus } from './petstore-v3/index.js';",
    'const client = createClient();',
    'const api = createApi(client);',
    "export const direct = findPetsByTags(client, { tags: ['a'] });",
    "export const bound = api.findPetsByTags({ tags: ['a'] });",
    "export const byTag = api.byTag.pet.findPetsByTags({ tags: ['a'] });",
    "export const current = api.findPetsByStatus({ status: ['available'] });",
    'export const unused = findPetsByStatus;',
  ].join('\n');
  expect(deprecationsIn(usage)).toEqual(['findPetsByTags', 'findPetsByTags', 'findPetsByTags', 'findPetsByTags']);
});

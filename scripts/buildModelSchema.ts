// Builds specwright.model.schema.json from the TypeScript types of the model (ModelDocument and
// ApiModel), so the schema cannot drift from them: `npm run schema:model` rewrites the file, and
// test/unit/model/modelSchema.test.ts fails while the committed file differs from what this builds.

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { MODEL_SCHEMA_ID } from '../generator/model/modelDocument';

const ROOT = resolve(__dirname, '..');
export const MODEL_SCHEMA_FILE = join(ROOT, 'specwright.model.schema.json');

const COMMENT = 'Generated from generator/model/modelDocument.ts and ApiModel.ts by `npm run schema:model`; do not edit.';

/** The schema text, as committed: 2-space JSON with a final newline. */
export function buildModelSchema(): string {
  const generated = createGenerator({
    path: join(ROOT, 'generator/model/modelDocument.ts'),
    type: 'ModelDocument',
    // Only the model's own files, not the whole project: faster, and unaffected by unrelated errors.
    skipTypeCheck: true,
    topRef: false,
    additionalProperties: false,
    jsDoc: 'extended',
    sortProps: false,
  }).createSchema('ModelDocument');
  // The identity and the document's own description first, where a reader of the file looks.
  const { $schema: _, description, ...body } = generated as Record<string, unknown>;
  const header = { $schema: 'http://json-schema.org/draft-07/schema#', $id: MODEL_SCHEMA_ID, title: 'specwright model', description, $comment: COMMENT };
  return `${JSON.stringify({ ...header, ...body }, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(MODEL_SCHEMA_FILE, buildModelSchema());
  process.stdout.write(`wrote ${MODEL_SCHEMA_FILE}\n`);
}

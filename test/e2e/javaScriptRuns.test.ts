// --js converts a large file of our own printing in runs of statements, to hold oxc's memory down.
// Converted in runs as small as a few statements, every committed client must give exactly the
// files converting it whole gives. Run in a process of its own: oxc-transform is an ES module,
// which Node's `require` loads but the test runner's module system does not.

import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const GENERATED = resolve(__dirname, '../../generated');
const HELPER = resolve(__dirname, '../helpers/javaScriptRuns.js');

interface Comparison {
  readonly files: number;
  readonly differing: readonly string[];
  readonly wholePieces: number;
  readonly runPieces: number;
}

const clients = readdirSync(GENERATED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
let results: Record<string, Comparison>;
beforeAll(() => {
  results = JSON.parse(execFileSync(process.execPath, [HELPER, '300', ...clients.map((client) => join(GENERATED, client))], { encoding: 'utf8' })) as Record<string, Comparison>;
});

it.each(clients)('%s: in runs of 300 characters, the same .js and .d.ts as converted whole', (client) => {
  const result = results[join(GENERATED, client)]!;
  expect(result.differing).toEqual([]);
  expect(result.files).toBeGreaterThan(10);
  // The runs were used, not left for the whole file: oxc was given more pieces than files.
  expect(result.runPieces).toBeGreaterThan(result.wholePieces);
});

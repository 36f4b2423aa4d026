'use strict';
// Run by javaScriptRuns.test.ts in a process of its own, where Node's `require` loads oxc-transform
// (the test runner's module system does not). For each client folder given: its TypeScript
// converted whole, and in runs of `size` characters; whether the two give the same files, and how
// many pieces oxc was given each time. Usage: node javaScriptRuns.js <size> <folder>...
require('tsx/cjs');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

// Counts the pieces oxc is given: the forms of a file converted in runs must come from runs.
const oxcPath = require.resolve('oxc-transform');
const oxc = require(oxcPath);
let pieces = 0;
require.cache[oxcPath].exports = { ...oxc, transform: (...args) => ((pieces += 1), oxc.transform(...args)) };
const { toJavaScript } = require('../../generator/emit/javaScriptForms.ts');

async function compare(folder, size) {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ path: name, content: readFileSync(join(folder, name), 'utf8') }));
  pieces = 0;
  const whole = await toJavaScript(files, Infinity);
  const wholePieces = pieces;
  pieces = 0;
  const inRuns = await toJavaScript(files, size);
  const differing = whole.filter((file, i) => inRuns[i]?.path !== file.path || inRuns[i]?.content !== file.content).map((file) => file.path);
  return { files: whole.length, differing, wholePieces, runPieces: pieces };
}

(async () => {
  const [size, ...folders] = process.argv.slice(2);
  const results = {};
  for (const folder of folders) results[folder] = await compare(folder, Number(size));
  process.stdout.write(JSON.stringify(results));
})();

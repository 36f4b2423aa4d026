'use strict';
// Which build of specwright this is: a hash of what shapes its output (the generator's sources, the
// built-in templates, and package.json's version and dependencies). The manifest records it, so that
// `check` can tell a client made by another build from one whose spec changed, even while the
// version stays the same across commits. Paths are relative and line endings folded, so the same
// commit gives the same identity on every machine and in every checkout.

const { createHash } = require('node:crypto');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/** The files under `dir` (relative to `root`, `/`-separated) whose names `keep` accepts. */
function filesUnder(root, dir, keep) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(root, path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** `sha256-<hex>` of the build rooted at `root` (the folder holding package.json, generator/ and templates/). */
function generatorBuild(root) {
  const { version, dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const hash = createHash('sha256').update(JSON.stringify({ version, dependencies: dependencies ?? {} }));
  const sources = [...filesUnder(root, 'generator', (name) => name.endsWith('.ts')), ...filesUnder(root, 'templates', (name) => name.endsWith('.hbs'))];
  // Code-unit order, not the locale's: the same on every machine.
  for (const path of sources.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(`\0${path}\0`).update(readFileSync(join(root, path), 'utf8').replace(/\r\n?/g, '\n'));
  }
  return `sha256-${hash.digest('hex')}`;
}

module.exports = { generatorBuild };

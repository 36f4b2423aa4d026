'use strict';
// Loads the CLI. tsx compiling the TypeScript sources on every start costs more than half a second,
// so the sources are bundled once with esbuild (a devDependency) into node_modules/.cache, keyed by
// their sizes and modification times (and the templates'); any edit makes a new bundle, with the
// build's identity (generatorBuild.js) worked out once and baked in. Without esbuild, or without a
// writable cache, the sources run through tsx as before.

const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } = require('node:fs');
const { basename, join, resolve } = require('node:path');
const { generatorBuild } = require('./generatorBuild');

const ROOT = resolve(__dirname, '..');
const SOURCES = join(ROOT, 'generator');
const TEMPLATES = join(ROOT, 'templates');

/** Every source file with its size and mtime, in a stable order. */
function sourceStamps(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceStamps(path);
      const { size, mtimeMs } = statSync(path);
      return [`${path} ${size} ${mtimeMs}`];
    });
}

function bundleKey() {
  // package.json too: the CLI reads its version from it. The templates: the build's identity covers them.
  const stamps = [...sourceStamps(SOURCES), ...sourceStamps(TEMPLATES), `package.json ${statSync(join(ROOT, 'package.json')).mtimeMs}`];
  return createHash('sha256').update(stamps.join('\n')).digest('hex').slice(0, 16);
}

/** Bundles `entry` and the generator sources it imports into one CommonJS file; packages stay imports. */
function bundleSources(entry, outfile) {
  require('esbuild').buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    // The sources find templates and schemas from their own folder (generator/<stage>/): give the
    // bundle a folder at that depth.
    define: { __dirname: JSON.stringify(join(SOURCES, 'bundle')), SPECWRIGHT_BUILD: JSON.stringify(generatorBuild(ROOT)) },
  });
}

/** The path of an up-to-date bundle of generator/cli.ts, building it when needed; null when it cannot. */
function bundledCli(cacheDir = join(ROOT, 'node_modules', '.cache', 'specwright')) {
  try {
    const file = join(cacheDir, `cli-${bundleKey()}.cjs`);
    if (existsSync(file)) return file;
    mkdirSync(cacheDir, { recursive: true });
    // Build under a name of our own, then rename: two processes starting at once never read half a file.
    const partial = `${file}.${process.pid}.tmp`;
    bundleSources(join(SOURCES, 'cli.ts'), partial);
    // Not the bundle of this key: another process may have just renamed it into place and be loading it.
    const name = basename(file);
    for (const old of readdirSync(cacheDir)) if (old.startsWith('cli-') && old.endsWith('.cjs') && old !== name) rmSync(join(cacheDir, old), { force: true });
    renameSync(partial, file);
    return file;
  } catch {
    return null;
  }
}

/** The CLI module: `{ main }`. */
function loadCli() {
  const bundle = process.env.SPECWRIGHT_NO_BUNDLE ? null : bundledCli();
  if (bundle !== null) return require(bundle);
  require('tsx/cjs');
  return require('../generator/cli.ts');
}

module.exports = { loadCli, bundledCli, bundleSources };

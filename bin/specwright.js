#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources directly (tsx compiles them on load), so there is no build step.
require('tsx/cjs');
const { main } = require('../generator/cli.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // cli.ts reports every expected failure itself; reaching here is a bug.
    process.stderr.write(`specwright: internal error: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

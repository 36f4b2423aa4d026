#!/usr/bin/env node
'use strict';
// No build step: loadCli bundles the TypeScript sources on first use, or runs them through tsx.
const { main } = require('./loadCli').loadCli();

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

// The floor of generating: read and parse the spec, then write as many bytes as specwright wrote.
// Plain JavaScript so that it starts as fast as node can. Usage: node floor.js <spec> <bytes> <out>
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');

const [spec, bytes, out] = process.argv.slice(2);
const text = readFileSync(spec, 'utf8');
const document = JSON.parse(text);
if (document === null || typeof document !== 'object') throw new Error(`${spec} is not a JSON object`);
writeFileSync(out, 'x'.repeat(Number(bytes)));

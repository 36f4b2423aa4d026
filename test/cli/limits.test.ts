// Hostile sizes: each case ends in a clear outcome, never a stack overflow, a hang or a huge output.
// Time bounds are jest's generous default; the assertions are about outcomes, not speed.

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-limits-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const head = '{"openapi":"3.0.3","info":{"title":"t","version":"1"},';

function deepSchema(levels: number): string {
  return '{"type":"object","properties":{"n":'.repeat(levels) + '{"type":"string"}' + '}}'.repeat(levels);
}

async function generate(name: string, text: string) {
  writeFileSync(join(dir, name), text);
  return runCli(['generate', '--input', name, '--output', 'out', '--format', 'json'], dir);
}

function diagnostics(stderr: string): { file: string; code: string; pointer: string; severity: string }[] {
  return (JSON.parse(stderr.slice(0, stderr.lastIndexOf('}') + 1)) as { diagnostics: { file: string; code: string; pointer: string; severity: string }[] }).diagnostics;
}

it('refuses a 10,000-level nested schema without overflowing the stack', async () => {
  const run = await generate('deep.json', `${head}"paths":{},"components":{"schemas":{"Deep":${deepSchema(10_000)}}}}`);
  expect(run.code).toBe(1);
  expect(diagnostics(run.stderr)).toEqual([expect.objectContaining({ code: 'NESTING_TOO_DEEP', severity: 'error' })]);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it('refuses a 10,000-level nested YAML document the same way', async () => {
  const run = await generate('deep.yaml', `openapi: 3.0.3\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('nests too deeply');
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it('generates a spec nested as deep as the limit allows', async () => {
  const run = await generate('ok.json', `${head}"paths":{},"components":{"schemas":{"Deep":${deepSchema(120)}}}}`);
  expect(run.code).toBe(0);
  expect(readFileSync(join(dir, 'out/types.ts'), 'utf8')).toContain('export interface Deep {');
});

it('refuses a YAML alias bomb quickly instead of expanding it', async () => {
  let yaml = 'openapi: 3.0.3\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let prev = 'a';
  for (const name of 'bcdefghi') {
    yaml += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    prev = name;
  }
  const run = await generate('bomb.yaml', yaml);
  expect(run.code).toBe(1);
  expect(diagnostics(run.stderr)).toEqual([expect.objectContaining({ code: 'PARSE_ERROR' })]);
  expect(run.stderr).toContain('alias bomb');
});

it('refuses a YAML alias inside the node its anchor is on (a recursive schema without $ref) at the alias', async () => {
  const run = await generate('loop.yaml', "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A: &a\n      type: object\n      properties:\n        self: *a\n");
  expect(run.code).toBe(1);
  expect(diagnostics(run.stderr)).toEqual([expect.objectContaining({ code: 'ALIAS_RECURSIVE', pointer: '#/components/schemas/A/properties/self', line: 9, column: 15 })]);
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

it('cuts a 50 MB description with a warning, keeping the output small', async () => {
  const op = { operationId: 'a', description: 'd'.repeat(50 * 1024 * 1024), responses: { 200: { description: 'ok' } } };
  const run = await generate('big.json', `${head}"paths":{"/a":{"get":${JSON.stringify(op)}}}}`);
  expect(run.code).toBe(0);
  expect(diagnostics(run.stderr)).toEqual([expect.objectContaining({ code: 'DOC_TRUNCATED', pointer: '#/paths/~1a/get/description', severity: 'warning' })]);
  expect(statSync(join(dir, 'out/operations.ts')).size).toBeLessThan(200_000);
});

it('cuts long descriptions in the spec and in a file it refers to, once each', async () => {
  const long = 'd'.repeat(100 * 1024);
  writeFileSync(join(dir, 'pet.json'), JSON.stringify({ type: 'object', description: long }));
  const op = { operationId: 'a', description: long, responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: 'pet.json' } } } } } };
  const run = await generate('refs.json', `${head}"paths":{"/a":{"get":${JSON.stringify(op)}}}}`);
  expect(run.code).toBe(0);
  // Each in its own file, at its own pointer.
  expect(diagnostics(run.stderr).map((d) => `${d.file} ${d.code} ${d.pointer}`).sort()).toEqual(['pet.json DOC_TRUNCATED #/description', 'refs.json DOC_TRUNCATED #/paths/~1a/get/description']);
  expect(statSync(join(dir, 'out/types.ts')).size).toBeLessThan(100 * 1024);
});

it('gives a 5,000-character operationId a usable name', async () => {
  const op = { operationId: 'get'.repeat(1700), responses: { 200: { description: 'ok' } } };
  const run = await generate('long.json', `${head}"paths":{"/a":{"get":${JSON.stringify(op)}}}}`);
  expect(run.code).toBe(0);
  const fn = /export const (\w+) = \(/.exec(readFileSync(join(dir, 'out/operations.ts'), 'utf8'))![1]!;
  expect(fn.length).toBeLessThanOrEqual(100);
  expect(fn).toMatch(/^(get)+[A-Za-z0-9]{8}$/);
});

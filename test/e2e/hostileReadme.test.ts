// The output folder's README.md renders spec text as text: a spec whose title, version, summaries,
// tags and paths are HTML, links, images, autolinks, headings, fences and tables adds no tag, no
// link and no block of its own to the README. Checked on a generated folder, as a reader gets it.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../helpers/runCli';
import { autolinkTriggers, readInline } from '../helpers/markdownInline';

const MARKUP = [
  '<script>globalThis.__pwned = 1</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden -->',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '[ref]: https://evil.example',
  '<https://evil.example>',
  'https://evil.example www.evil.example me@evil.example',
  '**bold** _em_ ~~del~~ `code` $x$ {mdx} ^sup^',
  '&lt;b&gt; &#60;i&#62;',
  '| a | b |\n|---|---|',
  '\n# Heading\n\n- item\n1. item\n> quote\n```\nfenced\n```\n===',
].join(' \u2028 ');

const ok = { 200: { description: MARKUP } };
const spec = {
  openapi: '3.0.3',
  info: { title: MARKUP, version: MARKUP },
  paths: {
    [`/a/{id}/<b>\`x\`|[y](z)`]: {
      get: { operationId: 'getA', tags: [MARKUP, '# tag'], summary: MARKUP, parameters: [{ in: 'path', name: 'id', required: true, schema: { type: 'string' } }], responses: ok },
    },
    '/b': { get: { operationId: 'getB', summary: `- ${MARKUP}`, responses: ok } },
  },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'specwright-hostile-readme-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The README's lines outside its one fenced code block, which holds only identifiers and our own text. */
function proseLines(readme: string): string[] {
  const fences = readme.split('\n').filter((line) => line.startsWith('```'));
  expect(fences).toEqual(['```ts', '```']);
  return readme.replace(/^```ts\n[\s\S]*?\n```$/m, '').split('\n');
}

/** What a renderer makes of the README outside the code block: live characters, and bare autolinks. */
function assertInert(readme: string): void {
  const lines = proseLines(readme);
  for (const line of lines) {
    const read = readInline(line);
    // Every HTML tag, comment and <autolink> needs a live `<`; links, images and reference definitions a live `[`.
    expect(read.live).not.toMatch(/[<>[\]&|~{}^$\\]/);
    expect(autolinkTriggers(read.text)).toEqual([]);
  }
  // Block structure is the template's alone: the title heading, two sections, one heading per group.
  expect(lines.filter((line) => /^\s*#/.test(line))).toEqual(expect.arrayContaining(['## Usage', '## Operations']));
  expect(lines.filter((line) => /^\s{0,3}(#|>|\d+[.)] |[-+*] |={2,}|-{3,}|\|)/.test(line) && !/^(#{1,3} |- `)/.test(line))).toEqual([]);
}

it('keeps a spec made of Markdown and HTML inert in the README', async () => {
  writeFileSync(join(dir, 'markup.json'), JSON.stringify(spec));
  const run = await runCli(['generate', '--input', 'markup.json', '--output', 'out', '--quiet'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const readme = readFileSync(join(dir, 'out/README.md'), 'utf8');
  assertInert(readme);
  expect(readme.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(1 + 2 + 3); // title, Usage and Operations, three groups
  expect(readme.split('\n').filter((line) => line.startsWith('- `'))).toHaveLength(3); // getA under two tags, getB untagged
  // A hostile path is one code span, shown as written.
  expect(readme).toContain('- `getA` ``GET /a/{id}/<b>`x`|[y](z)``: ');
});

it('keeps spec/hostile.yaml inert in its committed README', () => {
  assertInert(readFileSync(resolve(__dirname, '../../generated/hostile/README.md'), 'utf8'));
});

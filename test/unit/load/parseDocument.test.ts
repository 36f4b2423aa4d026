// JSON specs with a key repeated in one object are refused with the key's position; the check
// counts key tokens against parsed keys first, so its counting must be exact for any JSON text.
// YAML that the parser finds unbuildable only when building it is refused at its place too.

import fc from 'fast-check';
import { RefusedInputError } from '../../../generator/diagnostics';
import { parseDocument } from '../../../generator/load/parseDocument';

function refusal(text: string, format: 'json' | 'yaml' = 'json'): string | null {
  try {
    parseDocument(text, `spec.${format}`, format);
    return null;
  } catch (error) {
    if (!(error instanceof RefusedInputError)) throw error;
    const d = error.diagnostics[0]!;
    return `${d.line}:${d.column} ${d.message}`;
  }
}

it.each([
  ['a nested repeat', '{"a": {"b": 1,\n "b": 2}}', '2:2', '"b"'],
  ['a repeat after whitespace before the colon', '{"a" \n\t : 1, "a"\r\n: 2}', '2:8', '"a"'],
  ['a repeated key with escaped quotes', '{"x\\"y": 1, "x\\"y": 2}', '1:13', '"x\\"y"'],
  ['a repeated key ending in an escaped backslash', '{"x\\\\": 1, "x\\\\": 2}', '1:12', '"x\\\\"'],
  ['a repeat inside an array item', '[{"a": 1}, {"a": 1, "a": 2}]', '1:21', '"a"'],
])('refuses %s', (_, text, position, key) => {
  const message = refusal(text);
  expect(message).toContain(position);
  expect(message).toContain(`the key ${key} appears twice`);
});

it.each([
  ['strings that look like keys', '{"a": "\\": 1, \\"a", "b": ["a", ":", "\\"a\\":"]}'],
  ['equal keys in sibling objects', '{"a": {"k": 1}, "b": {"k": 1}, "k": {"k": {"k": 1}}}'],
  ['a key named __proto__', '{"__proto__": 1, "proto": 2}'],
])('accepts %s', (_, text) => {
  expect(refusal(text)).toBeNull();
});

it('accepts any JSON without repeats, and refuses it once a key is repeated', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }), (object) => {
      const text = JSON.stringify(object, null, 1);
      expect(refusal(text)).toBeNull();
      const [key, value] = Object.entries(object)[0]!;
      const repeated = `{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}, ${text.slice(1)}`;
      expect(refusal(repeated)).toContain('appears twice');
    }),
    { numRuns: 300 },
  );
});

it.each([
  ['an alias to no anchor', 'openapi: 3.0.0\npaths: {}\nx: *nowhere\n', '3:4 not valid YAML: Unresolved alias'],
  ['a merge of a scalar', 'openapi: 3.0.0\nx:\n  a: 1\n  <<: 5\n', '4:7 not valid YAML: Merge sources must be maps'],
])('refuses YAML with %s at its place, and does not call it an alias bomb', (_, text, expected) => {
  expect(refusal(text, 'yaml')).toContain(expected);
});

it.each([
  ['an unclosed quote, where it opens (the parser finds it out at the end of the file)', "openapi: 3.0.0\ninfo:\n  description: 'Invalid input\n  title: t\npaths: {}\n", "3:16 not valid YAML: a value opened with ' here is never closed"],
  ['an unclosed double quote in a list', 'x:\n  - "fine"\n  - "bad\n  - z\ny: 1\n', '3:5 not valid YAML: a value opened with " here is never closed'],
  ['a missing colon', 'openapi: 3.0.0\ninfo\npaths: {}\n', '2:1 not valid YAML: a line that is neither `key: value` nor a list item: a missing `:`'],
  ['a merge-conflict marker', 'openapi: 3.0.0\n<<<<<<< HEAD\ninfo: {}\n=======\ninfo: { title: t }\n>>>>>>> main\n', '2:1 not valid YAML: a merge-conflict marker'],
  ['a tab as indentation', 'info:\n\ttitle: t\n', '2:1 not valid YAML: a tab as indentation'],
  ['a line indented unlike its siblings', 'a:\n  b:\n    c: 1\n   d: 2\n', '4:1 not valid YAML: this line is indented differently from the lines beside it'],
])('says what is wrong with YAML in its author\'s words, at the mistake: %s', (_, text, expected) => {
  expect(refusal(text, 'yaml')).toContain(expected);
});

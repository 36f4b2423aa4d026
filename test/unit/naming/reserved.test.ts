import { readFileSync } from 'fs';
import { join } from 'path';
import { RESERVED_NAMES, RUNTIME_NAMES } from '../../../generator/naming/reserved';

const RUNTIME_TEMPLATE = join(__dirname, '../../../templates/runtime.ts.hbs');

/** Every name the runtime template declares with a top-level `export`. */
function exportedNames(text: string): string[] {
  const names = [...text.matchAll(/^export (?:async )?(?:function|const|class|interface|type) ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}

describe('RUNTIME_NAMES', () => {
  const declared = exportedNames(readFileSync(RUNTIME_TEMPLATE, 'utf8'));

  it('finds the runtime declarations (the regex still matches the template)', () => {
    expect(declared.length).toBeGreaterThanOrEqual(20);
    expect(declared).toEqual(expect.arrayContaining(['ApiError', 'call', 'createClient', 'OperationDescriptor', 'HttpMethod']));
  });

  it.each(declared)('holds %s, which templates/runtime.ts.hbs exports', (name) => {
    expect(RUNTIME_NAMES).toContain(name);
  });

  it('every runtime name is reserved', () => {
    for (const name of RUNTIME_NAMES) expect(RESERVED_NAMES.has(name)).toBe(true);
  });

  it('has no duplicates', () => {
    expect(new Set(RUNTIME_NAMES).size).toBe(RUNTIME_NAMES.length);
  });

  it('holds the names of the fixed declarations the other generated modules make', () => {
    // errors.ts declares the API-wide `ErrorCode` (a const and a type).
    expect(RUNTIME_NAMES).toContain('ErrorCode');
  });
});

describe('RESERVED_NAMES', () => {
  // Words that cannot be declared with `let` in a module (strict mode), plus TypeScript's own.
  it.each([
    'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
    'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
    'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
    'while', 'with', 'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
    'yield', 'await', 'arguments', 'eval', 'undefined', 'NaN', 'Infinity',
    'type', 'any', 'unknown', 'never', 'string', 'number', 'boolean', 'object', 'symbol', 'bigint',
  ])('holds %s', (word) => {
    expect(RESERVED_NAMES.has(word)).toBe(true);
  });

  it.each(['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'])('holds the Object.prototype name %s', (word) => {
    expect(RESERVED_NAMES.has(word)).toBe(true);
  });

  it.each(['Promise', 'Error', 'Object', 'Array', 'JSON', 'fetch', 'Headers', 'Response', 'Request', 'URL', 'globalThis', 'Record', 'Partial'])(
    'holds the global %s',
    (word) => {
      expect(RESERVED_NAMES.has(word)).toBe(true);
    },
  );

  it.each(['implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield', 'eval', 'arguments', 'enum'])(
    'holds %s, which strict-mode code cannot declare',
    (word) => {
      expect(() => new Function(`'use strict'; let ${word} = 1`)).toThrow(SyntaxError);
      expect(RESERVED_NAMES.has(word)).toBe(true);
    },
  );

  it('is case-sensitive: other spellings are free', () => {
    expect(RESERVED_NAMES.has('Class')).toBe(false);
    expect(RESERVED_NAMES.has('promise')).toBe(false);
  });
});

import type { SpecResult } from '../../corpus/runSpec';
import { isFailure, summarise, summaryTable } from '../../corpus/summary';

function result(id: string, overrides: Partial<SpecResult>): SpecResult {
  return { id, bytes: 100, operations: 2, outcome: 'generated', warnings: 0, codes: {}, generateMs: 1000, compile: { errors: 0, messages: [], ms: 5, timedOut: false }, maxRssMb: 200, ...overrides };
}

const results = [
  result('a', {}),
  result('b', { outcome: 'warnings', warnings: 2, codes: { SCHEMA_UNKNOWN: 2 } }),
  result('c', { outcome: 'refused', reason: 'SPEC_INVALID at #', compile: null }),
  result('d', { outcome: 'timeout', compile: null, generateMs: 60000, operations: 9000 }),
  result('e', { compile: { errors: 3, messages: ['types.ts:1 TS2300: Duplicate identifier'], ms: 5, timedOut: false } }),
  result('f', { outcome: 'crashed', compile: null, codes: { INTERNAL_ERROR: 1 } }),
];

it('counts a crash, a timeout and output that does not compile as failures, a refusal not', () => {
  expect(results.filter(isFailure).map((r) => r.id)).toEqual(['d', 'e', 'f']);
});

it('summarises outcomes, compiles, operations and the slowest specs', () => {
  const s = summarise(results);
  expect(s.outcomes).toEqual({ generated: 2, warnings: 1, refused: 1, crashed: 1, timeout: 1, oom: 0 });
  expect(s.generatedShare).toBeCloseTo(0.5);
  expect([s.compiled, s.compileFailed, s.operations]).toEqual([2, 1, 9010]);
  expect(s.slowest[0]).toEqual({ id: 'd', operations: 9000, seconds: 60 });
  expect(s.diagnosticCodes).toEqual([['SCHEMA_UNKNOWN', 2], ['INTERNAL_ERROR', 1]]);
});

it('prints a Markdown table with shares', () => {
  const table = summaryTable(summarise(results));
  expect(table).toContain('| generated, no warnings | 2 | 33.3% |');
  expect(table).toContain('| compiled under strict | 2 | 66.7% of generated |');
  expect(table).toContain('| **total** | **6** | 9010 operations, 65 s generating |');
});

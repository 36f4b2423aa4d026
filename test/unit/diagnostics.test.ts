// Every diagnostic code has a message and a fix hint, and every placeholder gets filled.

import { createDiagnosticSink, DIAGNOSTIC_CATALOGUE, makeDiagnostic, type DiagCode } from '../../generator/diagnostics';
import { formatDiagnostic, formatDiagnostics, sortDiagnostics } from '../../generator/formatDiagnostics';

const codes = Object.keys(DIAGNOSTIC_CATALOGUE) as DiagCode[];

it.each(codes)('%s has a message, a hint and a severity', (code) => {
  const entry = DIAGNOSTIC_CATALOGUE[code];
  expect(entry.message.trim().length).toBeGreaterThan(5);
  expect(entry.hint.trim().length).toBeGreaterThan(5);
  expect(['error', 'warning']).toContain(entry.severity);
});

it('keeps one of a diagnostic reported twice at one place (a schema built for reading and for writing)', () => {
  const sink = createDiagnosticSink();
  sink.report('REF_MISSING', '#/a/$ref', { ref: '#/x' });
  sink.report('REF_MISSING', '#/a/$ref', { ref: '#/x' });
  sink.report('REF_MISSING', '#/b/$ref', { ref: '#/x' });
  sink.report('REF_MISSING', '#/a/$ref', { ref: '#/y' });
  expect(sink.list().map((d) => [d.pointer, d.message])).toEqual([
    ['#/a/$ref', '$ref `#/x` points at nothing; typed as unknown'],
    ['#/b/$ref', '$ref `#/x` points at nothing; typed as unknown'],
    ['#/a/$ref', '$ref `#/y` points at nothing; typed as unknown'],
  ]);
});

it('fills placeholders from the arguments', () => {
  expect(makeDiagnostic('RESPONSE_KEY_INVALID', '#/x', { key: '2' }).message).toBe(
    'response key `2` is not an HTTP status code, a range such as 4XX, or `default`; ignored',
  );
  expect(makeDiagnostic('PATH_PARAMETER_UNDECLARED', '#', { name: 'id' }).message).toContain('`{id}`');
});

it('formats one diagnostic as file:line:column: severity: pointer: message (CODE) with its hint', () => {
  const d = { ...makeDiagnostic('PARAMETER_UNTYPED', '#/paths/~1a/get/parameters/0'), file: 'spec.yaml', line: 3, column: 9 };
  expect(formatDiagnostic(d)).toBe(
    'spec.yaml:3:9: warning: #/paths/~1a/get/parameters/0: parameter has no type; typed as string (PARAMETER_UNTYPED)\n  hint: give the parameter a `type` (Swagger 2.0) or a `schema` (OpenAPI 3)',
  );
});

it('sorts by file and pointer and ends with a summary line', () => {
  const list = [
    makeDiagnostic('PARAMETER_UNTYPED', '#/paths/~1b'),
    makeDiagnostic('EMPTY_DOCUMENT', '#'),
    makeDiagnostic('PARAMETER_UNTYPED', '#/paths/~1a'),
  ];
  expect(sortDiagnostics(list).map((d) => d.pointer)).toEqual(['#', '#/paths/~1a', '#/paths/~1b']);
  expect(formatDiagnostics(list, 'text').split('\n').pop()).toBe('2 warnings, 1 error');
});

// Prints diagnostics for people (gcc-style lines editors and CI annotations can parse) or as JSON.

import type { Diagnostic } from './diagnostics';

export type OutputFormat = 'text' | 'json';

function byLocation(a: Diagnostic, b: Diagnostic): number {
  const keyA = `${a.file ?? ''}\u0000${a.pointer}\u0000${a.code}`;
  const keyB = `${b.file ?? ''}\u0000${b.pointer}\u0000${b.code}`;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : (a.line ?? 0) - (b.line ?? 0);
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(byLocation);
}

export function summaryLine(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${warnings} warning${warnings === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`;
}

/**
 * Spec text for a terminal must not drive it: C0 and C1 controls, line separators and bidi
 * overrides are shown as escapes. Every message that quotes the spec goes through here.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `file:line:column: severity: pointer: message (CODE)` then an indented hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.column].filter((p) => p !== undefined).join(':');
  const pointer = d.pointer === '#' ? '' : `${d.pointer}: `;
  return `${printable(`${where === '' ? '' : `${where}: `}${d.severity}: ${pointer}${d.message}`)} (${d.code})\n  hint: ${d.hint}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: OutputFormat): string {
  const sorted = sortDiagnostics(diagnostics);
  // One line, as every JSON document the CLI prints: a tool reads them line by line.
  if (format === 'json') return JSON.stringify({ diagnostics: sorted, summary: summaryLine(sorted) });
  return [...sorted.map(formatDiagnostic), summaryLine(sorted)].join('\n');
}

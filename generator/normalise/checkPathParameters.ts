// Makes the path parameters agree with the path template: each `{name}` has exactly one required parameter.

import type { DiagnosticSink } from '../diagnostics';
import type { NormalisedParameter } from './NormalisedSpec';

export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
}

export function checkPathParameters(
  path: string,
  parameters: readonly NormalisedParameter[],
  operationPointer: string,
  sink: DiagnosticSink,
): NormalisedParameter[] {
  const names = templateNames(path);
  const checked: NormalisedParameter[] = [];
  for (const p of parameters) {
    if (p.in !== 'path') checked.push(p);
    else if (!names.includes(p.name)) sink.report('PATH_PARAMETER_UNUSED', p.pointer, { name: p.name });
    else if (!p.required) {
      sink.report('PATH_PARAMETER_NOT_REQUIRED', p.source, { name: p.name });
      checked.push({ ...p, required: true });
    } else checked.push(p);
  }
  for (const name of names) {
    if (checked.some((p) => p.in === 'path' && p.name === name)) continue;
    sink.report('PATH_PARAMETER_UNDECLARED', operationPointer, { name });
    checked.push({
      name,
      in: 'path',
      required: true,
      description: null,
      deprecated: false,
      schema: { node: { type: 'string' }, pointer: operationPointer },
      style: 'simple',
      explode: false,
      contentType: null,
      pointer: operationPointer,
      source: operationPointer,
    });
  }
  return checked;
}

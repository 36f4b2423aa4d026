// Requests every module-level name of the generated client and resolves them in one pass, so names
// are final before anything is emitted and stay stable when unrelated parts of the spec change.

import { RESERVED_NAMES, resolveNames, type Identifier, type NameRequest } from '../naming';
import { HTTP_METHODS, type NormalisedOperation } from '../normalise/NormalisedSpec';
import type { OperationNames } from './ApiModel';

type OperationForm = keyof OperationNames;
type Form = OperationForm | 'schema';

const OPERATION_FORMS: NameRequest<OperationForm>['forms'] = {
  fn: { case: 'camel', suffix: '' },
  params: { case: 'pascal', suffix: 'Params' },
  response: { case: 'pascal', suffix: 'Response' },
  errorCode: { case: 'pascal', suffix: 'ErrorCode' },
  error: { case: 'pascal', suffix: 'Error' },
  errors: { case: 'camel', suffix: 'Errors' },
  descriptor: { case: 'camel', suffix: 'Operation' },
};

/** `get /pets/{id}` → `get pets by id`, the raw name of an operation without an operationId. */
export function pathName(method: string, path: string): string {
  return `${method} ${path.replace(/\{([^{}]*)\}/g, ' by $1 ')}`;
}

/** Operations sort by path, then by method in the spec's method order, so spec reordering renames nothing. */
export function operationSortKey(op: Pick<NormalisedOperation, 'path' | 'method'>): string {
  return `0 ${op.path} ${HTTP_METHODS.indexOf(op.method)}`;
}

export interface PlannedNames {
  readonly operations: readonly OperationNames[];
  readonly schemas: readonly Identifier[];
}

export function planNames(operations: readonly NormalisedOperation[], schemaNames: readonly string[]): PlannedNames {
  const requests: NameRequest<Form>[] = [
    ...operations.map((op) => ({
      raw: op.operationId ?? pathName(op.method, op.path),
      fallback: pathName(op.method, op.path),
      sortKey: operationSortKey(op),
      forms: OPERATION_FORMS as NameRequest<Form>['forms'],
    })),
    ...schemaNames.map((name) => ({
      raw: name,
      fallback: 'schema',
      sortKey: `1 ${name}`,
      forms: { schema: { case: 'pascal', suffix: '' } } as NameRequest<Form>['forms'],
    })),
  ];
  const resolved = resolveNames(requests, RESERVED_NAMES);
  return {
    operations: resolved.slice(0, operations.length) as unknown as OperationNames[],
    schemas: resolved.slice(operations.length).map((r) => r.schema),
  };
}

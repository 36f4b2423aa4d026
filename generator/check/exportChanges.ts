// Exports that came or went and that the API diff did not already say: the API surface in the manifest
// names each operation's and schema's types, but a client exports more (an operation's response
// headers' type once the spec declares one, its page iterators, what the runtime adds), and a new
// name there is as much a change for callers as a new schema. Read from the modules' texts, so no
// export goes unseen; an operation or schema that came, went or was renamed says its names itself.

import type { ApiSurface, OperationSurface, SchemaSurface } from '../emit/apiSurface';
import type { Drift } from '../write/checkFiles';
import type { Manifest } from '../write/manifest';
import type { ApiChange } from './apiDiff';
import { exportedNames, type ExportKind } from './exportedNames';

export interface ClientExports {
  readonly before: ReadonlyMap<string, ExportKind>;
  readonly after: ReadonlyMap<string, ExportKind>;
}

/** A module the client's callers import names from (with --js, its declarations say them). */
const isModule = (path: string): boolean => path.endsWith('.ts');

/**
 * The names the differing modules exported and would export: those of files that read the same are
 * the same. A file the previous run wrote that is missing was deleted, and says nothing either way.
 */
export function clientExports(drift: readonly Drift[], previous: Manifest | null): ClientExports {
  const before = new Map<string, ExportKind>();
  const after = new Map<string, ExportKind>();
  for (const d of drift.filter((f) => isModule(f.path))) {
    if (d.kind === 'missing' && previous !== null && Object.hasOwn(previous.files, d.path)) continue;
    if (d.onDisk !== null) for (const [name, kind] of exportedNames(d.onDisk.toString('utf8'))) before.set(name, kind);
    if (d.kind !== 'stale') for (const [name, kind] of exportedNames(d.generated)) after.set(name, kind);
  }
  return { before, after };
}

const operationNames = (op: OperationSurface): string[] => [op.name, op.params, op.response, op.responses, ...(op.exports ?? [])];
const schemaNames = (schema: SchemaSurface): string[] => Object.values(schema.types);

/** The names of what came, went or was renamed: each already has its line. */
function namesSaid<T>(before: Readonly<Record<string, T>>, after: Readonly<Record<string, T>>, names: (entry: T) => string[], renamed: (a: T, b: T) => boolean): Set<string> {
  const said = new Set<string>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [Object.hasOwn(before, key) ? before[key] : undefined, Object.hasOwn(after, key) ? after[key] : undefined];
    if (a !== undefined && b !== undefined && !renamed(a, b)) continue;
    for (const name of [...(a === undefined ? [] : names(a)), ...(b === undefined ? [] : names(b))]) said.add(name);
  }
  return said;
}

/** The exports added and removed that `changes` (the API diff's) leave unsaid. */
export function exportChanges(changes: readonly ApiChange[], before: ApiSurface, after: ApiSurface, exports: ClientExports): ApiChange[] {
  const said = new Set(changes.map((c) => c.subject));
  for (const name of namesSaid(before.operations, after.operations, operationNames, (a, b) => a.name !== b.name)) said.add(name);
  for (const name of namesSaid(before.schemas, after.schemas, schemaNames, (a, b) => (a.types.both ?? a.types.read) !== (b.types.both ?? b.types.read))) said.add(name);
  const found: ApiChange[] = [];
  for (const [name, kind] of [...exports.after].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!exports.before.has(name) && !said.has(name)) found.push({ kind: kind === 'type' ? 'type-added' : 'export-added', breaking: false, subject: name, detail: `${kind === 'type' ? 'type' : 'export'} added` });
  }
  for (const [name, kind] of [...exports.before].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!exports.after.has(name) && !said.has(name)) found.push({ kind: kind === 'type' ? 'type-removed' : 'export-removed', breaking: true, subject: name, detail: `${kind === 'type' ? 'type' : 'export'} removed` });
  }
  return found;
}

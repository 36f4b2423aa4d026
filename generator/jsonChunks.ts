// JSON text in pieces, byte for byte what `JSON.stringify(value, null, 2)` gives: a model of a
// spec as large as Microsoft Graph beta would pass V8's limit on the length of one string.

/** Below this depth arrays and objects are split into pieces; deeper values are stringified whole. */
const SPLIT_DEPTH = 3;

/** Whether JSON.stringify leaves this property out of an object (and writes `null` in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function* arrayChunks(items: readonly unknown[], indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  yield '[';
  for (let i = 0; i < items.length; i++) {
    yield `${i === 0 ? '' : ','}\n${inner}`;
    const item = items[i];
    if (omitted(item)) yield 'null';
    else yield* chunksAt(item, inner, depth + 1);
  }
  yield `\n${indent}]`;
}

function* objectChunks(object: Readonly<Record<string, unknown>>, indent: string, depth: number): Generator<string> {
  const inner = `${indent}  `;
  const entries = Object.entries(object).filter(([, value]) => !omitted(value));
  if (entries.length === 0) return yield '{}';
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    yield `${i === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    yield* chunksAt(value, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

function* chunksAt(value: unknown, indent: string, depth: number): Generator<string> {
  const splittable = depth < SPLIT_DEPTH && value !== null && typeof value === 'object' && !('toJSON' in value);
  if (splittable && Array.isArray(value)) return yield* value.length === 0 ? ['[]'] : arrayChunks(value, indent, depth);
  if (splittable) return yield* objectChunks(value as Record<string, unknown>, indent, depth);
  yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
}

/**
 * `JSON.stringify(value, null, 2)` followed by a newline, in pieces that concatenate to exactly
 * that text. For plain data (no `toJSON` below the split depth, no top-level undefined).
 */
export function* jsonChunks(value: unknown): Generator<string> {
  yield* chunksAt(value, '', 0);
  yield '\n';
}

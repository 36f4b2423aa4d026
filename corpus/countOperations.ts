// How many operations a spec document declares: path items' HTTP-method keys.

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function countOperations(document: unknown): number {
  const paths = (document as { paths?: unknown } | null)?.paths;
  if (paths === null || typeof paths !== 'object') return 0;
  let count = 0;
  for (const item of Object.values(paths)) {
    if (item !== null && typeof item === 'object') count += Object.keys(item).filter((k) => HTTP_METHODS.has(k)).length;
  }
  return count;
}

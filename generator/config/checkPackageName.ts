// The rule for `--package-name`: the config schema's `packageName`, read from the schema itself so
// the flag and the config file cannot disagree.

import { readFileSync } from 'node:fs';
import { CONFIG_SCHEMA_PATH } from './loadConfig';

interface NameRule {
  readonly pattern: string;
  readonly maxLength: number;
}

let rule: NameRule | null = null;

/** Returns `name` when it is an npm package name; throws a message for the usage error otherwise. */
export function checkPackageName(name: string): string {
  rule ??= (JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')) as { definitions: { packageName: NameRule } }).definitions.packageName;
  if (name.length <= rule.maxLength && new RegExp(rule.pattern, 'u').test(name)) return name;
  throw new Error(`--package-name ${JSON.stringify(name)} is not an npm package name (lowercase, URL-safe, optionally @scope/name)`);
}

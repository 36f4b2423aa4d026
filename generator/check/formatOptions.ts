// The options that differ from those a client was generated with, one line each, named as the user
// gives them: the flag for a run with --input/--output (`--js: given when generated, not given now`),
// the config key otherwise. Values from the config are JSON-quoted, so no control character reaches a terminal.

import { OPTION_DEFAULTS } from '../emit/optionSettings';
import { printable } from '../formatDiagnostics';
import type { OptionChange } from './runChanges';

const FLAGS: Readonly<Record<string, string>> = { int64: '--int64', js: '--js', importExtension: '--import-extension', package: '--package-name', templates: '--templates' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function shown(option: string, value: unknown, flag: string | undefined): string {
  if (value === null) return OPTION_DEFAULTS[option] !== undefined ? `${OPTION_DEFAULTS[option]} (the default)` : flag === undefined ? 'not set' : 'not given';
  if (flag === undefined) return printable(JSON.stringify(value));
  if (value === true) return 'given';
  if (option === 'package' && isRecord(value)) return printable(JSON.stringify(value['name']));
  return printable(typeof value === 'string' ? value : JSON.stringify(value));
}

/** Your templates by file: which came, went or changed. */
function templates(was: unknown, is: unknown): string {
  const [before, after] = [isRecord(was) ? was : {}, isRecord(is) ? is : {}];
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort().filter((n) => before[n] !== after[n]);
  const what = (n: string) => (!Object.hasOwn(before, n) ? 'added' : !Object.hasOwn(after, n) ? 'gone' : 'changed');
  return `${names.map((n) => `${printable(n)} ${what(n)}`).join(', ')} since the generation`;
}

export function optionLines(changes: readonly OptionChange[], viaFlags: boolean): string[] {
  return changes.map(({ option, was, is }) => {
    const flag = viaFlags ? FLAGS[option] : undefined;
    const name = flag ?? `${printable(JSON.stringify(option))} (config)`;
    if (option === 'templates') return `${name}: ${templates(was, is)}`;
    return `${name}: ${shown(option, was, flag)} when generated, ${shown(option, is, flag)} now`;
  });
}

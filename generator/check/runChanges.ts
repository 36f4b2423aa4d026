// How this run differs from the one that made the output, as the manifests record them: each option
// that shapes the output, by name; the spec when it is another file; the regenerate command when it
// differs for another reason (a config file renamed, the output folder named otherwise).

import { canonicalJson } from '../emit/canonicalJson';
import type { OptionSettings } from '../emit/optionSettings';
import type { Manifest, Provenance } from '../write/manifest';
import type { Change } from './checkOutput';

/** An option's value when generated and now; null where it was or is not set (its default). */
export interface OptionChange {
  readonly option: string;
  readonly was: unknown;
  readonly is: unknown;
}

export interface RunChanges {
  readonly options: readonly OptionChange[];
  /** The spec as named when generated and now, when it is another file. */
  readonly specPath: Change | null;
  readonly command: Change | null;
  /** Some option changed that the manifest does not record readably (one from before settings were recorded). */
  readonly unnamed: boolean;
}

export const NO_RUN_CHANGES: RunChanges = { options: [], specPath: null, command: null, unnamed: false };

function optionChanges(was: OptionSettings, is: OptionSettings): OptionChange[] {
  const keys = [...new Set([...Object.keys(was), ...Object.keys(is)])].sort();
  const value = (settings: OptionSettings, key: string): unknown => (Object.hasOwn(settings, key) ? settings[key] : null);
  return keys.filter((key) => canonicalJson(value(was, key)) !== canonicalJson(value(is, key))).map((option) => ({ option, was: value(was, option), is: value(is, option) }));
}

/** `provenance` is this run's, spelt as recordedSpelling.ts made it: a path spelt otherwise for the same file is no change. */
export function runChanges(previous: Manifest, provenance: Provenance): RunChanges {
  if (previous.options === provenance.options) return NO_RUN_CHANGES;
  if (previous.settings === undefined || previous.regenerate === undefined || provenance.settings === undefined || provenance.regenerate === undefined) {
    return { ...NO_RUN_CHANGES, unnamed: true };
  }
  const options = optionChanges(previous.settings, provenance.settings);
  const specPath = previous.spec.source === provenance.spec.source ? null : { from: previous.spec.source, to: provenance.spec.source };
  // Flags are in the command too: a command that differs only by them says nothing more.
  const command = options.length > 0 || specPath !== null || previous.regenerate.command === provenance.regenerate.command ? null : { from: previous.regenerate.command, to: provenance.regenerate.command };
  // The hash covers every option; one these do not name is said as before, without a name.
  return { options, specPath, command, unnamed: options.length === 0 && specPath === null && command === null };
}

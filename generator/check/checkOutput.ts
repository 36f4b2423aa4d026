// `check`: regenerates in memory and says why the output folder differs, one cause per exit code:
// a file edited by hand, the spec changed, the generator or the options changed, files missing or
// extra. When the spec changed, it also says what changed for the client's callers (apiDiff.ts).

import { dirname, relative, sep } from 'node:path';
import type { EmittedFile } from '../emit/emitFiles';
import { hashContent } from '../hash';
import { checkFiles, type Drift } from '../write/checkFiles';
import { MANIFEST_NAME, type Manifest, type Provenance } from '../write/manifest';
import { abandonedLock } from '../write/outputLock';
import { findScratch, isAbandoned, type Scratch } from '../write/scratchPaths';
import { apiDiff, type ApiChange } from './apiDiff';
import { typeOracle } from './typeOracle';

/** In the order a cause outranks another: hand edits would be lost by regenerating, so they come first. */
export const CHECK_STATUSES = ['edited', 'spec-changed', 'generator-changed', 'files', 'up-to-date'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** A stopped run's stage, backup, temporary file or lock, by its path from the output's parent folder. */
export interface Leftover {
  readonly path: string;
  readonly kind: Scratch['kind'] | 'lock';
}

/** What runs that are gone left beside the output or in it; a run in progress is not a leftover. */
async function leftoversOf(outDir: string): Promise<Leftover[]> {
  const scratch: { path: string; kind: Leftover['kind'] }[] = (await findScratch(outDir)).filter(isAbandoned);
  const lock = await abandonedLock(outDir);
  if (lock !== null) scratch.push({ path: lock, kind: 'lock' });
  return scratch.map((s) => ({ path: relative(dirname(outDir), s.path).split(sep).join('/'), kind: s.kind }));
}

export interface Change {
  readonly from: string;
  readonly to: string;
}

export interface CheckReport {
  readonly status: CheckStatus;
  /** Every file that differs, with a unified diff from disk to what would be generated. */
  readonly drift: readonly Drift[];
  /** Files whose content no longer has the hash the manifest recorded for them: edited since generated. */
  readonly edited: readonly string[];
  readonly missing: readonly string[];
  /** Files an earlier generation wrote that this one would not. */
  readonly extra: readonly string[];
  /** The spec file's SHA-256, when it changed. */
  readonly spec: Change | null;
  /** The spec file is the same but what it references changed (an external `$ref` file). */
  readonly referencesChanged: boolean;
  readonly version: Change | null;
  readonly optionsChanged: boolean;
  /** What changed for callers, when the spec changed and the previous manifest records the API; else null. */
  readonly api: readonly ApiChange[] | null;
  /** What stopped runs left beside the output and in it (stages, backups, temporary files); they do not make it out of date. */
  readonly leftovers: readonly Leftover[];
}

/** The file that declares the client's types: types.ts, or types.d.ts when it is written as JavaScript (--js). */
function typesFile(files: readonly EmittedFile[]): string {
  return files.some((f) => f.path === 'types.d.ts') ? 'types.d.ts' : 'types.ts';
}

function editedFiles(drift: readonly Drift[], previous: Manifest | null): string[] {
  if (previous === null) return [];
  return drift
    .filter((d) => d.onDisk !== null && Object.hasOwn(previous.files, d.path) && previous.files[d.path] !== hashContent(d.onDisk))
    .map((d) => d.path);
}

function changeOf(from: string, to: string): Change | null {
  return from === to ? null : { from, to };
}

function statusOf(report: Omit<CheckReport, 'status' | 'api' | 'leftovers'>, drift: readonly Drift[]): CheckStatus {
  if (drift.length === 0) return 'up-to-date';
  if (report.edited.length > 0) return 'edited';
  if (report.spec !== null || report.referencesChanged) return 'spec-changed';
  if (report.version !== null || report.optionsChanged) return 'generator-changed';
  return 'files';
}

/** The causes, from the drift and the two manifests' provenance. */
function classify(drift: readonly Drift[], previous: Manifest | null, provenance: Provenance): Omit<CheckReport, 'status' | 'api' | 'leftovers'> {
  const edited = editedFiles(drift, previous);
  const missing = drift.filter((d) => d.kind === 'missing').map((d) => d.path);
  const extra = drift.filter((d) => d.kind === 'stale').map((d) => d.path);
  // A manifest from before provenance was recorded cannot say what changed; the generator did.
  const recorded = previous !== null && previous.spec.sha256 !== '';
  const spec = recorded ? changeOf(previous.spec.sha256, provenance.spec.sha256) : null;
  const version = previous === null ? null : changeOf(recorded ? previous.version : `${previous.version} (no provenance)`, provenance.version);
  const optionsChanged = recorded && previous.options !== provenance.options;
  const unexplained = drift.filter((d) => d.kind === 'changed' && d.path !== MANIFEST_NAME && !edited.includes(d.path));
  const sameInputs = recorded && spec === null && version === null && !optionsChanged;
  const referencesChanged = sameInputs && unexplained.length > 0;
  if (sameInputs && !referencesChanged && drift.some((d) => d.path === MANIFEST_NAME && d.kind === 'changed')) edited.push(MANIFEST_NAME);
  return { drift, edited, missing, extra, spec, referencesChanged, version, optionsChanged };
}

export async function checkOutput(files: readonly EmittedFile[], outDir: string, previous: Manifest | null, provenance: Provenance, after: Manifest['api']): Promise<CheckReport> {
  const drift = await checkFiles(files, outDir, previous);
  const causes = { ...classify(drift, previous, provenance), leftovers: await leftoversOf(outDir) };
  const status = statusOf(causes, drift);
  const specChanged = causes.spec !== null || causes.referencesChanged;
  if (!specChanged || previous === null || Object.keys(previous.api.operations).length + Object.keys(previous.api.schemas).length === 0) {
    return { ...causes, status, api: null };
  }
  const types = typesFile(files);
  const newTypes = files.find((f) => f.path === types)?.content ?? '';
  const oldTypes = drift.find((d) => d.path === types)?.onDisk?.toString('utf8') ?? newTypes;
  return { ...causes, status, api: apiDiff(previous.api, after, typeOracle(oldTypes, newTypes)) };
}

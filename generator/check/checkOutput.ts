// `check`: regenerates in memory and says why the output folder differs, one cause per exit code:
// a file edited by hand, the spec changed, the generator or the options changed, files missing or
// extra. When the spec or the generator changed, it also says what changed for the client's callers (apiDiff.ts).

import { dirname, relative, resolve, sep } from 'node:path';
import type { EmittedFile } from '../emit/emitFiles';
import { hashContent } from '../hash';
import { checkFiles, type Drift } from '../write/checkFiles';
import { MANIFEST_NAME, parseManifest, type Manifest, type Provenance } from '../write/manifest';
import { manifestEditedByHand } from '../write/manifestSelfHash';
import { abandonedLock, isLocked } from '../write/outputLock';
import { findScratch, isAbandoned, type Scratch } from '../write/scratchPaths';
import { apiDiff, type ApiChange } from './apiDiff';
import { clientExports, exportChanges } from './exportChanges';
import type { RunPlace } from './recordedSpelling';
import { NO_RUN_CHANGES, runChanges, type OptionChange } from './runChanges';
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
  // While no live run holds the lock, nothing beside the output is a live run's, whatever its pid.
  const locked = await isLocked(outDir);
  const scratch: { path: string; kind: Leftover['kind'] }[] = (await findScratch(outDir)).filter((s) => !locked || isAbandoned(s));
  const lock = await abandonedLock(outDir);
  if (lock !== null) scratch.push({ path: lock, kind: 'lock' });
  return scratch.map((s) => ({ path: relative(dirname(outDir), s.path).split(sep).join('/'), kind: s.kind }));
}

export interface Change {
  readonly from: string;
  readonly to: string;
}

/** A file the spec refers to that changed, came or went since the last generation: its path from the spec's folder, or its URL. */
export interface ReferenceChange {
  readonly path: string;
  readonly change: 'changed' | 'added' | 'removed';
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
  /** Whether a file the spec refers to changed (`references` says which). */
  readonly referencesChanged: boolean;
  readonly references: readonly ReferenceChange[];
  /** The generator changed: its version, or its build (from '' when the manifest predates recorded builds). */
  readonly version: Change | null;
  readonly build: Change | null;
  /** The output differs though the spec, what it refers to, the options and the generator build are those recorded. */
  readonly unexplained: boolean;
  /** Any of the three below, or an option the manifest does not name (one from before options were recorded readably). */
  readonly optionsChanged: boolean;
  /** Each option that shapes the output and differs from the one it was generated with. */
  readonly options: readonly OptionChange[];
  /** The spec as named when generated and now, when it is another file (moved); the same file named from another folder is no change. */
  readonly specPath: Change | null;
  /** The regenerate command, when it differs otherwise (a config file renamed, the output folder named otherwise). */
  readonly command: Change | null;
  /**
   * The command the output was generated with, where it runs (relative to the working folder; '' for
   * here), when it is the one to suggest: this run's options or folder are not those recorded.
   */
  readonly regenerate: { readonly command: string; readonly folder: string } | null;
  /** What changed for callers, when the spec or the generator changed and the previous manifest records the API; else null. */
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

type Causes = Omit<CheckReport, 'status' | 'api' | 'leftovers'>;

const generatorChanged = (c: Causes): boolean => c.version !== null || c.build !== null || c.unexplained;

function statusOf(report: Causes, drift: readonly Drift[]): CheckStatus {
  if (drift.length === 0) return 'up-to-date';
  if (report.edited.length > 0) return 'edited';
  if (report.spec !== null || report.referencesChanged) return 'spec-changed';
  if (generatorChanged(report) || report.optionsChanged) return 'generator-changed';
  return 'files';
}

/** The referenced files whose hash differs between two manifests' records. */
function referenceChanges(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): ReferenceChange[] {
  const changes: ReferenceChange[] = [];
  for (const [path, hash] of Object.entries(after)) {
    if (!Object.hasOwn(before, path)) changes.push({ path, change: 'added' });
    else if (before[path] !== hash) changes.push({ path, change: 'changed' });
  }
  for (const path of Object.keys(before)) if (!Object.hasOwn(after, path)) changes.push({ path, change: 'removed' });
  return changes;
}

/**
 * The command to suggest when it is not this run's: the one recorded when this run was given other
 * options (regenerating with these would change them too: a JavaScript client back to TypeScript),
 * or when the check runs from another folder and spelt the spec as recorded.
 */
function recordedCommand(previous: Manifest | null, provenance: Provenance, place: RunPlace, optionsDiffer: boolean): CheckReport['regenerate'] {
  const recorded = previous?.regenerate;
  if (recorded === undefined) return null;
  const folder = resolve(place.output, recorded.folder);
  const spelledAsRecorded = folder !== place.commandFolder && provenance.regenerate?.command === recorded.command;
  if (!optionsDiffer && !spelledAsRecorded) return null;
  return { command: recorded.command, folder: relative(process.cwd(), folder) };
}

/**
 * The causes, from the drift and the two manifests' provenance. Each is read from what the manifest
 * records, none is guessed by elimination: a manifest from before builds were recorded was made by an
 * earlier generator, and says nothing of the files the spec refers to.
 */
function classify(drift: readonly Drift[], previous: Manifest | null, provenance: Provenance, ours: EmittedFile, place: RunPlace): Causes {
  const edited = editedFiles(drift, previous);
  const onDisk = drift.find((d) => d.path === MANIFEST_NAME && d.kind === 'changed')?.onDisk ?? null;
  const manifestEdited = onDisk === null ? false : manifestEditedByHand(onDisk.toString('utf8'));
  if (manifestEdited === true) edited.push(MANIFEST_NAME);
  const missing = drift.filter((d) => d.kind === 'missing').map((d) => d.path);
  const extra = drift.filter((d) => d.kind === 'stale').map((d) => d.path);
  // A manifest from before provenance was recorded cannot say what changed; the generator did.
  const recorded = previous !== null && previous.spec.sha256 !== '';
  const spec = recorded ? changeOf(previous.spec.sha256, provenance.spec.sha256) : null;
  const version = previous === null ? null : changeOf(recorded ? previous.version : `${previous.version} (no provenance)`, provenance.version);
  // Another build that makes the same files is no cause: the build kept in our manifest says so
  // (keepRecordedBuild), unless the manifest on disk was edited; then the files' hashes do.
  const build = previous === null || (manifestEdited === true && sameFiles(ours, previous)) ? null : changeOf(previous.build, provenance.build);
  const references = recorded && previous.build !== '' ? referenceChanges(previous.spec.refs ?? {}, provenance.spec.refs ?? {}) : [];
  const run = recorded ? runChanges(previous, provenance) : NO_RUN_CHANGES;
  const optionsChanged = run.options.length > 0 || run.specPath !== null || run.command !== null || run.unnamed;
  const unexplained = drift.filter((d) => d.kind === 'changed' && d.path !== MANIFEST_NAME && !edited.includes(d.path));
  const sameInputs = recorded && spec === null && references.length === 0 && version === null && build === null && !optionsChanged;
  // A manifest from before it held its own hash: edited by hand when nothing else explains it.
  if (manifestEdited === null && sameInputs && unexplained.length === 0) edited.push(MANIFEST_NAME);
  return {
    drift, edited, missing, extra, spec, referencesChanged: references.length > 0, references, version, build,
    unexplained: sameInputs && unexplained.length > 0,
    optionsChanged, options: run.options, specPath: run.specPath, command: run.command,
    regenerate: recordedCommand(previous, provenance, place, run.options.length > 0),
  };
}

/** Whether the previous manifest records each file ours does, with the same hash (what it records besides is extra, said apart). */
function sameFiles(ours: EmittedFile, previous: Manifest): boolean {
  const files = parseManifest(ours.content, 'files')?.files ?? {};
  return Object.keys(files).every((p) => Object.hasOwn(previous.files, p) && previous.files[p] === files[p]);
}

export interface CheckInput {
  /** What this run would write, the manifest among them. */
  readonly files: readonly EmittedFile[];
  readonly outDir: string;
  readonly previous: Manifest | null;
  readonly provenance: Provenance;
  /** The API this run would write, for the diff against the previous manifest's. */
  readonly after: Manifest['api'];
  readonly place: RunPlace;
}

export async function checkOutput({ files, outDir, previous, provenance, after, place }: CheckInput): Promise<CheckReport> {
  const drift = await checkFiles(files, outDir, previous);
  const ours = files.find((f) => f.path === MANIFEST_NAME)!;
  const causes = { ...classify(drift, previous, provenance, ours, place), leftovers: await leftoversOf(outDir) };
  const status = statusOf(causes, drift);
  // What the generator's change does to callers matters as much as what the spec's does.
  const inputsChanged = causes.spec !== null || causes.referencesChanged || generatorChanged(causes);
  if (!inputsChanged || previous === null || Object.keys(previous.api.operations).length + Object.keys(previous.api.schemas).length === 0) {
    return { ...causes, status, api: null };
  }
  const types = typesFile(files);
  const newTypes = files.find((f) => f.path === types)?.content ?? '';
  const oldTypes = drift.find((d) => d.path === types)?.onDisk?.toString('utf8') ?? newTypes;
  const changes = apiDiff(previous.api, after, typeOracle(oldTypes, newTypes));
  return { ...causes, status, api: [...changes, ...exportChanges(changes, previous.api, after, clientExports(drift, previous))] };
}

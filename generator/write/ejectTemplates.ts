// `specwright templates eject`: copies the built-in templates and their view-model documentation into
// a folder the user owns. It never overwrites a file that differs unless forced, and writes all or nothing.

import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeDiagnostic, type Diagnostic } from '../diagnostics';
import { BUILTIN_TEMPLATE_DIR, TEMPLATE_NAMES } from '../emit/templates';

export const DEFAULT_EJECT_DIR = 'specwright-templates';

export interface EjectOptions {
  /** The folder to copy into; created when missing. */
  readonly output: string;
  /** Overwrite files that differ from the built-in ones. */
  readonly force: boolean;
}

export interface EjectResult {
  /** Errors only; when there is one, nothing was written. */
  readonly diagnostics: readonly Diagnostic[];
  /** File names written, and those already there with the same bytes. */
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
}

interface EjectedFile {
  readonly name: string;
  readonly content: Buffer;
}

/** Every template, then the documentation of their view-models. */
export function ejectedFiles(): EjectedFile[] {
  const names = [...TEMPLATE_NAMES.map((name) => `${name}.hbs`), 'README.md'];
  return names.map((name) => ({ name, content: readFileSync(join(BUILTIN_TEMPLATE_DIR, name)) }));
}

function refused(dir: string, diagnostic: Diagnostic): EjectResult {
  return { diagnostics: [{ ...diagnostic, file: dir }], written: [], unchanged: [] };
}

/** What is in the way: names of folders and such where a file goes, and of files that differ. */
function inTheWay(dir: string, files: readonly EjectedFile[]): { blocked: string[]; differing: string[]; same: string[] } {
  const found = { blocked: [] as string[], differing: [] as string[], same: [] as string[] };
  for (const { name, content } of files) {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat === undefined) continue;
    if (!stat.isFile()) found.blocked.push(name);
    else if (readFileSync(join(dir, name)).equals(content)) found.same.push(name);
    else found.differing.push(name);
  }
  return found;
}

/**
 * Writes each file under a temporary name, then renames them into place: a failure while writing
 * (a full disk, no permission) leaves the folder as it was, and a folder it created is removed.
 */
function writeAll(dir: string, files: readonly EjectedFile[]): void {
  const created = mkdirSync(dir, { recursive: true });
  const temps = files.map((f) => join(dir, `.${f.name}.${process.pid}.tmp`));
  try {
    files.forEach((f, i) => writeFileSync(temps[i]!, f.content));
    files.forEach((f, i) => renameSync(temps[i]!, join(dir, f.name)));
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    if (created !== undefined) rmSync(created, { recursive: true, force: true });
    throw error;
  }
}

export function ejectTemplates(options: EjectOptions): EjectResult {
  const dir = options.output;
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat !== undefined && !stat.isDirectory()) return refused(dir, makeDiagnostic('OUTPUT_NOT_A_FOLDER', '#', { path: dir }));
  try {
    const files = ejectedFiles();
    const { blocked, differing, same } = inTheWay(dir, files);
    if (blocked.length > 0) return refused(dir, makeDiagnostic('TEMPLATES_EJECT_FAILED', '#', { reason: `${blocked.join(', ')} ${blocked.length === 1 ? 'is' : 'are'} not a file` }));
    if (differing.length > 0 && !options.force) return refused(dir, makeDiagnostic('TEMPLATES_EJECT_CONFLICT', '#', { files: differing.join(', ') }));
    const toWrite = files.filter((f) => !same.includes(f.name));
    writeAll(dir, toWrite);
    return { diagnostics: [], written: toWrite.map((f) => f.name), unchanged: same };
  } catch (error) {
    return refused(dir, makeDiagnostic('TEMPLATES_EJECT_FAILED', '#', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

/** `dir` as one shell word. */
function shellWord(dir: string): string {
  return /^[\w./@:+-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, `'\\''`)}'`;
}

/** What the CLI prints after an eject: what happened, and how to use the folder. `dir` as the user gave it. */
export function ejectSummary(dir: string, result: EjectResult): string {
  const unchanged = result.unchanged.length === 0 ? '' : `, ${result.unchanged.length} unchanged`;
  return [
    `${dir}: ${result.written.length} written${unchanged} (${[...result.written, ...result.unchanged].join(', ')})`,
    `Next: edit the templates (${dir}/README.md says what each one gets) and delete those you keep as they are, so they stay built-in; then generate with`,
    `  npx specwright generate --templates ${shellWord(dir)}`,
    `or give the specs in specwright.config.json "templates": ${JSON.stringify(dir)} (relative to the config file).`,
  ].join('\n');
}

// A large file of our own printing, converted by oxc a run of statements at a time. oxc holds a
// whole file's syntax tree while it converts it: Microsoft Graph's 25 MB operations.ts took about
// 480 MB of native memory on top of the heap, which put `--js` over 1 GB. Our printer ends every
// top-level statement with `;` or `}` and a blank line before the next, which starts at column 0
// with `export` or its doc comment; cut there, each run is a module on its own. What the runs share:
// - the file's imports: each run is converted below them, oxc keeps those the run uses, and the
//   file keeps every import some run kept, in the order the file wrote them;
// - the declarations a run's exports name: only a file whose every statement is exported is cut,
//   so none is left out of the declarations for want of a reference from another run;
// - `export {};`, which oxc adds to JavaScript that would otherwise have no import or export: once
//   for the file, when it needs it, not once per run of types.
// That gives the bytes converting the whole file gives (a test holds every committed client to
// it); anything unexpected answers null, and the file is converted whole.

/** What oxc makes of one piece of TypeScript, or null when it reports an error. */
export type Converter = (text: string) => Promise<{ readonly declarations: string; readonly script: string } | null>;

/**
 * A file's two forms as pieces to join once: joining a 25 MB file's pieces and then prefixing its
 * banner would copy it twice.
 */
export interface FormParts {
  readonly declarations: readonly string[];
  readonly script: readonly string[];
}

/** Whether a blank line at `at` lies between two top-level statements of our printing. */
function betweenStatements(body: string, at: number): boolean {
  const before = body[at - 1];
  return (before === ';' || before === '}') && (body.startsWith('export ', at + 2) || body.startsWith('/**', at + 2));
}

/** The statements of `body` in runs of about `size` characters, cut only where a statement ends. */
export function statementRuns(body: string, size: number): string[] {
  const runs: string[] = [];
  let start = 0;
  while (body.length - start > size) {
    let cut = body.indexOf('\n\n', start + size);
    while (cut >= 0 && !betweenStatements(body, cut)) cut = body.indexOf('\n\n', cut + 1);
    if (cut < 0) break;
    runs.push(body.slice(start, cut + 2));
    start = cut + 2;
  }
  runs.push(body.slice(start));
  return runs;
}

/** One import of the file, as our printer writes it. */
interface SourceImport {
  readonly line: string;
  readonly from: string;
  /** The names between braces, e.g. `call`, `type Client`; null for a namespace import. */
  readonly names: readonly string[] | null;
}

const SOURCE_IMPORT = /^import (?:\{ ([^}]*) \}|(?:type )?\* as [\w$]+) from '([\w./@-]+)';$/;

/** The imports of a head that holds only imports and blank lines; null for any other head. */
function sourceImports(head: string): SourceImport[] | null {
  const imports: SourceImport[] = [];
  for (const line of head.split('\n')) {
    if (line.trim() === '') continue;
    const match = SOURCE_IMPORT.exec(line);
    if (match === null) return null;
    imports.push({ line, from: match[2]!, names: match[1] === undefined ? null : match[1].split(', ') });
  }
  return imports;
}

/** A converted run: the import lines oxc kept at its top, and the rest. */
function splitImports(code: string): { imports: string[]; rest: string } {
  const imports: string[] = [];
  let at = 0;
  while (code.startsWith('import ', at)) {
    const end = code.indexOf('\n', at);
    if (end < 0) break;
    imports.push(code.slice(at, end));
    at = end + 1;
  }
  return { imports, rest: code.slice(at) };
}

const KEPT_IMPORT = /^import (?:\{ ([^}]*) \}|((?:type )?\* as [\w$]+)) from "([\w./@-]+)";$/;

/** The file's imports that some run kept, printed as oxc prints them; null when a line is not understood. */
function keptImports(imports: readonly SourceImport[], kept: readonly string[]): string | null {
  const names = new Map<string, Set<string>>();
  const namespaces = new Map<string, string>();
  for (const line of kept) {
    const match = KEPT_IMPORT.exec(line);
    if (match === null) return null;
    const from = match[3]!;
    if (match[1] === undefined) namespaces.set(from, line);
    else for (const name of match[1].split(', ')) (names.get(from) ?? names.set(from, new Set()).get(from)!).add(name);
  }
  const lines: string[] = [];
  for (const { from, names: written } of imports) {
    if (written === null) {
      const line = namespaces.get(from);
      if (line !== undefined) lines.push(line);
      continue;
    }
    const used = names.get(from);
    if (used === undefined) continue;
    const ordered = written.filter((name) => used.has(name));
    if (ordered.length !== used.size) return null;
    lines.push(`import { ${ordered.join(', ')} } from "${from}";`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

const MODULE_MARK = 'export {};\n';

/** The runs' code with oxc's per-run `export {};` taken out, and put back once if the file needs it. */
function joined(imports: string, runs: readonly string[]): string[] {
  const code = runs.map((run) => (run.endsWith(MODULE_MARK) ? run.slice(0, -MODULE_MARK.length) : run));
  const isModule = imports !== '' || code.some((run) => run.startsWith('export ') || run.includes('\nexport '));
  return [imports, ...code, isModule ? '' : MODULE_MARK];
}

/** A line at column 0 that starts a statement other than an export. */
const UNEXPORTED = /^(?!export )[A-Za-z_$]/m;

/**
 * `head` holds the file's imports (type-only ones already taken out), `body` the rest. Null when
 * the file should be converted whole: a head of another shape, a statement not exported, a run
 * oxc refuses, or an import line it prints in a way not understood here.
 */
export async function convertInRuns(
  head: string,
  body: string,
  size: number,
  convert: Converter,
): Promise<FormParts | null> {
  const imports = sourceImports(head);
  if (imports === null || UNEXPORTED.test(body)) return null;
  const prefix = imports.map(({ line }) => `${line}\n`).join('');
  const declarations: string[] = [];
  const scripts: string[] = [];
  const kept = { declarations: new Set<string>(), script: new Set<string>() };
  for (const run of statementRuns(body, size)) {
    const forms = await convert(`${prefix}${run}`);
    if (forms === null) return null;
    const d = splitImports(forms.declarations);
    const s = splitImports(forms.script);
    d.imports.forEach((line) => kept.declarations.add(line));
    s.imports.forEach((line) => kept.script.add(line));
    declarations.push(d.rest);
    scripts.push(s.rest);
  }
  const declarationImports = keptImports(imports, [...kept.declarations]);
  const scriptImports = keptImports(imports, [...kept.script]);
  if (declarationImports === null || scriptImports === null) return null;
  return { declarations: joined(declarationImports, declarations), script: joined(scriptImports, scripts) };
}

// The emit stage: ApiModel → the generated files, in memory. Declarations are printed in their final
// layout and templates render the restylable parts. Only files that hold a user's template output
// are parsed and formatted here: on Microsoft Graph, parsing our own 58 MB took 5 s and 0.5 GB.

import type { ApiModel } from '../model/ApiModel';
import type { Declaration } from './Declaration';
import { commentText, literal, code, stringLiteral, type TsCode } from './escape';
import { compareKeys } from '../naming';
import { emitErrors } from './emitErrors';
import { emitOperations } from './emitOperations';
import { emitTypes } from './emitTypes';
import { emitApi } from './emitApi';
import { emitCodecs } from './emitCodecs';
import { errorFieldsLiteral, type ErrorFieldsOption } from './errorFields';
import { formatTemplateOutput } from './formatTypeScript';
import { gitAttributes, GIT_ATTRIBUTES_FILE } from './gitAttributes';
import { int64Plans } from './int64Plans';
import { javaScriptPaths } from './javaScriptForms';
import { packageJson, type PackageOption } from './packageJson';
import { printDeclarations, type ImportExtension } from './printDeclarations';
import { createTypePrinter, type Int64Repr } from './printType';
import { readmeView, type ReadmeView } from './readmeView';
import { loadTemplates, type Template, type TemplateFile } from './templates';
import type { TemplateViews } from './templateViews';

export interface EmittedFile {
  /** Path inside the output folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
  /**
   * The content in pieces, for a large file emit printed itself: it is encoded a slice at a time and
   * joined into `content` only when something reads that. A joined file is a second copy, and a
   * single character past U+00FF in it makes the whole copy two bytes a character (on Microsoft
   * Graph, 94 MB for types.ts and operations.ts).
   */
  readonly pieces?: readonly string[];
  /** The user templates whose output the file holds, when any: a later problem with it blames one. */
  readonly templates?: readonly TemplateFile[];
}

/** `js` (TypeScript resolves `./x.js` to x.ts) or `ts`, for runtimes that run TypeScript as it is. */
export type ImportExtensionOption = 'js' | 'ts';

export interface EmitOptions {
  readonly generatorVersion: string;
  /** How the banner names the spec, e.g. `spec/ringcentral.yaml`. */
  readonly source: string;
  /** The command the banner tells readers to run to regenerate. */
  readonly command: string;
  /** A folder whose `*.hbs` files replace the built-in templates of the same name. */
  readonly templatesDir?: string;
  /** How int64 values are typed (default `number`); `string` and `bigint` add a codec that keeps every digit. */
  readonly int64?: Int64Repr;
  /** Where error bodies keep their code and message (default `generic`). */
  readonly errorFields?: ErrorFieldsOption;
  /** Also write a package.json, so the folder can be consumed as a package. */
  readonly package?: PackageOption;
  /**
   * Write JavaScript with declarations (`.js` + `.d.ts`) instead of TypeScript. emitFiles still gives
   * the TypeScript, with the folder's other files made for the JavaScript; toJavaScript converts it.
   */
  readonly js?: boolean;
  /**
   * The extension relative imports end in (default `js`, which TypeScript resolves to the `.ts`
   * file): `ts` for runtimes that run TypeScript as it is, such as Node's type stripping and Deno.
   */
  readonly importExtension?: ImportExtensionOption;
}

export function emitFiles(model: ApiModel, options: EmitOptions): EmittedFile[] {
  const templates = loadTemplates(options.templatesDir);
  const banner = code(templates.banner({
    version: commentText(options.generatorVersion),
    source: commentText(options.source),
    command: commentText(options.command),
  }).trimEnd());
  const files: EmittedFile[] = [];
  const extension: ImportExtension = options.importExtension === 'ts' ? '.ts' : '.js';
  /**
   * Our printer and built-in templates give text in its final layout, tested to parse. A file that
   * holds a user's template output is parse-checked, naming the template, then formatted.
   */
  const finish = (path: string, pieces: readonly string[], used: readonly TemplateFile[]): EmittedFile => {
    const [first, ...rest] = [...used, templates.banner].filter((t) => !t.builtIn);
    // --js converts each file whole: joined now, the pieces do not live on beside the joined text.
    if (first === undefined) return options.js === true ? { path, content: pieces.join('') } : piecedFile(path, pieces);
    return { path, content: formatTemplateOutput(path, pieces.join(''), [first, ...rest]), templates: [first, ...rest] };
  };
  /** `used`: the templates whose output is in the file besides the banner. */
  const add = (path: string, declarations: Iterable<Declaration>, used: readonly TemplateFile[] = []) => {
    files.push(finish(path, printDeclarations(withBanner(banner, declarations), extension), used));
  };
  /** A file that is one template's output whole. */
  const whole = <Name extends 'runtime.ts' | 'index.ts'>(path: Name, view: TemplateViews[Name]) => {
    const template: Template<TemplateViews[Name]> = templates[path];
    files.push(finish(path, [`${template(view).trimEnd()}\n`], [template]));
  };
  whole('runtime.ts', {
    banner,
    defaultBaseUrl: model.defaultBaseUrl === null ? code('undefined') : literal(model.defaultBaseUrl),
    hasDefaultBaseUrl: model.defaultBaseUrl !== null,
    securitySchemeNames: model.securitySchemes.length === 0 ? code('never') : code(model.securitySchemes.map((s) => s.key).sort(compareKeys).map(stringLiteral).join(' | ')),
    errorFields: errorFieldsLiteral(options.errorFields ?? 'generic'),
  });
  const repr = options.int64 ?? 'number';
  const plans = repr === 'number' ? null : int64Plans(model);
  add('types.ts', emitTypes(model, createTypePrinter(repr)));
  add('errors.ts', emitErrors(model));
  add('operations.ts', emitOperations(model, templates, plans), [templates.operation, templates.pagination]);
  if (plans !== null && repr !== 'number') add('codecs.ts', emitCodecs(plans, repr));
  add('api.ts', emitApi(model));
  whole('index.ts', { banner, extension: code(extension) });
  files.push(...vendoringFiles(model, options, templates['README.md'], extension));
  const paths = files.map((f) => f.path);
  files.push({ path: GIT_ATTRIBUTES_FILE, content: gitAttributes(options.js === true ? javaScriptPaths(paths) : paths) });
  return files;
}

/** A file's text in the pieces emit printed it in, or whole: read this way, a pieced file is never joined. */
export function piecesOf(file: EmittedFile): readonly string[] {
  return file.pieces ?? [file.content];
}

/** A file of one piece is its content; a file of more is joined only when its content is read. */
function piecedFile(path: string, pieces: readonly string[]): EmittedFile {
  if (pieces.length === 1) return { path, content: pieces[0]! };
  let content: string | undefined;
  return {
    path,
    pieces,
    get content() {
      return (content ??= pieces.join(''));
    },
  };
}

function* withBanner(banner: TsCode, declarations: Iterable<Declaration>): Iterable<Declaration> {
  yield { kind: 'code', text: banner };
  yield* declarations;
}

/** README.md and the optional package.json: not TypeScript, so neither parsed nor formatted. */
function vendoringFiles(model: ApiModel, options: EmitOptions, readme: Template<ReadmeView>, importExtension: ImportExtension): EmittedFile[] {
  const facts = { generatorVersion: options.generatorVersion, source: options.source, command: options.command, js: options.js === true, importExtension };
  const view = readmeView(model, { ...facts, packageName: options.package?.name ?? null });
  const files: EmittedFile[] = [{ path: 'README.md', content: `${readme(view).trimEnd()}\n` }];
  if (options.package !== undefined) files.push({ path: 'package.json', content: packageJson(options.package, model, facts) });
  return files;
}

// The view-model of README.md.hbs: what the client is, how to call it, and its operations by tag.
// Every spec-derived field is escaped here (MarkdownText, or TsCode inside the code block); the template only lays out.

import type { ImportExtension } from './printDeclarations';
import type { ApiModel, OperationModel } from '../model/ApiModel';
import type { Identifier } from '../naming';
import { markdown, markdownCode, markdownText, stringLiteral, type MarkdownText, type TsCode } from './escape';

/** One line of an operation list. */
export interface ReadmeOperationView {
  /**
   * The operation's function.
   * @example listPets
   */
  readonly fnName: Identifier;
  /**
   * Method and path as a code span.
   * @example `GET /pets/{petId}`
   */
  readonly request: MarkdownText;
  /**
   * The summary on one line, or empty when the spec gives none.
   * @example List all pets
   */
  readonly summary: MarkdownText;
}

/** The operations of one tag, in spec order; the last group holds the operations without a tag. */
export interface ReadmeGroupView {
  /**
   * The tag, or `Without a tag` for the last group.
   * @example pets
   */
  readonly name: MarkdownText;
  /** The tag's operations, in spec order. */
  readonly operations: readonly ReadmeOperationView[];
}

/** The operation the usage example calls: the spec's first. */
export interface ReadmeExampleView {
  /**
   * The operation's function.
   * @example listPets
   */
  readonly fnName: Identifier;
  /**
   * Its descriptor, which `isApiError` narrows by.
   * @example listPetsOperation
   */
  readonly descriptor: Identifier;
  /**
   * The type of its params object.
   * @example ListPetsParams
   */
  readonly paramsType: Identifier;
  /**
   * The type it resolves to.
   * @example ListPetsResponse
   */
  readonly responseType: Identifier;
  /** False when every parameter and the body may be left out, so the call needs no params. */
  readonly paramsRequired: boolean;
  /**
   * The type of the error codes it documents (`never` when none).
   * @example ListPetsErrorCode
   */
  readonly errorCodeType: Identifier;
}

/** `README.md.hbs`: the README of the output folder. Not TypeScript, so never formatted. */
export interface ReadmeView {
  /**
   * The spec's title, or `API` when it has none.
   * @example Swagger Petstore
   */
  readonly title: MarkdownText;
  /**
   * The spec's `info.version`, or empty.
   * @example 1.0.0
   */
  readonly apiVersion: MarkdownText;
  /**
   * The spec file, as a code span.
   * @example `spec/petstore-v3.yaml`
   */
  readonly source: MarkdownText;
  /**
   * The version of specwright that generated the client.
   * @example 0.1.0
   */
  readonly generatorVersion: MarkdownText;
  /**
   * The regenerate command, as a code span.
   * @example `npx specwright generate`
   */
  readonly command: MarkdownText;
  /**
   * Where the usage example imports from, as a string literal: the package's name when there is one, else `./index.js`.
   * @example './index.js'
   */
  readonly importFrom: TsCode;
  /**
   * The extension of the files that hold the client's types: `ts`, or `d.ts` when it is written as JavaScript with declarations (`--js`).
   * @example ts
   */
  readonly typesExtension: MarkdownText;
  /** True when the spec names no server URL to use as it is, so `createClient` must be given a `baseUrl`. */
  readonly baseUrlRequired: boolean;
  /** The operation the usage example calls; null when the spec has no operations. */
  readonly example: ReadmeExampleView | null;
  /** The operations by tag, tags in order of first use; an operation with several tags is in each. */
  readonly groups: readonly ReadmeGroupView[];
}

export interface ReadmeFacts {
  readonly generatorVersion: string;
  readonly source: string;
  readonly command: string;
  /** The package.json name, when one is written. */
  readonly packageName: string | null;
  /** Written as JavaScript with declarations (`--js`). */
  readonly js?: boolean;
  /** The extension relative imports end in; `.js` when not given. */
  readonly importExtension?: ImportExtension;
}

const SUMMARY_LIMIT = 200;

/** A summary short enough for one list line; cut at a code point, never inside a pair. */
function shortSummary(raw: string | null): MarkdownText {
  if (raw === null) return markdown('');
  const points = [...raw.trim()];
  return markdownText(points.length > SUMMARY_LIMIT ? `${points.slice(0, SUMMARY_LIMIT - 1).join('')}…` : points.join(''));
}

function operationLine(op: OperationModel): ReadmeOperationView {
  return { fnName: op.names.fn, request: markdownCode(`${op.method.toUpperCase()} ${op.path}`), summary: shortSummary(op.summary) };
}

/** Tags in order of first use, as api.ts's `byTag` has them; an operation is listed under each of its tags. */
function groupsByTag(operations: readonly OperationModel[]): ReadmeGroupView[] {
  const byTag = new Map<string, ReadmeOperationView[]>(); // keeps first-use order
  const untagged: ReadmeOperationView[] = [];
  for (const op of operations) {
    const line = operationLine(op);
    if (op.tags.length === 0) untagged.push(line);
    for (const tag of new Set(op.tags)) {
      const lines = byTag.get(tag);
      if (lines === undefined) byTag.set(tag, [line]);
      else lines.push(line);
    }
  }
  const groups = [...byTag].map(([tag, lines]) => ({ name: markdownText(tag), operations: lines }));
  if (untagged.length > 0) groups.push({ name: markdown('Without a tag'), operations: untagged });
  return groups;
}

function exampleOf(op: OperationModel | undefined): ReadmeExampleView | null {
  if (op === undefined) return null;
  return {
    fnName: op.names.fn,
    descriptor: op.names.descriptor,
    paramsType: op.names.params,
    responseType: op.names.response,
    // The same rule as the function's signature, which defaults `params` to `{}` then.
    paramsRequired: op.params.some((p) => p.required) || (op.requestBody?.required ?? false),
    errorCodeType: op.names.errorCode,
  };
}

/** The README's view-model: every spec text escaped, names as the model decided them. */
export function readmeView(model: ApiModel, facts: ReadmeFacts): ReadmeView {
  return {
    title: model.title === null || model.title.trim() === '' ? markdown('API') : markdownText(model.title),
    apiVersion: model.version === null ? markdown('') : markdownText(model.version),
    source: markdownCode(facts.source),
    generatorVersion: markdownText(facts.generatorVersion),
    command: markdownCode(facts.command),
    importFrom: stringLiteral(facts.packageName ?? `./index${facts.importExtension ?? '.js'}`),
    typesExtension: markdown(facts.js === true ? 'd.ts' : 'ts'),
    baseUrlRequired: model.defaultBaseUrl === null,
    example: exampleOf(model.operations[0]),
    groups: groupsByTag(model.operations),
  };
}

// Compares the exported types of two generations of `types.ts` with the TypeScript checker itself:
// a type is widened when every old value still fits it, narrowed when every new value fits the old
// one. Structural, so a change deep in a referenced schema shows at every type that reaches it.

import type { Project, SourceFile, ts as TsNamespace } from 'ts-morph';
import { loadTsMorph } from '../emit/loadTsMorph';
import { lazy } from '../lazy';
import { changedTypes, declarationsText, typeDeclarations } from './typeDeclarations';

export type Relation = 'same' | 'widened' | 'narrowed' | 'changed';

export interface PropertyInfo {
  readonly optional: boolean;
}

export type Side = 'old' | 'new';

export interface TypeOracle {
  /**
   * Whether the two names are one type that reads the same in both texts, with everything it mentions,
   * so nothing about it changed. Asked first, it spares the checker: a spec update that changes a few
   * types, or none, would otherwise parse both generations of Microsoft Graph's types whole.
   */
  unchanged(oldName: string, newName: string): boolean;
  /** How the new type relates to the old; null when either side exports no such type. */
  relation(oldName: string, newName: string): Relation | null;
  /** The properties of an object type, by name; null for a type that is not an object (a union, a primitive, an array). */
  properties(side: Side, name: string): ReadonlyMap<string, PropertyInfo> | null;
  /** How a property's new type relates to its old one; null when either is missing. Compare only equally optional properties. */
  propertyRelation(oldName: string, newName: string, property: string): Relation | null;
}

function relate(checker: TsNamespace.TypeChecker, before: TsNamespace.Type, after: TsNamespace.Type): Relation {
  const oldFits = checker.isTypeAssignableTo(before, after);
  const newFits = checker.isTypeAssignableTo(after, before);
  return oldFits && newFits ? 'same' : oldFits ? 'widened' : newFits ? 'narrowed' : 'changed';
}

/**
 * The DOM types `types.ts` can name (binary bodies are `Blob | Uint8Array`), as the DOM library
 * declares them. The whole DOM library took about half of building the checker on GitHub's client;
 * a test holds the oracle to resolving every name in our clients' types.
 */
const DOM_TYPES = `interface Blob {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  bytes(): Promise<Uint8Array<ArrayBuffer>>;
  slice(start?: number, end?: number, contentType?: string): Blob;
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
  text(): Promise<string>;
}
interface ReadableStream<R = any> {
  readonly locked: boolean;
  cancel(reason?: any): Promise<void>;
}
`;

/** The program the oracle asks: the two `types.ts` texts (they import nothing) and the DOM types they may name. */
export function oracleProject(oldTypes: string, newTypes: string): { project: Project; files: Record<Side, SourceFile> } {
  const { Project, ts } = loadTsMorph();
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { strict: true, exactOptionalPropertyTypes: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'] },
  });
  project.createSourceFile('/lib/dom.d.ts', DOM_TYPES);
  return { project, files: { old: project.createSourceFile('/old/types.ts', oldTypes), new: project.createSourceFile('/new/types.ts', newTypes) } };
}

type Checked = Omit<TypeOracle, 'unchanged'>;

/** How a pair of types.ts texts is asked: which names changed, and a checker over just the declarations that did and what they mention. */
interface Plan {
  readonly changed: ReadonlySet<string>;
  readonly declared: Record<Side, ReadonlySet<string>>;
  readonly included: Record<Side, ReadonlySet<string>>;
  readonly reduced: () => Checked;
}

function planFor(oldTypes: string, newTypes: string): Plan | null {
  const before = typeDeclarations(oldTypes);
  const after = typeDeclarations(newTypes);
  if (before === null || after === null) return null;
  const changed = changedTypes(before, after);
  const old = declarationsText(before, changed);
  const now = declarationsText(after, changed);
  return {
    changed,
    declared: { old: new Set(before.texts.keys()), new: new Set(after.texts.keys()) },
    included: { old: old.included, new: now.included },
    reduced: lazy(() => checkedOracle(old.text, now.text)),
  };
}

/**
 * Answers from the declarations' texts what they settle (a type whose declaration and everything it
 * mentions read the same is unchanged), and builds the checker only for the rest, over only what
 * those names need. A question about a declaration left out goes to a checker over the whole texts.
 */
export function typeOracle(oldTypes: string, newTypes: string): TypeOracle {
  // Identical texts need no reading: every name is unchanged.
  const plan = oldTypes === newTypes ? null : planFor(oldTypes, newTypes);
  const whole = lazy(() => checkedOracle(oldTypes, newTypes));
  const covered = (side: Side, name: string) => plan !== null && (plan.included[side].has(name) || !plan.declared[side].has(name));
  const checkerFor = (oldName: string, newName: string) => (plan !== null && covered('old', oldName) && covered('new', newName) ? plan.reduced() : whole());
  return {
    unchanged: (oldName, newName) =>
      oldName === newName && (plan === null ? oldTypes === newTypes : !plan.changed.has(oldName) && plan.declared.old.has(oldName) && plan.declared.new.has(oldName)),
    relation: (oldName, newName) => checkerFor(oldName, newName).relation(oldName, newName),
    properties: (side, name) => (plan !== null && covered(side, name) ? plan.reduced() : whole()).properties(side, name),
    propertyRelation: (oldName, newName, property) => checkerFor(oldName, newName).propertyRelation(oldName, newName, property),
  };
}

function checkedOracle(oldTypes: string, newTypes: string): Checked {
  const { ts } = loadTsMorph();
  const { project, files } = oracleProject(oldTypes, newTypes);
  const checker = project.getTypeChecker().compilerObject;
  const exportsOf = (side: Side): ReadonlyMap<string, TsNamespace.Symbol> => {
    const module = checker.getSymbolAtLocation(files[side].compilerNode);
    return new Map((module === undefined ? [] : checker.getExportsOfModule(module)).map((s) => [s.getName(), s]));
  };
  const exported = { old: exportsOf('old'), new: exportsOf('new') };
  const typeOf = (side: Side, name: string): TsNamespace.Type | null => {
    const symbol = exported[side].get(name);
    return symbol === undefined || (symbol.flags & ts.SymbolFlags.Type) === 0 ? null : checker.getDeclaredTypeOfSymbol(symbol);
  };
  const objectProperties = (type: TsNamespace.Type): readonly TsNamespace.Symbol[] | null => {
    const objectLike = (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) !== 0;
    if (!objectLike || checker.isArrayType(type) || checker.isTupleType(type)) return null;
    return checker.getPropertiesOfType(type);
  };
  const propertyType = (side: Side, name: string, property: string): TsNamespace.Type | null => {
    const type = typeOf(side, name);
    const symbol = type === null ? undefined : type.getProperty(property);
    return symbol === undefined ? null : checker.getTypeOfSymbol(symbol);
  };
  return {
    relation(oldName, newName) {
      const [before, after] = [typeOf('old', oldName), typeOf('new', newName)];
      return before === null || after === null ? null : relate(checker, before, after);
    },
    properties(side, name) {
      const type = typeOf(side, name);
      const properties = type === null ? null : objectProperties(type);
      if (properties === null) return null;
      return new Map(properties.map((p) => [p.getName(), { optional: (p.flags & ts.SymbolFlags.Optional) !== 0 }]));
    },
    propertyRelation(oldName, newName, property) {
      const [before, after] = [propertyType('old', oldName, property), propertyType('new', newName, property)];
      return before === null || after === null ? null : relate(checker, before, after);
    },
  };
}

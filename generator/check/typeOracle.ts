// Compares the exported types of two generations of `types.ts` with the TypeScript checker itself:
// a type is widened when every old value still fits it, narrowed when every new value fits the old
// one. Structural, so a change deep in a referenced schema shows at every type that reaches it.

import type { Project, SourceFile, ts as TsNamespace } from 'ts-morph';
import { loadTsMorph } from '../emit/loadTsMorph';

export type Relation = 'same' | 'widened' | 'narrowed' | 'changed';

export interface PropertyInfo {
  readonly optional: boolean;
}

export type Side = 'old' | 'new';

export interface TypeOracle {
  /**
   * Whether the two names are one declaration in identical texts, so nothing about it changed. Asked
   * first, it spares building the checker: a spec update that changes no type (a description, an
   * error code) would otherwise parse Microsoft Graph's types twice, for half a minute and 1.7 GB.
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

/** The checker is built on the first question `unchanged` does not answer. */
export function typeOracle(oldTypes: string, newTypes: string): TypeOracle {
  const identical = oldTypes === newTypes;
  let checked: Omit<TypeOracle, 'unchanged'> | undefined;
  const ask = () => (checked ??= checkedOracle(oldTypes, newTypes));
  return {
    unchanged: (oldName, newName) => identical && oldName === newName,
    relation: (oldName, newName) => ask().relation(oldName, newName),
    properties: (side, name) => ask().properties(side, name),
    propertyRelation: (oldName, newName, property) => ask().propertyRelation(oldName, newName, property),
  };
}

function checkedOracle(oldTypes: string, newTypes: string): Omit<TypeOracle, 'unchanged'> {
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

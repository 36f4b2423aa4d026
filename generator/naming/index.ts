// The naming module's public face: every generated identifier comes from here.
export { type Identifier, type NameCase, isIdentifierText, splitWords, applyCase, signedText, toIdentifier } from './identifier';
export { RESERVED_NAMES, RUNTIME_NAMES } from './reserved';
export { type NameForm, type NameRequest, type ResolvedNames, resolveNames, compareKeys } from './resolveNames';

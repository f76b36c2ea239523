export type * from './model.js';
export type { RawField } from './normalize.js';
export { loadSpecs, loadSpecsOrThrow, type LoadOptions, type LoadResult } from './load.js';
export { formatProblem, sortProblems, closest, SpecLoadError, type SpecProblem } from './problems.js';
export { editDistance } from './fields/index.js';
export { fieldToJsonSchema, objectSchema, type JsonSchema, type JsonSchemaOptions } from './json-schema.js';
export { findMethod, methodsOf, specsDirFrom } from './lookup.js';
export { fieldAt } from './events.js';

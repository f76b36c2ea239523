/**
 * `@larkgen/spec/fields`: the field model and the value checker, with no dependencies, for every
 * runtime that reads the specs (SDK, CLI, emulator) as well as the loader.
 */
export type { CardMark, Field, FieldFormat, FieldMap, FieldType } from './field.js';
export {
  checkFields, checkValue, fieldsChecker, fitsFormat, pathText, resolveRef, valueChecker,
  type CheckOptions, type CompiledCheck, type PathSegment, type Violation,
} from './check.js';
export { editDistance, nearest } from './suggest.js';
export { JSON_LIMITS, JsonShapeError, JsonShapeScanner, jsonShapeProblem, type JsonLimits } from './json-shape.js';

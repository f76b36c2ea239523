/**
 * The emulator's generated inputs: the model snapshot it serves, and the types its handlers are
 * checked against (one union of method ids, each with its typed path, query and body).
 */
import type { SpecModel } from '@larkgen/spec';
import { jsonNotice, stableJson, withHeader, type Generator } from '../core/files.js';
import { inlineObject, inlineType, type InlineTypeOptions } from '../shared/ts-type.js';

export const MODEL_SNAPSHOT_PATH = 'packages/emulator/src/generated/spec-model.json';
export const HANDLER_TYPES_PATH = 'packages/emulator/src/generated/handler-types.ts';

const TYPES: InlineTypeOptions = { refType: (n) => `Schemas[${JSON.stringify(n)}]`, fileType: 'UploadedFile' };

export const emulatorGenerator: Generator<SpecModel> = {
  name: 'emulator',
  owns: ['packages/emulator/src/generated/'],
  generate(model) {
    return [
      // The loaded model as JSON: the emulator must not parse YAML or need the spec files.
      { path: MODEL_SNAPSHOT_PATH, content: stableJson({ 'x-generated': jsonNotice(model.files), model }) },
      { path: HANDLER_TYPES_PATH, content: withHeader(HANDLER_TYPES_PATH, model.files, handlerTypes(model)) },
    ];
  },
};

function handlerTypes(model: SpecModel): string {
  const out: string[] = [
    "import type { Ctx, UploadedFile } from '../context.js';",
    '',
    '/** The shared schemas, by name. */',
    'export interface Schemas {',
    ...Object.keys(model.schemas)
      .sort()
      .map((n) => `  ${JSON.stringify(n)}: ${inlineType(model.schemas[n]!, TYPES, true)};`),
    '}',
    '',
    '/** What a handler receives for each method once the request passed validation. */',
    'export interface MethodRequests {',
  ];
  for (const m of model.methods) {
    const body = m.body ? inlineObject(m.body.fields, TYPES) : 'Record<string, never>';
    out.push(`  ${JSON.stringify(m.id)}: { path: ${inlineObject(m.pathParams, TYPES)}; query: ${inlineObject(m.query, TYPES)}; body: ${body} };`);
  }
  out.push('}', '', 'export type MethodId = keyof MethodRequests;', '', '/** The method ids of each resource (`<service>.<resource>`). */', 'export interface ResourceMethods {');
  const byResource = new Map<string, string[]>();
  for (const s of model.services) for (const r of s.resources) byResource.set(`${s.name}.${r.name}`, [...r.methods]);
  for (const [r, ids] of [...byResource].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`  ${JSON.stringify(r)}: ${ids.map((i) => JSON.stringify(i)).join(' | ')};`);
  out.push(
    '}',
    '',
    'export type ResourceName = keyof ResourceMethods;',
    '',
    '/** A handler of one method: its context carries that method\'s typed path, query and body. */',
    'export type MethodHandler<K extends MethodId> = (ctx: Ctx<MethodRequests[K]>) => unknown;',
    '',
    '/** The handlers of one resource: exactly its methods (a missing or misnamed one is a type error). */',
    'export type ResourceHandlers<R extends ResourceName> = { readonly [K in ResourceMethods[R]]: MethodHandler<K> };',
    '',
    '/** The handlers of every resource of the specs. */',
    'export type AllHandlers = { readonly [R in ResourceName]: ResourceHandlers<R> };',
    '',
  );
  return out.join('\n');
}

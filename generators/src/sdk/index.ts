import type {
  InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, SourceFileStructure, StatementStructures,
  TypeAliasDeclarationStructure, WriterFunction,
} from 'ts-morph';
import type { Field, FieldMap, Identities, Method, Resource, Service, SpecModel } from '@larkgen/spec';
import { withHeader, type GeneratedFile, type Generator } from '../core/files.js';
import { camel, pascal } from '../shared/naming.js';
import { loadTsMorph, type Tsm } from '../core/ts-morph.js';

export { camel, pascal };

/** Where the SDK bindings go; the hand-written runtime is next to it in `packages/sdk/src/core`. */
export const SDK_GENERATED_DIR = 'packages/sdk/src/generated/';

/**
 * The SDK bindings: per resource the method descriptors, request/response types and standalone
 * functions; per service the namespace object; the `LarkClient` class; the descriptor table.
 */
export const sdkGenerator: Generator<SpecModel> = {
  name: 'sdk',
  owns: [SDK_GENERATED_DIR],
  generate: (model) => generateSdk(model),
};

type Statement = string | WriterFunction | StatementStructures;

/** A hand-assembled declaration, set off by a blank line like the printed structures. */
const block = (text: string): WriterFunction => (w) => void w.blankLineIfLastNot().write(text);
const blankLine: WriterFunction = (w) => void w.blankLineIfLastNot();

export function generateSdk(model: SpecModel, outDir = SDK_GENERATED_DIR): GeneratedFile[] {
  const t = loadTsMorph();
  const files: GeneratedFile[] = [];
  const emit = (path: string, sources: readonly string[], statements: Statement[]) => {
    const structure: SourceFileStructure = { kind: t.StructureKind.SourceFile, statements: statements as SourceFileStructure['statements'] };
    const body = t.printStructure(structure, { indentNumberOfSpaces: 2, useSingleQuote: true });
    files.push({ path: outDir + path, content: withHeader(outDir + path, [...new Set(sources)].sort(), body) });
  };
  const methods = new Map(model.methods.map((m) => [m.id, m]));
  const schemaService = new Map<string, string>();
  for (const s of model.services) for (const n of s.schemaNames) schemaService.set(n, s.name);
  const names = new NameRegistry();

  for (const svc of model.services) {
    const resourceFiles: string[] = [];
    // Shared schemas of the service: one named type each.
    if (svc.schemaNames.length > 0) {
      const types = new TypeEmitter(t, model, names, schemaService, svc.name, '.');
      for (const name of svc.schemaNames) types.schema(name, model.schemas[name]!);
      const sources = model.files.filter((f) => f.startsWith(`specs/${svc.name}/schemas/`));
      emit(`${svc.name}/schemas.ts`, sources.length ? sources : [svc.source.file], [...types.imports(), ...types.statements]);
    }
    // One module per resource: types, standalone functions and the resource object; each method's
    // descriptor in a module of its own, so that a bundler splitting the client per method takes
    // only the called methods' share of the table.
    const resourceKeys = new Map<string, string>();
    for (const r of svc.resources) {
      const key = camel(r.name);
      if (resourceKeys.has(key)) throw new Error(`resources ${resourceKeys.get(key)} and ${r.name} of ${svc.name} both map to ${key}`);
      resourceKeys.set(key, r.name);
      for (const id of r.methods) {
        emit(descriptorModule(svc.name, id), [r.source.file], [
          importDecl(t, '../../../core/types.js', ['MethodDescriptor'], true),
          descriptorStatement(methods.get(id)!, model),
        ]);
        emit(methodModule(svc.name, id), [r.source.file], lazyMethodModule(t, methods.get(id)!));
      }
      emit(`${svc.name}/${r.name}.ts`, [r.source.file], resourceModule(t, model, names, schemaService, svc, r, r.methods.map((id) => methods.get(id)!)));
      resourceFiles.push(r.source.file);
    }

    // The service index: re-exports and the namespace object the client binds.
    const idx: Statement[] = [];
    for (const r of svc.resources) idx.push(`export * from './${r.name}.js';`);
    if (svc.schemaNames.length > 0) idx.push(`export * from './schemas.js';`);
    for (const r of svc.resources) idx.push(importDecl(t, `./${r.name}.js`, [resourceConst(svc, r)], false));
    idx.push(
      block(
        `${jsdoc(`${svc.title}: ${svc.description}`, '')}\nexport const ${serviceConst(svc)} = {\n` +
          svc.resources.map((r) => `${jsdoc(r.description, '  ')}\n  ${camel(r.name)}: ${resourceConst(svc, r)},\n`).join('') +
          '};',
      ),
    );
    emit(`${svc.name}/index.ts`, [svc.source.file, ...resourceFiles], idx);
  }

  // Events: per service the payload (and callback answer) types and its key → type map; then one
  // map and one table of every event for the dispatcher.
  const eventsByKey = new Map(model.events.map((e) => [e.key, e]));
  const eventServices = model.services.filter((s) => s.events.length > 0);
  for (const svc of eventServices) {
    const types = new TypeEmitter(t, model, names, schemaService, svc.name, './schemas.js');
    const evs = svc.events.map((k) => eventsByKey.get(k)!);
    const typeOf = (f: Field, name: string, doc: string) => {
      if (f.type === 'object' && f.properties) types.object(name, f.properties, doc, f.additionalProperties);
      else types.statements.push({ kind: t.StructureKind.TypeAlias, name, isExported: true, docs: [wrap(doc)], type: types.typeOf(f, name) });
    };
    for (const e of evs) {
      typeOf(e.payload, eventTypeName(e.key), `Payload of \`${e.key}\` (the envelope's \`event\`): ${e.summary}.`);
      if (e.answer) typeOf(e.answer, answerTypeName(e.key), `What a \`${e.key}\` handler may answer.`);
    }
    const map = (name: string, doc: string, list: typeof evs, type: (k: string) => string) =>
      block(`${jsdoc(doc, '')}\nexport interface ${name} {\n${list.map((e) => `${jsdoc(e.summary, '  ')}\n  ${quote(e.key)}: ${type(e.key)};\n`).join('')}}`);
    emit(`${svc.name}/events.ts`, evs.map((e) => e.source.file), [
      ...types.imports(), ...types.statements,
      map(`${pascal(svc.name)}EventMap`, `The payload type of every ${svc.title} event and callback, by key.`, evs, eventTypeName),
      map(`${pascal(svc.name)}CallbackAnswerMap`, `The answer type of every ${svc.title} callback, by key.`, evs.filter((e) => e.answer), answerTypeName),
    ]);
  }
  emit('events.ts', model.events.length > 0 ? model.events.map((e) => e.source.file) : model.services.map((s) => s.source.file), [
    ...eventServices.map((s) => importDecl(t, `./${s.name}/events.js`, [`${pascal(s.name)}EventMap`, `${pascal(s.name)}CallbackAnswerMap`], true)),
    ...eventServices.map((s) => `export type * from './${s.name}/events.js';`),
    block(`/** The payload type of every event and callback, by key (\`header.event_type\`). */\nexport interface EventMap extends ${eventServices.map((s) => `${pascal(s.name)}EventMap`).join(', ') || 'Record<never, never>'} {}`),
    block(`/** The answer type of every callback, by key. */\nexport interface CallbackAnswerMap extends ${eventServices.map((s) => `${pascal(s.name)}CallbackAnswerMap`).join(', ') || 'Record<never, never>'} {}`),
    block(`/** An event or callback key, e.g. \`im.message.receive_v1\`. */\nexport type EventKey = keyof EventMap;`),
    block(`/** A callback key (the platform waits for an answer). */\nexport type CallbackKey = keyof CallbackAnswerMap;`),
    block(
      `/** Every event's kind, by key: a \`callback\` is answered within 3 s, an \`event\` is acknowledged. */\nexport const eventKinds = ${literal(Object.fromEntries(model.events.map((e) => [e.key, e.kind])), '')} as const satisfies Readonly<Record<EventKey, 'event' | 'callback'>>;`,
    ),
  ]);

  const allResources = model.services.flatMap((s) => s.resources.map((r) => r.source.file));
  const serviceFiles = model.services.map((s) => s.source.file);

  // The descriptor table, for the CLI, the emulator and anyone building calls from data.
  const table: Statement[] = [importDecl(t, '../core/types.js', ['MethodDescriptor'], true)];
  for (const svc of model.services) {
    for (const r of svc.resources) {
      for (const id of r.methods) table.push(importDecl(t, `./${moduleSpecifier(descriptorModule(svc.name, id))}`, [`${camel(id)}Descriptor`], false));
    }
  }
  table.push(
    block(`export type * from '../core/types.js';\nexport { errorHints } from './error-hints.js';`),
    block(
      `/** Every method's descriptor, by method id (sorted). */\nexport const descriptors = {\n` +
        model.methods.map((m) => `  ${quote(m.id)}: ${camel(m.id)}Descriptor,\n`).join('') +
        `} as const satisfies Readonly<Record<string, MethodDescriptor>>;`,
    ),
    block(`/** A method id, e.g. \`im.messages.create\`. */\nexport type MethodId = keyof typeof descriptors;`),
  );
  emit('descriptors.ts', allResources, table);

  // Hints for documented error codes, kept out of the descriptors so that a call bundled alone stays small.
  // The table is built on the first lookup: a function body costs next to nothing to load.
  emit('error-hints.ts', allResources, [
    importDecl(t, '../core/types.js', ['ErrorHints'], true),
    block(`let table: Readonly<Record<string, Readonly<Record<number, string>>>> | undefined;`),
    block(
      `/** What to do about a documented error code of a method: the spec's \`fix\`, else its meaning. */\n` +
        `export const errorHints: ErrorHints = (methodId, code) => (table ??= build())[methodId]?.[code];`,
    ),
    block(`function build(): Readonly<Record<string, Readonly<Record<number, string>>>> {\n  return ${literal(
      Object.fromEntries(
        model.methods.filter((m) => m.errors.length > 0).map((m) => [m.id, Object.fromEntries(m.errors.map((e) => [e.code, e.fix ?? e.meaning]))]),
      ),
      '  ',
    )};\n}`),
  ]);

  // The client class: the runtime plus one namespace per service. A namespace knows its methods by
  // name only; each method's module is imported on its first call, so a bundler keeps (and an
  // application loads) only the methods it calls.
  const clientStatements: Statement[] = [
    importDecl(t, '../core/client.js', ['LarkCore'], false),
    importDecl(t, '../core/client.js', ['LarkClientOptions'], true),
    importDecl(t, '../core/method.js', ['bindLazyService'], false),
    importDecl(t, '../core/method.js', ['BoundService', 'LazyResource'], true),
    ...model.services.map((s) => importDecl(t, `./${s.name}/index.js`, [serviceConst(s)], true)),
    ...model.services.map((s) =>
      block(
        `/** The resources of \`client.${s.name}\`: where each method's module is, then the paged methods. */\n` +
          `const ${s.name}Resources: Readonly<Record<string, LazyResource>> = {\n` +
          s.resources
            .map((r) => {
              const ms = r.methods.map((id) => methods.get(id)!);
              const paged = ms.filter((m) => m.pagination);
              return (
                `  ${camel(r.name)}: [\n` +
                '    {\n' +
                ms.map((m) => `      ${methodKey(m)}: () => import('./${moduleSpecifier(methodModule(s.name, m.id))}'),\n`).join('') +
                '    },\n' +
                (paged.length ? `    ${quote(paged.map(methodKey).join(' '))},\n` : '') +
                '  ],\n'
              );
            })
            .join('') +
          '};',
      ),
    ),
    {
      kind: t.StructureKind.Class,
      name: 'LarkClient',
      isExported: true,
      extends: 'LarkCore',
      docs: [
        'The Lark / Feishu client: one namespace per service, one object per resource, one function per\n' +
          'method, named after the spec ids in camelCase (`client.im.chatMembers.get`). A resource\'s code\n' +
          'loads on its first call, so a bundled application carries only the resources it calls.\n\n' +
          '```ts\n' +
          "const client = new LarkClient({ appId, appSecret, brand: 'feishu' });\n" +
          "const msg = await client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_…', msg_type: 'text', content: JSON.stringify({ text: 'hi' }) } });\n" +
          '```',
      ],
      properties: model.services.map((s) => ({
        name: s.name,
        isReadonly: true,
        type: `BoundService<typeof ${serviceConst(s)}>`,
        docs: [wrap(`${s.title}: ${s.description}`)],
      })),
      ctors: [
        {
          parameters: [{ name: 'options', type: 'LarkClientOptions' }],
          statements: [
            "// The hints are loaded on the first error only: they are most of the data and rarely needed.\n" +
              "super({ errorHints: { load: () => import('./error-hints.js').then((m) => m.errorHints) }, ...options });",
            ...model.services.map((s) => `this.${s.name} = bindLazyService<typeof ${serviceConst(s)}>(this, ${s.name}Resources);`),
          ],
        },
      ],
    },
  ];
  emit('client.ts', [...serviceFiles, ...allResources], clientStatements);

  emit('index.ts', [...serviceFiles, ...allResources], [
    ...model.services.map((s) => `export * from './${s.name}/index.js';`),
    `export { LarkClient } from './client.js';`,
  ]);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Resource modules

function resourceModule(
  t: Tsm, model: SpecModel, names: NameRegistry, schemaService: Map<string, string>, svc: Service, r: Resource, ms: Method[],
): Statement[] {
  const types = new TypeEmitter(t, model, names, schemaService, svc.name, './schemas.js');
  const body: Statement[] = [];
  const runtime = new Set<string>();
  for (const m of ms) {
    body.push(...types.statements.splice(0));
    const base = pascal(m.id);
    const fn = camel(m.id);
    const reqMembers: OptionalKind<PropertySignatureStructure>[] = [];
    let anyRequired = false;
    const part = (key: 'path' | 'params' | 'data', fields: FieldMap, suffix: string, doc: string, required: boolean) => {
      if (Object.keys(fields).length === 0) return;
      types.object(`${base}${suffix}`, fields, `${doc} of \`${m.id}\`.`);
      reqMembers.push({ name: key, type: `${base}${suffix}`, hasQuestionToken: !required, docs: [doc + '.'] });
      anyRequired ||= required;
    };
    part('path', m.pathParams, 'Path', 'Path parameters', true);
    part('params', m.query, 'Params', 'Query parameters', Object.values(m.query).some((f) => f.required));
    if (m.body) {
      const required = m.body.required && Object.values(m.body.fields).some((f) => f.required);
      part('data', m.body.fields, 'Data', m.body.encoding === 'multipart' ? 'Multipart form fields' : 'JSON body', required);
    }
    const reqName = `${base}Request`;
    names.claim(reqName);
    types.statements.push({
      kind: t.StructureKind.Interface,
      name: reqName,
      isExported: true,
      docs: [`A call of \`${m.id}\`.`],
      properties: reqMembers,
    });
    let res: string;
    let item = 'unknown';
    if (m.response.kind === 'binary') {
      res = 'LarkDownload';
      types.importCore('LarkDownload', '../../core/download.js');
    } else {
      res = `${base}Response`;
      const data = m.response.data;
      if (data.type === 'object' && !data.ref && data.properties && Object.keys(data.properties).length > 0) {
        types.object(res, data.properties, data.description ? `${data.description}` : `The data of a successful \`${m.id}\`.`);
      } else {
        names.claim(res);
        types.statements.push({
          kind: t.StructureKind.TypeAlias,
          name: res,
          isExported: true,
          docs: [wrap(data.description ?? `The data of a successful \`${m.id}\`.`)],
          type: types.typeOf(data, res),
        });
      }
      const list = m.pagination ? (data.ref ? model.schemas[data.ref] : data)?.properties?.[m.pagination.items] : undefined;
      if (list) item = `NonNullable<${res}[${quote(m.pagination!.items)}]>[number]`;
    }
    const req = anyRequired ? reqName : `${reqName} | void`;
    const definer = definerOf(m);
    const typeArgs = definer.name === 'defineDownload' ? [req] : definer.name === 'definePaged' ? [req, res, item] : [req, res];
    const define = `${definer.name}<${typeArgs.join(', ')}>`;
    if (definer.module === 'method') runtime.add(definer.name);
    else types.importCore(definer.name, `../../core/${definer.module}.js`, false);
    body.push(...types.statements.splice(0), blankLine, {
      kind: t.StructureKind.VariableStatement,
      isExported: true,
      declarationKind: t.VariableDeclarationKind.Const,
      docs: [methodDoc(m)],
      declarations: [{ name: fn, initializer: `/* @__PURE__ */ ${define}(${fn}Descriptor)` }],
    });
  }
  body.push(
    block(
      `${jsdoc(r.description, '')}\nexport const ${resourceConst(svc, r)} = {\n` +
        ms.map((m) => `${jsdoc(m.summary, '  ')}\n  ${methodKey(m)}: ${camel(m.id)},\n`).join('') +
        '};',
    ),
  );
  return [
    ...(runtime.size ? [importDecl(t, '../../core/method.js', [...runtime].sort(), false)] : []),
    ...types.imports(),
    ...ms.map((m) => importDecl(t, `./descriptors/${m.id}.js`, [`${camel(m.id)}Descriptor`], false)),
    ...body,
  ];
}

function methodDoc(m: Method): string {
  const lines = [m.summary, '', wrap(m.description), ''];
  lines.push(`- Identities: ${identitiesText(m.identities, m.identityList)}`);
  lines.push(`- Risk: ${m.risk}`);
  if (m.rateLimit) {
    const parts = [m.rateLimit.perMinute && `${m.rateLimit.perMinute}/min`, m.rateLimit.perSecond && `${m.rateLimit.perSecond}/s`].filter(Boolean);
    if (parts.length) lines.push(`- Rate limit: ${parts.join(', ')}`);
  }
  const idem = m.idempotency;
  if (idem) lines.push(`- Idempotency key: \`${idem.field}\` (${idem.in})${idem.auto ? '; a fresh one is generated when none is given, so retries are safe' : ''}`);
  if (m.pagination) lines.push('- Paginated: `.iterate(req)` yields every item, `.pages(req)` every page');
  if (m.response.kind === 'binary') lines.push(`- Answers with the file as a stream (\`LarkDownload\`)${m.response.range ? '; supports Range' : ''}`);
  lines.push('', `@see ${m.source.file}:${m.source.line} (\`${m.http} ${m.path}\`)`);
  return lines.join('\n').replace(/\*\//g, '*\\/');
}

function identitiesText(ids: Identities, order: readonly string[]): string {
  return order
    .map((id) => {
      const s = ids[id as keyof Identities]!.scopes;
      const parts = [...s.allOf.map((x) => `\`${x}\``)];
      if (s.anyOf.length) parts.push(s.anyOf.length === 1 ? `\`${s.anyOf[0]}\`` : `one of ${s.anyOf.map((x) => `\`${x}\``).join(', ')}`);
      return `${id} (${parts.join(' and ') || 'no scope'})`;
    })
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// Types: the single place where the spec's field language becomes TypeScript.

class TypeEmitter {
  readonly statements: (InterfaceDeclarationStructure | TypeAliasDeclarationStructure)[] = [];
  readonly #schemas = new Map<string, Set<string>>();
  readonly #core = new Map<string, Set<string>>();

  constructor(
    private readonly t: Tsm,
    private readonly model: SpecModel,
    private readonly names: NameRegistry,
    private readonly schemaService: Map<string, string>,
    private readonly service: string,
    /** How this module imports its own service's schemas ('.' = it is the schemas module). */
    private readonly ownSchemas: string,
  ) {}

  /** A shared schema as a named type. */
  schema(name: string, f: Field): void {
    const doc = fieldDoc(f);
    if (f.type === 'object' && f.properties && Object.keys(f.properties).length > 0) {
      this.object(name, f.properties, doc, f.additionalProperties);
    } else {
      this.names.claim(name);
      this.statements.push({ kind: this.t.StructureKind.TypeAlias, name, isExported: true, docs: doc ? [doc] : [], type: this.typeOf(f, name, true) });
    }
  }

  /** A named interface for a field map; nested inline objects become `<name><Prop>` interfaces. */
  object(name: string, fields: FieldMap, doc: string | undefined, extra?: boolean | Field): void {
    this.names.claim(name);
    const s: InterfaceDeclarationStructure = { kind: this.t.StructureKind.Interface, name, isExported: true, docs: doc ? [wrap(doc)] : [], properties: [] };
    // Declared objects are closed; an open one also takes other keys (typed loosely: they must not conflict).
    if (extra) s.indexSignatures = [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }];
    this.statements.push(s);
    s.properties = Object.entries(fields).map(([k, f]) => {
      const d = fieldDoc(f);
      return { name: propName(k), type: this.typeOf(f, name + pascal(k)), hasQuestionToken: !f.required, docs: d ? [d] : [] };
    });
  }

  /** The TypeScript type of a field; `hint` names the interface of an inline object. */
  typeOf(f: Field, hint: string, self = false): string {
    let ty: string;
    if (f.ref && !self) ty = this.#ref(f.ref);
    else {
      switch (f.type) {
        case 'string':
        case 'integer':
        case 'number':
          ty = f.enum?.length ? f.enum.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(' | ') : f.type === 'string' ? 'string' : 'number';
          break;
        case 'boolean':
          ty = 'boolean';
          break;
        case 'file':
          ty = 'FileInput';
          this.importCore('FileInput', '../../core/files.js');
          break;
        case 'any':
          ty = 'unknown';
          break;
        case 'array':
          ty = f.items ? arrayOf(this.typeOf(f.items, hint + 'Item')) : 'unknown[]';
          break;
        case 'object': {
          const props = f.properties ? Object.keys(f.properties) : undefined;
          const extra = f.additionalProperties;
          if (props && props.length > 0) {
            const name = this.names.free(hint);
            this.object(name, f.properties!, undefined, extra);
            ty = name;
          } else if (extra) ty = `Record<string, ${typeof extra === 'object' ? this.typeOf(extra, hint + 'Value') : 'unknown'}>`;
          else ty = props ? 'Record<string, never>' : 'Record<string, unknown>';
          break;
        }
      }
    }
    return f.repeated ? arrayOf(ty) : ty;
  }

  /** Imports a runtime name into this module (as a type unless `typeOnly` is false). */
  importCore(name: string, from: string, typeOnly = true): void {
    const key = `${typeOnly ? 'type:' : 'value:'}${from}`;
    let set = this.#core.get(key);
    if (!set) this.#core.set(key, (set = new Set()));
    set.add(name);
  }

  #ref(name: string): string {
    if (!this.model.schemas[name]) throw new Error(`unknown schema ${name}`);
    const owner = this.schemaService.get(name)!;
    const from = owner === this.service ? this.ownSchemas : `../${owner}/schemas.js`;
    if (from !== '.') {
      let set = this.#schemas.get(from);
      if (!set) this.#schemas.set(from, (set = new Set()));
      set.add(name);
    }
    return name;
  }

  imports(): Statement[] {
    const out: Statement[] = [];
    for (const [key, set] of [...this.#core].sort()) {
      const typeOnly = key.startsWith('type:');
      out.push(importDecl(this.t, key.slice(key.indexOf(':') + 1), [...set].sort(), typeOnly));
    }
    for (const [from, set] of [...this.#schemas].sort()) out.push(importDecl(this.t, from, [...set].sort(), true));
    return out;
  }
}

function arrayOf(t: string): string {
  return /[|&\s]/.test(t) ? `Array<${t}>` : `${t}[]`;
}

function fieldDoc(f: Field): string {
  const out: string[] = [];
  if (f.description) out.push(wrap(f.description));
  if (f.enumDescriptions && Object.keys(f.enumDescriptions).length > 0) {
    out.push('', ...Object.entries(f.enumDescriptions).map(([k, v]) => wrap(`- \`${k}\`: ${v}`, '  ')));
  }
  const c: string[] = [];
  if (f.format) c.push(`format ${f.format}`);
  if (f.minLength !== undefined) c.push(`at least ${f.minLength} characters`);
  if (f.maxLength !== undefined) c.push(`at most ${f.maxLength} characters`);
  if (f.minimum !== undefined) c.push(`minimum ${f.minimum}`);
  if (f.maximum !== undefined) c.push(`maximum ${f.maximum}`);
  if (f.minItems !== undefined) c.push(`at least ${f.minItems} items`);
  if (f.maxItems !== undefined) c.push(`at most ${f.maxItems} items`);
  if (f.maxBytes !== undefined) c.push(`at most ${f.maxBytes} bytes`);
  if (f.pattern !== undefined) c.push(`pattern \`${f.pattern}\``);
  if (f.repeated) c.push('sent as repeated query keys');
  if (c.length) out.push('', `Constraints: ${c.join('; ')}.`);
  if (f.default !== undefined) out.push(`@defaultValue ${JSON.stringify(f.default)}`);
  if (f.deprecated) out.push('@deprecated');
  return out.join('\n').replace(/\*\//g, '*\\/').trim();
}

// ---------------------------------------------------------------------------------------------
// Descriptors: plain data, the same table for the SDK, the CLI and the emulator.

function descriptorStatement(m: Method, model: SpecModel): WriterFunction {
  const d: Record<string, unknown> = {
    id: m.id,
    http: m.http,
    path: m.path,
    risk: m.risk,
    identities: Object.fromEntries(
      m.identityList.map((id) => {
        const s = m.identities[id]!.scopes;
        return [id, { ...(s.anyOf.length ? { anyOf: s.anyOf } : {}), ...(s.allOf.length ? { allOf: s.allOf } : {}) }];
      }),
    ),
    pathParams: fieldMapSpec(m.pathParams, model),
    query: fieldMapSpec(m.query, model),
  };
  if (m.body) d.body = { encoding: m.body.encoding, required: m.body.required, fields: fieldMapSpec(m.body.fields, model) };
  if (m.pagination) d.pagination = m.pagination;
  if (m.response.kind === 'binary') d.download = { contentTypes: m.response.contentTypes, range: m.response.range };
  if (m.idempotency) d.idempotency = m.idempotency;
  return block(`/** \`${m.http} ${m.path}\` */\nexport const ${camel(m.id)}Descriptor: MethodDescriptor = ${literal(d, '')};`);
}


function fieldMapSpec(fields: FieldMap, model: SpecModel, seen: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSpec(f, model, seen)]));
}

/** The constraints of a field, shared schemas inlined (a recursive reference becomes an open object). */
function fieldSpec(f: Field, model: SpecModel, seen: readonly string[]): Record<string, unknown> {
  let src = f;
  let chain = seen;
  if (f.ref) {
    if (seen.includes(f.ref)) return { type: 'object', ...(f.required ? { required: true } : {}) };
    src = { ...model.schemas[f.ref]!, required: f.required, repeated: f.repeated };
    chain = [...seen, f.ref];
  }
  const s: Record<string, unknown> = { type: src.type };
  if (src.required) s.required = true;
  if (src.repeated) s.repeated = true;
  for (const k of ['enum', 'format', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'maxBytes', 'pattern'] as const) {
    if (src[k] !== undefined) s[k] = src[k];
  }
  if (src.deprecated) s.deprecated = true;
  if (src.properties) s.properties = fieldMapSpec(src.properties, model, chain);
  if (src.items) s.items = fieldSpec(src.items, model, chain);
  if (src.additionalProperties !== undefined) {
    s.additionalProperties = typeof src.additionalProperties === 'boolean' ? src.additionalProperties : fieldSpec(src.additionalProperties, model, chain);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Names and text

class NameRegistry {
  readonly #taken = new Set<string>();
  claim(name: string): void {
    if (this.#taken.has(name)) throw new Error(`two generated types would be named ${name}`);
    this.#taken.add(name);
  }
  /**
   * A free name for an inline object's interface: nested `a.b_c` and sibling `a_b.c` both spell
   * `AB…C`, so a later one gets a numeric suffix (deterministic: fields are visited in spec order).
   */
  free(base: string): string {
    let name = base;
    for (let i = 2; this.#taken.has(name); i++) name = `${base}${i}`;
    return name;
  }
}

const resourceConst = (svc: Service, r: Resource) => camel(`${svc.name}.${r.name}`);
const serviceConst = (svc: Service) => `${svc.name}Service`;
const methodKey = (m: Method) => camel(m.name);

function propName(k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k);
}

/** `im.message.receive_v1` → `ImMessageReceiveV1Event`. */
function eventTypeName(key: string): string {
  return `${pascal(key)}Event`;
}

/** `card.action.trigger` → `CardActionTriggerAnswer`. */
function answerTypeName(key: string): string {
  return `${pascal(key)}Answer`;
}

function quote(s: string): string {
  return `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** Where a method's descriptor module is, under the generated folder: one file per method. */
function descriptorModule(service: string, methodId: string): string {
  return `${service}/descriptors/${methodId}.ts`;
}

/** Where the module `LarkClient` loads on a method's first call is, under the generated folder. */
function methodModule(service: string, methodId: string): string {
  return `${service}/methods/${methodId}.ts`;
}

/** The runtime function that makes a method from its descriptor, and the core module it is in. */
function definerOf(m: Method): { name: string; module: 'method' | 'download' | 'multipart' } {
  if (m.response.kind === 'binary') return { name: 'defineDownload', module: 'download' };
  if (m.body?.encoding === 'multipart') return { name: 'defineUpload', module: 'multipart' };
  return { name: m.pagination ? 'definePaged' : 'defineMethod', module: 'method' };
}

/**
 * One method on its own, made from its descriptor by the same runtime function as the standalone
 * function: what `LarkClient` imports on the method's first call, so that a bundler gives every
 * method a chunk of its own (the typed standalone functions are in the resource modules).
 */
function lazyMethodModule(t: Tsm, m: Method): Statement[] {
  const d = `${camel(m.id)}Descriptor`;
  const { name, module } = definerOf(m);
  return [
    importDecl(t, `../../../core/${module}.js`, [name], false),
    importDecl(t, `../descriptors/${m.id}.js`, [d], false),
    block(`/** \`${m.id}\` for \`LarkClient\`, loaded on the method's first call. */\nexport default /* @__PURE__ */ ${name}(${d});`),
  ];
}

/** The specifier that imports a generated `.ts` file (ES module resolution wants `.js`). */
const moduleSpecifier = (file: string) => file.replace(/\.ts$/, '.js');

function importDecl(t: Tsm, from: string, named: string[], typeOnly: boolean): StatementStructures {
  return { kind: t.StructureKind.ImportDeclaration, moduleSpecifier: from, namedImports: named, isTypeOnly: typeOnly };
}

/** TypeScript text of plain data: one line when it fits in 110 columns, else one member per line. */
function literal(v: unknown, indent: string): string {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? quote(v) : JSON.stringify(v);
  const inner = indent + '  ';
  const entries = Array.isArray(v)
    ? v.map((x) => literal(x, inner))
    : Object.entries(v).map(([k, x]) => `${/^(0|[1-9]\d*)$/.test(k) ? k : propName(k)}: ${literal(x, inner)}`);
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  const flat = Array.isArray(v) ? `${open}${entries.join(', ')}${close}` : `${open} ${entries.join(', ')} ${close}`;
  if (!flat.includes('\n') && flat.length + indent.length <= 110) return flat;
  return `${open}\n${entries.map((e) => `${inner}${e},\n`).join('')}${indent}${close}`;
}

/** Wraps prose at 100 columns (lines starting with `- ` keep a hanging indent). */
function wrap(text: string, hanging = ''): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && (cur + ' ' + w).length > 100) {
          out.push(cur);
          cur = hanging + w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

/** A JSDoc block for hand-assembled statements (structures get theirs from ts-morph). */
function jsdoc(text: string, indent: string): string {
  const lines = wrap(text.trim()).replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */`;
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ' ' + l : ''}`).join('\n')}\n${indent} */`;
}

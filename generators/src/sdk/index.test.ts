import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecsOrThrow, type SpecModel } from '@larkgen/spec';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { camel, generateSdk, pascal, sdkGenerator, SDK_GENERATED_DIR } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const sdkCore = path.join(repoRoot, 'packages', 'sdk', 'src', 'core');
/** The workspace's TypeScript (the compiler inside ts-morph keeps its lib files elsewhere). */
const ts = createRequire(path.join(repoRoot, 'package.json'))('typescript') as typeof import('typescript');

/** The fixture specs with the real spec-language schemas, in a fresh temporary repository. */
function fixtureModel(): SpecModel {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-sdk-gen-'));
  fs.cpSync(path.join(here, '__fixtures__', 'specs'), path.join(repo, 'specs'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'specs', 'schema'), path.join(repo, 'specs', 'schema'), { recursive: true });
  return loadSpecsOrThrow(path.join(repo, 'specs'));
}

describe('sdk generator', () => {
  let model: SpecModel;
  beforeAll(() => {
    model = fixtureModel();
  });

  it('names things from the spec ids', () => {
    expect(camel('im.chat.members.get')).toBe('imChatMembersGet');
    expect(pascal('contact.users.basic_batch')).toBe('ContactUsersBasicBatch');
    expect(camel('search_v2')).toBe('searchV2');
  });

  it('emits the same files, in order, with a header naming their spec files', () => {
    const files = sdkGenerator.generate(model);
    expect(sdkGenerator.owns).toEqual([SDK_GENERATED_DIR]);
    expect(files.map((f) => f.path.slice(SDK_GENERATED_DIR.length))).toEqual([
      'client.ts',
      'demo/descriptors/demo.note.attachments.download.ts',
      'demo/descriptors/demo.note.attachments.upload.ts',
      'demo/descriptors/demo.notes.create.ts',
      'demo/descriptors/demo.notes.list.ts',
      'demo/events.ts',
      'demo/index.ts',
      'demo/methods/demo.note.attachments.download.ts',
      'demo/methods/demo.note.attachments.upload.ts',
      'demo/methods/demo.notes.create.ts',
      'demo/methods/demo.notes.list.ts',
      'demo/note.attachments.ts',
      'demo/notes.ts',
      'demo/schemas.ts',
      'descriptors.ts',
      'error-hints.ts',
      'events.ts',
      'index.ts',
    ]);
    for (const f of files) expect(f.content.startsWith('// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.\n// Source')).toBe(true);
    const byPath = Object.fromEntries(files.map((f) => [f.path.slice(SDK_GENERATED_DIR.length), f.content]));
    expect(byPath['demo/notes.ts']!.split('\n')[1]).toBe('// Source: specs/demo/resources/notes.yaml');
    expect(byPath['demo/schemas.ts']!.split('\n')[1]).toBe('// Source: specs/demo/schemas/note.yaml');
    expect(sdkGenerator.generate(model)).toEqual(files);
  });

  it('matches the reviewed output for the fixture', async () => {
    for (const f of generateSdk(model)) {
      await expect(f.content).toMatchFileSnapshot(path.join(here, '__snapshots__', `${f.path.slice(SDK_GENERATED_DIR.length)}.snap`));
    }
  });

  it('emits descriptors with constraints, identities, pagination, downloads and the idempotency key', () => {
    const d = generateSdk(model)
      .filter((f) => f.path.includes('demo/descriptors/'))
      .map((f) => f.content)
      .join('\n');
    expect(d).toContain(`export const demoNotesCreateDescriptor: MethodDescriptor = {
  id: 'demo.notes.create',
  http: 'POST',
  path: '/open-apis/demo/v1/folders/{folder_id}/notes',
  risk: 'write',
  identities: { bot: { allOf: ['demo:note:write'] }, user: { anyOf: ['demo:note:write', 'demo:note:read'] } },
  pathParams: { folder_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', enum: ['open_id', 'user_id'] }, uuid: { type: 'string', maxLength: 50 } },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      body: { type: 'string', required: true, maxLength: 100 },
      kind: { type: 'string', enum: ['plain', 'rich'] },
      meta: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};`);
    expect(d).toContain(`download: { contentTypes: [], range: true },`);
    expect(d).toContain(`  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },`);
  });

  it('compiles, with the runtime, into an API that type-checks as intended', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-sdk-tsc-'));
    const src = path.join(dir, 'src');
    for (const f of generateSdk(model, 'src/generated/')) {
      fs.mkdirSync(path.join(dir, path.dirname(f.path)), { recursive: true });
      fs.writeFileSync(path.join(dir, f.path), f.content);
    }
    fs.symlinkSync(sdkCore, path.join(src, 'core'), 'dir');
    // The runtime imports the shared field checker: resolve packages as the SDK package itself does.
    fs.symlinkSync(path.join(sdkCore, '..', '..', 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    fs.writeFileSync(
      path.join(src, 'usage.ts'),
      `import { LarkClient, demoNotesCreate, demoNotesList, type Note } from './generated/index.js';
import { descriptors, type MethodId } from './generated/descriptors.js';
const c = new LarkClient({ appId: 'a', appSecret: 'b' });
export async function use(): Promise<void> {
  const n: Note = await c.demo.notes.create({ path: { folder_id: 'f' }, data: { body: 'x', kind: 'rich', meta: { a: 'b' } } });
  const k: 'plain' | 'rich' | undefined = n.kind;
  await demoNotesCreate(c, { path: { folder_id: 'f' }, params: { uuid: 'u' }, data: { body: 'x' } }, { as: 'user', userAccessToken: 'u-1' });
  for await (const note of c.demo.notes.list.iterate()) note.author?.tags?.map((t) => t.toUpperCase());
  for await (const page of demoNotesList.pages(c, { params: { ids: ['a', 'b'] } })) page.has_more;
  const up = await c.demo.noteAttachments.upload({ data: { file_name: 'a.txt', file: new Uint8Array(1) } });
  up.file_key;
  const dl = await c.demo.noteAttachments.download({ path: { file_key: 'k' } });
  dl.contentType;
  const id: MethodId = 'demo.notes.list';
  descriptors[id].http;
  void k;
  // @ts-expect-error the kind is an enum
  await c.demo.notes.create({ path: { folder_id: 'f' }, data: { body: 'x', kind: 'bold' } });
  // @ts-expect-error the path is required
  await c.demo.notes.create({ data: { body: 'x' } });
}
`,
    );
    const roots = [path.join(src, 'usage.ts'), ...fs.readdirSync(path.join(src, 'generated'), { recursive: true }).map(String).filter((p) => p.endsWith('.ts')).map((p) => path.join(src, 'generated', p))];
    const program = ts.createProgram(roots, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: false,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      skipLibCheck: true,
      noEmit: true,
    });
    // The generated modules and the usage, checked against the runtime's types (the runtime's own
    // bodies are the SDK package's type check).
    const checked = roots.map((f) => program.getSourceFile(f)!);
    const found = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...checked.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
    ];
    const diagnostics = found.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') + (d.file ? ` (${path.relative(dir, d.file.fileName)})` : ''));
    expect(diagnostics).toEqual([]);
  });

  it('gives two inline objects that spell the same type name distinct names', () => {
    // A nested `update_text.style` and a sibling `update_text_style` both spell …UpdateTextStyle.
    const copy = structuredClone(model) as { methods: { body?: { encoding: string; fields: Record<string, unknown> } }[] } & SpecModel;
    const method = copy.methods.find((m) => m.body?.encoding === 'json')!;
    const flag = { required: false, repeated: false, deprecated: false };
    const obj = (properties: Record<string, unknown>) => ({ type: 'object', ...flag, properties });
    method.body!.fields = {
      update_text: obj({ style: obj({ bold: { type: 'boolean', ...flag } }) }),
      update_text_style: obj({ italic: { type: 'boolean', ...flag } }),
    };
    const text = generateSdk(copy).map((f) => f.content).join('\n');
    const names = [...text.matchAll(/export interface (\w*UpdateTextStyle\d*) \{/g)].map((x) => x[1]);
    expect(names).toHaveLength(2);
    expect(names[1]).toBe(`${names[0]}2`);
  });
});

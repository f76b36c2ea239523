import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { Ajv2020 } from 'ajv/dist/2020.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const docPath = path.join(here, '..', 'openapi.json');
const doc = JSON.parse(fs.readFileSync(docPath, 'utf8')) as Record<string, any>;

describe('the generated OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has one operation per method, each with its identities and scopes', () => {
    const ops = Object.values(doc.paths).flatMap((p: any) => Object.values(p)) as any[];
    expect(ops.length).toBeGreaterThanOrEqual(79);
    const create = doc.paths['/open-apis/im/v1/messages'].post;
    expect(create.operationId).toBe('im.messages.create');
    expect(create.security).toEqual([{ tenantAccessToken: [] }, { userAccessToken: [] }]);
    expect(Object.keys(create['x-lark-identities'])).toEqual(['bot', 'user']);
    expect(create.parameters.map((p: any) => [p.name, p.in, p.required])).toEqual([['receive_id_type', 'query', true]]);
    expect(create.requestBody.content['application/json'].schema.required).toEqual(['receive_id', 'msg_type', 'content']);
    expect(doc.components.securitySchemes).toMatchObject({
      tenantAccessToken: { type: 'http', scheme: 'bearer' },
      userAccessToken: { type: 'http', scheme: 'bearer' },
    });
  });

  it('encodes repeated query keys, multipart uploads and binary downloads', () => {
    const mget = doc.paths['/open-apis/im/v1/messages/mget'].get;
    const ids = mget.parameters.find((p: any) => p.name === 'message_ids');
    expect(ids).toMatchObject({ in: 'query', style: 'form', explode: true, schema: { type: 'array', items: { type: 'string' } } });
    const upload = doc.paths['/open-apis/im/v1/images'].post;
    expect(upload.requestBody.content['multipart/form-data'].schema.properties.image).toMatchObject({ type: 'string', format: 'binary' });
    const download = doc.paths['/open-apis/im/v1/messages/{message_id}/resources/{file_key}'].get;
    expect(Object.keys(download.responses['200'].content)).toEqual(['application/octet-stream']);
  });

  it('lists every event and callback under webhooks, each example valid against its envelope schema', () => {
    expect(Object.keys(doc.webhooks)).toEqual([
      'card.action.trigger', 'im.chat.disbanded_v1', 'im.chat.member.bot.added_v1', 'im.chat.member.bot.deleted_v1',
      'im.chat.member.user.added_v1', 'im.chat.member.user.deleted_v1', 'im.chat.member.user.withdrawn_v1', 'im.chat.updated_v1',
      'im.message.message_read_v1', 'im.message.reaction.created_v1', 'im.message.reaction.deleted_v1', 'im.message.recalled_v1',
      'im.message.receive_v1',
    ]);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'doc', components: doc.components });
    const refToDoc = (s: unknown): unknown => JSON.parse(JSON.stringify(s).replace(/"#\/components\//g, '"doc#/components/'));
    for (const [key, hook] of Object.entries(doc.webhooks) as [string, any][]) {
      const media = hook.post.requestBody.content['application/json'];
      expect(media.example.header.event_type).toBe(key);
      const validate = ajv.compile(refToDoc(media.schema) as object);
      expect(validate(media.example) ? [] : validate.errors, key).toEqual([]);
    }
    const card = doc.webhooks['card.action.trigger'].post;
    expect(card['x-lark-event'].kind).toBe('callback');
    expect(card.responses['200'].content['application/json'].example).toEqual({ toast: { type: 'success', content: 'Approved' } });
  });

  it('every $ref resolves', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/[A-Za-z0-9]+"/g) ?? [];
    const missing = [...new Set(refs)].map((r) => r.split('/').pop()!.replace('"', '')).filter((n) => !(n in doc.components.schemas));
    expect(missing).toEqual([]);
  });

  it('feeds openapi-typescript, whose output type-checks', async () => {
    const ast = await openapiTS(structuredClone(doc));
    const source = astToString(ast);
    expect(source).toContain('"im.messages.create": {');
    const file = ts.createSourceFile('openapi.d.ts', source, ts.ScriptTarget.ES2022, true);
    const host = ts.createCompilerHost({ strict: true, noEmit: true });
    const orig = host.getSourceFile;
    host.getSourceFile = (name, lang, ...rest) => (name === 'openapi.d.ts' ? file : orig.call(host, name, lang, ...rest));
    const program = ts.createProgram(['openapi.d.ts'], { strict: true, noEmit: true, skipLibCheck: true, types: [] }, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === 'openapi.d.ts');
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });
});

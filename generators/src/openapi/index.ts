import type { EventType, Method, SpecModel, Identity } from '@larkgen/spec';
import { fieldToJsonSchema, objectSchema, type JsonSchema } from '@larkgen/spec';
import { jsonNotice, stableJson, type Generator } from '../core/files.js';

export const OPENAPI_PATH = 'packages/openapi/openapi.json';

const SECURITY: Record<Identity, string> = { bot: 'tenantAccessToken', user: 'userAccessToken' };
const opts = { ref: (name: string) => `#/components/schemas/${name}` };

/** The OpenAPI 3.1 document of every method, with Lark's identities and scopes as x- extensions. */
export const openapiGenerator: Generator<SpecModel> = {
  name: 'openapi',
  owns: [OPENAPI_PATH],
  generate(model) {
    return [{ path: OPENAPI_PATH, content: stableJson(buildOpenApi(model)) }];
  },
};

export function buildOpenApi(model: SpecModel): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const m of model.methods) {
    paths[m.path] ??= {};
    paths[m.path]![m.http.toLowerCase()] = operation(m);
  }
  const sortedPaths = Object.fromEntries(Object.keys(paths).sort().map((p) => [p, paths[p]]));
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, f] of Object.entries(model.schemas)) schemas[name] = fieldToJsonSchema(f, opts);
  schemas.ErrorEnvelope = errorEnvelope();
  if (model.events.length > 0) schemas.EventHeader = eventHeader();
  const im = model.services.find((s) => s.name === 'im') ?? model.services[0]!;
  return {
    'x-generated': jsonNotice(model.files),
    openapi: '3.1.0',
    info: {
      title: 'Lark / Feishu IM Open API',
      version: '1.0.0',
      description: model.services.map((s) => `${s.title}: ${s.description}`).join('\n\n'),
    },
    servers: [
      { url: im.brands.feishu.openHost, description: 'Feishu (China)' },
      { url: im.brands.lark.openHost, description: 'Lark (international)' },
      { url: 'http://127.0.0.1:{port}', description: 'Local emulator', variables: { port: { default: '8787' } } },
    ],
    tags: [
      ...model.services.flatMap((s) => s.resources.map((r) => ({ name: `${s.name}.${r.name}`, description: r.description }))),
      ...(model.events.length > 0 ? [{ name: 'events', description: 'Events and callbacks the platform pushes to the app (webhooks or the long connection).' }] : []),
    ],
    paths: sortedPaths,
    ...(model.events.length > 0 ? { webhooks: Object.fromEntries(model.events.map((e) => [e.key, webhook(e)])) } : {}),
    components: {
      schemas,
      securitySchemes: {
        tenantAccessToken: {
          type: 'http', scheme: 'bearer', bearerFormat: 't-…',
          description: 'Bot identity: a tenant_access_token from POST /open-apis/auth/v3/tenant_access_token/internal.',
        },
        userAccessToken: {
          type: 'http', scheme: 'bearer', bearerFormat: 'u-…',
          description: 'User identity: a user_access_token from the OAuth device flow (POST /open-apis/authen/v2/oauth/token).',
        },
      },
    },
  };
}

function operation(m: Method): JsonSchema {
  const parameters: JsonSchema[] = [];
  for (const [name, f] of Object.entries(m.pathParams)) {
    parameters.push({ name, in: 'path', required: true, ...(f.description ? { description: f.description } : {}), schema: stripDescription(fieldToJsonSchema(f, opts)) });
  }
  for (const [name, f] of Object.entries(m.query)) {
    parameters.push({
      name, in: 'query', required: f.required,
      ...(f.description ? { description: f.description } : {}),
      ...(f.repeated ? { style: 'form', explode: true } : {}),
      schema: stripDescription(fieldToJsonSchema(f, opts)),
    });
  }
  const op: JsonSchema = {
    operationId: m.id,
    summary: m.summary,
    description: m.description,
    tags: [`${m.service}.${m.resource}`],
    ...(parameters.length ? { parameters } : {}),
  };
  const example = m.examples[0]!;
  if (m.body) {
    const media = m.body.encoding === 'json' ? 'application/json' : 'multipart/form-data';
    op.requestBody = {
      required: m.body.required,
      content: { [media]: { schema: objectSchema(m.body.fields, opts), ...(example.request.body ? { example: example.request.body } : {}) } },
    };
  }
  const ok: JsonSchema =
    m.response.kind === 'binary'
      ? { description: 'The file content', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }
      : {
          description: 'Success: code 0 and the data',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['code', 'msg'],
                properties: { code: { const: 0 }, msg: { type: 'string' }, data: fieldToJsonSchema(m.response.data, opts) },
              },
              example: { code: 0, msg: 'success', data: example.response },
            },
          },
        };
  op.responses = {
    '200': ok,
    default: { description: 'A failure: a non-zero code with the reason', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } } },
  };
  op.security = m.identityList.map((id) => ({ [SECURITY[id]]: [] }));
  op['x-lark-identities'] = Object.fromEntries(
    m.identityList.map((id) => {
      const r = m.identities[id]!;
      // "all"/"any" rather than allOf/anyOf: tools walking the document would read those as schema keywords.
      return [id, { scopes: { ...(r.scopes.allOf.length ? { all: r.scopes.allOf } : {}), ...(r.scopes.anyOf.length ? { any: r.scopes.anyOf } : {}) }, ...(r.note ? { note: r.note } : {}) }];
    }),
  );
  op['x-lark-risk'] = m.risk;
  if (m.pagination) op['x-lark-pagination'] = m.pagination;
  if (m.rateLimit) op['x-lark-rate-limit'] = m.rateLimit;
  if (m.errors.length) op['x-lark-errors'] = m.errors.map((e) => ({ code: e.code, http: e.http, message: e.message, meaning: e.meaning }));
  return op;
}

function stripDescription(s: JsonSchema): JsonSchema {
  const { description: _d, ...rest } = s;
  return rest;
}

function errorEnvelope(): JsonSchema {
  return {
    type: 'object',
    required: ['code', 'msg'],
    description: 'The body of a failed call. Branch on code, never on msg.',
    properties: {
      code: { type: 'integer', description: 'Non-zero platform error code' },
      msg: { type: 'string' },
      data: { type: 'object' },
      error: {
        type: 'object',
        properties: {
          message: { type: 'string' },
          log_id: { type: 'string' },
          troubleshooter: { type: 'string' },
          permission_violations: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, subject: { type: 'string' }, description: { type: 'string' } } } },
          field_violations: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, value: { type: 'string' }, description: { type: 'string' } } } },
          helps: { type: 'array', items: { type: 'object', properties: { url: { type: 'string' }, description: { type: 'string' } } } },
        },
      },
    },
  };
}

/** An event as the platform POSTs it to the app's request URL (shown decrypted), with the app's answer. */
function webhook(e: EventType): JsonSchema {
  const envelope = {
    type: 'object',
    required: ['schema', 'header', 'event'],
    properties: { schema: { const: '2.0' }, header: { $ref: '#/components/schemas/EventHeader' }, event: fieldToJsonSchema(e.payload, opts) },
  };
  const answer = e.answer
    ? { description: 'The answer, within 3 seconds', content: { 'application/json': { schema: fieldToJsonSchema(e.answer, opts), ...(e.answerExample ? { example: e.answerExample } : {}) } } }
    : { description: 'Received; any 2xx stops the retries', content: { 'application/json': { schema: { type: 'object', properties: { msg: { type: 'string' } } } } } };
  return {
    post: {
      operationId: `event.${e.key}`,
      summary: e.summary,
      description: e.description + (e.kind === 'callback' ? ' The body of the 200 response is the answer.' : ' Delivery is at least once: de-duplicate by header.event_id.'),
      tags: ['events'],
      'x-lark-event': { kind: e.kind, version: e.version, console: e.console },
      'x-lark-identities': Object.fromEntries(e.identityList.map((id) => [id, { scopes: e.identities[id]!.scopes }])),
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: envelope,
            example: { schema: '2.0', header: exampleHeader(e), event: e.example },
          },
        },
      },
      responses: { '200': answer, default: { description: 'Anything else (or no answer in time): the platform retries later' } },
    },
  };
}

function exampleHeader(e: EventType): JsonSchema {
  return { event_id: `ev_${e.key.replace(/[^a-z0-9]/g, '')}`, event_type: e.key, create_time: '1764840000000', token: 'verification-token', app_id: 'cli_a1b2c3d4e5f60718', tenant_key: 'tenant_demo' };
}

function eventHeader(): JsonSchema {
  return {
    type: 'object',
    description: 'The header of a 2.0 event envelope.',
    required: ['event_id', 'event_type', 'create_time', 'app_id'],
    properties: {
      event_id: { type: 'string', description: 'Unique per event; repeated deliveries of one event share it.' },
      event_type: { type: 'string', description: 'The event key.' },
      create_time: { type: 'string', pattern: '^[0-9]+$', description: 'When the event happened, in milliseconds since the Unix epoch.' },
      token: { type: 'string', description: "The app's verification token." },
      app_id: { type: 'string', description: 'The app the event is for.' },
      tenant_key: { type: 'string', description: 'The tenant the event happened in.' },
    },
  };
}

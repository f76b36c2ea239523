import type {
  Body, Field, FieldMap, Flag, Identities, Identity, IdentityRule, MethodExample, Response, ShortcutRule,
} from './model.js';

/* Raw shapes: what a structurally valid spec file holds (checked by the JSON Schemas first). */
export interface RawField {
  type?: Field['type'];
  ref?: string;
  description?: string;
  required?: boolean;
  enum?: (string | number)[];
  enumDescriptions?: Record<string, string>;
  format?: Field['format'];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  maxBytes?: number;
  pattern?: string;
  default?: unknown;
  example?: unknown;
  repeated?: boolean;
  deprecated?: boolean;
  idempotencyKey?: boolean;
  card?: true | { when: { field: string; equals: string } };
  properties?: Record<string, RawField>;
  items?: RawField;
  additionalProperties?: boolean | RawField;
}

export interface RawMethod {
  version: string;
  http: string;
  path: string;
  summary: string;
  description: string;
  risk: string;
  identities: Record<string, { scopes: { anyOf?: string[]; allOf?: string[] }; note?: string }>;
  pathParams?: Record<string, RawField>;
  query?: Record<string, RawField>;
  body?: { encoding: 'json' | 'multipart'; required?: boolean; fields: Record<string, RawField> };
  response: RawField | { binary: true; contentTypes?: string[]; range?: boolean };
  pagination?: { pageToken: string; pageSize: string; items: string; hasMore: string; nextToken: string };
  rateLimit?: { perMinute?: number; perSecond?: number; note?: string };
  limits?: string[];
  errors: { code: number; http: number; message: string; meaning: string; fix?: string }[];
  examples: MethodExample[];
  notes?: string[];
}

export interface RawShortcutCall {
  method: string;
  as?: Identity;
  with?: string | string[];
  enriches?: string;
}

export interface RawShortcut {
  name: string;
  summary: string;
  description: string;
  risk: string;
  identities: RawMethod['identities'];
  defaultIdentity: Identity;
  calls: (string | RawShortcutCall)[];
  pagination?: boolean;
  formats?: boolean;
  flags: Record<string, Omit<Flag, 'name' | 'required' | 'stdin'> & { required?: boolean; stdin?: boolean }>;
  rules?: Record<string, unknown>[];
  output: { description?: string; fields: Record<string, RawField> };
  errors?: { code: number; fix: string; as?: 'bot' | 'user' }[];
  examples: { title: string; command: string }[];
  notes?: string[];
}

/** Looks up the type of a shared schema so a `ref` field carries the type it stands for. */
export type RefTypeLookup = (name: string) => Field['type'] | undefined;

export function normalizeField(raw: RawField, refType: RefTypeLookup): Field {
  const type = raw.ref ? (refType(raw.ref) ?? 'any') : (raw.type ?? 'any');
  const f: { -readonly [K in keyof Field]: Field[K] } = {
    type,
    required: raw.required ?? false,
    repeated: raw.repeated ?? false,
    deprecated: raw.deprecated ?? false,
  };
  if (raw.ref !== undefined) f.ref = raw.ref;
  if (raw.description !== undefined) f.description = raw.description;
  if (raw.enum !== undefined) f.enum = raw.enum;
  if (raw.enumDescriptions !== undefined) f.enumDescriptions = raw.enumDescriptions;
  if (raw.format !== undefined) f.format = raw.format;
  if (raw.minimum !== undefined) f.minimum = raw.minimum;
  if (raw.maximum !== undefined) f.maximum = raw.maximum;
  if (raw.minLength !== undefined) f.minLength = raw.minLength;
  if (raw.maxLength !== undefined) f.maxLength = raw.maxLength;
  if (raw.minItems !== undefined) f.minItems = raw.minItems;
  if (raw.maxItems !== undefined) f.maxItems = raw.maxItems;
  if (raw.maxBytes !== undefined) f.maxBytes = raw.maxBytes;
  if (raw.pattern !== undefined) f.pattern = raw.pattern;
  if (raw.default !== undefined) f.default = raw.default;
  if (raw.example !== undefined) f.example = raw.example;
  if (raw.idempotencyKey) f.idempotencyKey = true;
  if (raw.card !== undefined) f.card = raw.card === true ? {} : { when: { field: raw.card.when.field, equals: raw.card.when.equals } };
  if (raw.properties !== undefined) f.properties = normalizeFields(raw.properties, refType);
  if (raw.items !== undefined) f.items = normalizeField(raw.items, refType);
  if (raw.additionalProperties !== undefined) {
    f.additionalProperties =
      typeof raw.additionalProperties === 'boolean' ? raw.additionalProperties : normalizeField(raw.additionalProperties, refType);
  }
  return f;
}

export function normalizeFields(raw: Record<string, RawField> | undefined, refType: RefTypeLookup): FieldMap {
  const out: Record<string, Field> = {};
  for (const [name, f] of Object.entries(raw ?? {})) out[name] = normalizeField(f, refType);
  return out;
}

const IDENTITY_ORDER: readonly Identity[] = ['bot', 'user'];

export function normalizeIdentities(raw: RawMethod['identities']): { identities: Identities; identityList: Identity[] } {
  const identities: Partial<Record<Identity, IdentityRule>> = {};
  const identityList: Identity[] = [];
  for (const id of IDENTITY_ORDER) {
    const r = raw[id];
    if (!r) continue;
    identities[id] = {
      scopes: { anyOf: r.scopes.anyOf ?? [], allOf: r.scopes.allOf ?? [] },
      ...(r.note !== undefined ? { note: r.note } : {}),
    };
    identityList.push(id);
  }
  return { identities, identityList };
}

export function normalizeBody(raw: RawMethod['body'], refType: RefTypeLookup): Body | undefined {
  if (!raw) return undefined;
  return { encoding: raw.encoding, required: raw.required ?? false, fields: normalizeFields(raw.fields, refType) };
}

export function normalizeResponse(raw: RawMethod['response'], refType: RefTypeLookup): Response {
  if ('binary' in raw && raw.binary === true) {
    return { kind: 'binary', contentTypes: raw.contentTypes ?? [], range: raw.range ?? false };
  }
  return { kind: 'json', data: normalizeField(raw as RawField, refType) };
}

export function normalizeRules(raw: Record<string, unknown>[] | undefined): ShortcutRule[] {
  const out: ShortcutRule[] = [];
  for (const r of raw ?? []) {
    const message = typeof r.message === 'string' ? r.message : undefined;
    const extra = message !== undefined ? { message } : {};
    for (const kind of ['exactlyOne', 'atMostOne', 'atLeastOne', 'differ'] as const) {
      if (Array.isArray(r[kind])) out.push({ kind, flags: r[kind] as string[], ...extra });
    }
    const req = r.requires as { flag: string; with: string[] } | undefined;
    if (req) out.push({ kind: 'requires', flag: req.flag, flags: req.with, ...extra });
  }
  return out;
}

export function normalizeFlags(raw: RawShortcut['flags']): Record<string, Flag> {
  const out: Record<string, Flag> = {};
  for (const [name, f] of Object.entries(raw)) {
    out[name] = { ...f, name, required: f.required ?? false, stdin: f.stdin ?? false };
  }
  return out;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/**
 * The shapes of the generated command metadata (src/generated/**). The generator
 * (generators/src/cli) writes plain data of these types; the runtime only reads it.
 * Only type imports, so that loading one command loads nothing else: the vocabulary is the
 * spec model's own.
 */
import type { Identity, Risk, HttpMethod, FieldType, Flag, FlagType, ShortcutRule } from '@larkgen/spec';
import type { Field, FieldMap } from '@larkgen/spec/fields';

export type { Identity, Risk, HttpMethod, FieldType, ShortcutRule };
export type ShortcutFlagType = FlagType;
/** A shortcut flag exactly as the spec model declares it. */
export type ShortcutFlag = Flag;

/** A request or response field: the spec package's one field model. */
export type FieldMeta = Field;
export type FieldMapMeta = FieldMap;

export interface ScopeRuleMeta {
  readonly anyOf: readonly string[];
  readonly allOf: readonly string[];
}

/** How a typed per-field flag is read from the command line. */
export type FlagKind = 'string' | 'integer' | 'number' | 'boolean' | 'json' | 'list' | 'file';

/** A typed flag of an API command, standing for one top-level path, query or body field. */
export interface FieldFlag {
  /** Flag name without the leading dashes, e.g. `receive-id-type`. */
  readonly flag: string;
  /** The spec field it sets, e.g. `receive_id_type`. */
  readonly field: string;
  readonly in: 'path' | 'query' | 'body';
  readonly kind: FlagKind;
  /** For `list`: the element kind. */
  readonly item?: 'string' | 'integer' | 'number' | 'boolean';
  readonly required: boolean;
  readonly enum?: readonly (string | number)[];
  /** Short placeholder for help, e.g. `STRING`, `JSON`, `PATH`. */
  readonly placeholder: string;
  /** One-line help text. */
  readonly help: string;
}

export interface PaginationMeta {
  readonly pageToken: string;
  readonly pageSize: string;
  readonly items: string;
  readonly hasMore: string;
  readonly nextToken: string;
}

/** Everything needed to parse, validate and send one API method (no docs). */
export interface MethodCommand {
  readonly id: string;
  readonly service: string;
  readonly resource: string;
  readonly name: string;
  readonly http: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly risk: Risk;
  readonly identities: Readonly<Partial<Record<Identity, ScopeRuleMeta>>>;
  readonly identityList: readonly Identity[];
  readonly pathParams: FieldMapMeta;
  readonly query: FieldMapMeta;
  readonly body?: { readonly encoding: 'json' | 'multipart'; readonly required: boolean; readonly fields: FieldMapMeta };
  readonly response: 'json' | 'binary';
  readonly pagination?: PaginationMeta;
  readonly flags: readonly FieldFlag[];
  /** Shared schemas the request fields refer to (transitively), by name. */
  readonly schemas: FieldMapMeta;
}

export interface ErrorMeta {
  readonly code: number;
  readonly http: number;
  readonly message: string;
  readonly meaning: string;
  readonly fix?: string;
}

export interface MethodExampleMeta {
  readonly title: string;
  readonly as?: Identity;
  readonly request: { readonly path?: unknown; readonly query?: unknown; readonly body?: unknown };
  readonly response: unknown;
  /** The same request as a lark-cli command line with typed flags. */
  readonly command: string;
  /** The same request with --params/--data. */
  readonly rawCommand: string;
}

/** The documentation part of a method: loaded for help and `schema` only. */
export interface MethodDoc {
  readonly id: string;
  readonly version: string;
  readonly description: string;
  readonly identityNotes: Readonly<Partial<Record<Identity, string>>>;
  readonly usage: string;
  readonly response: { readonly kind: 'json'; readonly data: FieldMeta } | { readonly kind: 'binary'; readonly contentTypes: readonly string[]; readonly range: boolean };
  readonly rateLimit?: { readonly perMinute?: number; readonly perSecond?: number; readonly note?: string };
  readonly limits: readonly string[];
  readonly errors: readonly ErrorMeta[];
  readonly examples: readonly MethodExampleMeta[];
  readonly notes: readonly string[];
  /** Shared schemas the response refers to (transitively) that the command part does not carry. */
  readonly schemas: FieldMapMeta;
  readonly source: string;
}

export interface ShortcutCommand {
  readonly service: string;
  readonly name: string;
  readonly command: string;
  readonly summary: string;
  readonly description: string;
  readonly risk: Risk;
  readonly identities: Readonly<Partial<Record<Identity, ScopeRuleMeta>>>;
  readonly identityNotes: Readonly<Partial<Record<Identity, string>>>;
  readonly identityList: readonly Identity[];
  readonly defaultIdentity: Identity;
  readonly calls: readonly string[];
  readonly pagination: boolean;
  readonly formats: boolean;
  readonly flags: readonly ShortcutFlag[];
  readonly rules: readonly ShortcutRule[];
  readonly output: { readonly description?: string; readonly fields: FieldMapMeta };
  /** Next steps by error code; an entry with `as` applies to that identity only. */
  readonly errors: readonly { readonly code: number; readonly fix: string; readonly as?: Identity }[];
  readonly examples: readonly { readonly title: string; readonly command: string }[];
  readonly notes: readonly string[];
  readonly source: string;
}

export interface MethodIndexEntry {
  readonly name: string;
  readonly summary: string;
  readonly http: HttpMethod;
  readonly path: string;
  readonly risk: Risk;
  readonly identities: readonly Identity[];
}

export interface ResourceIndexEntry {
  readonly name: string;
  readonly description: string;
  readonly methods: readonly MethodIndexEntry[];
}

export interface ShortcutIndexEntry {
  readonly command: string;
  readonly summary: string;
  readonly risk: Risk;
  readonly identities: readonly Identity[];
}

export interface ServiceIndexEntry {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly brands: Readonly<Record<'feishu' | 'lark', { readonly openHost: string; readonly accountsHost: string }>>;
  readonly resources: readonly ResourceIndexEntry[];
  readonly shortcuts: readonly ShortcutIndexEntry[];
}

export interface ScopeIndexEntry {
  readonly name: string;
  readonly service: string;
  readonly description: string;
  readonly identities: readonly Identity[];
  readonly sensitive: boolean;
}

/** Names of the global flags; a field whose flag name would clash is renamed. */
export const GLOBAL_FLAG_NAMES: readonly string[] = [
  'as', 'format', 'jq', 'page-all', 'page-limit', 'page-delay', 'dry-run', 'output', 'file',
  'profile', 'base-url', 'yes', 'params', 'data', 'help', 'version', 'no-color', 'quiet',
];

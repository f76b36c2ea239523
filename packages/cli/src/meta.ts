/**
 * The shapes of the generated command metadata (src/generated/**). The generator
 * (generators/src/cli) writes plain data of these types; the runtime only reads it.
 * Only type imports, so that loading one command loads nothing else: the vocabulary is the
 * spec model's own.
 */
import type {
  Identity, Risk, HttpMethod, FieldType, EventParam, EventType, Flag, FlagType, Method, Resource, Scope, ScopeRule, Service, Shortcut, ShortcutRule,
} from '@larkgen/spec';
import type { Field, FieldMap } from '@larkgen/spec/fields';

export type { Identity, Risk, HttpMethod, FieldType, ShortcutRule };
export type ShortcutFlagType = FlagType;
/** A shortcut flag exactly as the spec model declares it. */
export type ShortcutFlag = Flag;

/** A request or response field: the spec package's one field model. */
export type FieldMeta = Field;
export type FieldMapMeta = FieldMap;

export type ScopeRuleMeta = ScopeRule;

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

/** The SDK's module, as a type only: the CLI loads it lazily (see core/client.ts). */
export type SdkModule = typeof import('@larkgen/sdk');

/** What the SDK gives for one method: a standalone function (with `pages` when paginated). */
export interface SdkBinding {
  (client: import('@larkgen/sdk').LarkCore, req: never, opts?: object): Promise<unknown>;
  readonly descriptor: import('@larkgen/sdk').MethodDescriptor;
  readonly pages?: (client: import('@larkgen/sdk').LarkCore, req: never, opts?: object) => AsyncGenerator<unknown, void, undefined>;
}

/** A generated method module: the command's data and the SDK function it calls. */
export interface MethodModule {
  readonly command: MethodCommand;
  readonly binding: (sdk: SdkModule) => SdkBinding;
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

/** A shortcut as the spec model declares it, with its flags as a list, identities as scope rules and the source as text. */
export interface ShortcutCommand extends Omit<Shortcut, 'identities' | 'flags' | 'output' | 'source' | 'callPlan'> {
  readonly identities: Readonly<Partial<Record<Identity, ScopeRuleMeta>>>;
  readonly identityNotes: Readonly<Partial<Record<Identity, string>>>;
  /** Which identity it runs as without --as, in the words of its docs page. */
  readonly identityChoice: string;
  readonly flags: readonly ShortcutFlag[];
  readonly output: { readonly description?: string; readonly fields: FieldMapMeta };
  readonly source: string;
}

/** The identities of an index entry, as a list in the model's fixed order. */
interface IdentityListed {
  readonly identities: readonly Identity[];
}

export type MethodIndexEntry = Pick<Method, 'name' | 'summary' | 'http' | 'path' | 'risk'> & IdentityListed;

export type ResourceIndexEntry = Pick<Resource, 'name' | 'description'> & { readonly methods: readonly MethodIndexEntry[] };

export type ShortcutIndexEntry = Pick<Shortcut, 'command' | 'summary' | 'risk'> & IdentityListed;

export type ServiceIndexEntry = Pick<Service, 'name' | 'title' | 'description' | 'brands'> & {
  readonly resources: readonly ResourceIndexEntry[];
  readonly shortcuts: readonly ShortcutIndexEntry[];
};

export type ScopeIndexEntry = Scope;

/** Names of the global flags; a field whose flag name would clash is renamed. */
export { GLOBAL_FLAG_NAMES } from '@larkgen/spec/global-flags';

/** A `-p name=value` filter of `lark-cli event consume`: compares one payload field. */
export type EventParamMeta = EventParam;

/** An event or callback as `lark-cli event` knows it: the model's event with JSON Schemas for its payloads. */
export interface EventCommand
  extends Pick<EventType, 'key' | 'service' | 'kind' | 'version' | 'summary' | 'description' | 'console' | 'output' | 'example' | 'answerExample' | 'notes'> {
  readonly identities: Readonly<Partial<Record<Identity, ScopeRuleMeta>>>;
  readonly identityNotes: Readonly<Partial<Record<Identity, string>>>;
  readonly params: readonly EventParamMeta[];
  /** JSON Schema of the envelope's `event`, self-contained (`$defs`). */
  readonly payloadSchema: Readonly<Record<string, unknown>>;
  readonly answerSchema?: Readonly<Record<string, unknown>>;
  readonly source: string;
}

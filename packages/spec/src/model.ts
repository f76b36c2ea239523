/**
 * The typed model every generator consumes. It is plain, frozen data: no classes, no methods,
 * so it can be serialised, snapshotted and compared byte for byte.
 */
import type { Field as BaseField, FieldFormat, FieldType } from './fields/field.js';

export type Identity = 'user' | 'bot';
export type Risk = 'read' | 'write' | 'high-risk-write';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type { FieldFormat, FieldType };

/** Where a spec element was written: `file` is relative to the repository root. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface ScopeRule {
  /** At least one of these is needed (empty = no such condition). */
  readonly anyOf: readonly string[];
  /** Every one of these is needed. */
  readonly allOf: readonly string[];
}

export interface IdentityRule {
  readonly scopes: ScopeRule;
  readonly note?: string;
}

export type Identities = Readonly<Partial<Record<Identity, IdentityRule>>>;

/**
 * A field as the loader returns it: the shared field model (`@larkgen/spec/fields`) with its
 * presence flags always filled in.
 */
export interface Field extends BaseField {
  readonly required: boolean;
  readonly repeated: boolean;
  readonly deprecated: boolean;
  readonly properties?: Readonly<Record<string, Field>>;
  readonly items?: Field;
  readonly additionalProperties?: boolean | Field;
}

export type FieldMap = Readonly<Record<string, Field>>;

export interface Body {
  readonly encoding: 'json' | 'multipart';
  readonly required: boolean;
  readonly fields: FieldMap;
}

export type Response =
  | { readonly kind: 'json'; readonly data: Field }
  | { readonly kind: 'binary'; readonly contentTypes: readonly string[]; readonly range: boolean };

export interface Pagination {
  readonly pageToken: string;
  readonly pageSize: string;
  readonly items: string;
  readonly hasMore: string;
  readonly nextToken: string;
}

/** The request field that makes a write safe to repeat (an explicit spec property). */
export interface Idempotency {
  /** Where the field is declared. */
  readonly in: 'body' | 'query';
  readonly field: string;
  /** Clients fill it with a fresh UUID when the caller gives none, so the call may be retried. */
  readonly auto: boolean;
}

export interface RateLimit {
  readonly perMinute?: number;
  readonly perSecond?: number;
  readonly note?: string;
}

export interface ServiceTask {
  readonly title: string;
  readonly given: string;
  readonly steps: readonly { readonly say: string; readonly run: string; readonly exit?: number }[];
}

export interface ErrorSpec {
  readonly code: number;
  readonly http: number;
  readonly message: string;
  readonly meaning: string;
  readonly fix?: string;
}

export interface MethodExample {
  readonly title: string;
  readonly as?: Identity;
  readonly request: {
    readonly path?: Readonly<Record<string, unknown>>;
    readonly query?: Readonly<Record<string, unknown>>;
    readonly body?: Readonly<Record<string, unknown>>;
  };
  readonly response: unknown;
}

export interface Method {
  /** `<service>.<resource>.<name>`, e.g. `im.chat.members.get`. */
  readonly id: string;
  readonly service: string;
  /** Dotted resource name, e.g. `chat.members`. */
  readonly resource: string;
  readonly name: string;
  readonly version: string;
  readonly http: HttpMethod;
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly risk: Risk;
  readonly identities: Identities;
  /** The identities in a fixed order (bot first), for iteration. */
  readonly identityList: readonly Identity[];
  readonly pathParams: FieldMap;
  readonly query: FieldMap;
  readonly body?: Body;
  readonly response: Response;
  readonly pagination?: Pagination;
  readonly idempotency?: Idempotency;
  readonly rateLimit?: RateLimit;
  readonly limits: readonly string[];
  readonly errors: readonly ErrorSpec[];
  readonly examples: readonly MethodExample[];
  readonly notes: readonly string[];
  readonly source: SourceRef;
}

export interface Resource {
  readonly service: string;
  readonly name: string;
  readonly description: string;
  /** Its name in the platform's SDKs and MCP tool names, when not the camelCase singular of `name`. */
  readonly platformName?: string;
  /** Method ids, in file order. */
  readonly methods: readonly string[];
  readonly source: SourceRef;
}

export interface Scope {
  readonly name: string;
  readonly service: string;
  readonly description: string;
  readonly identities: readonly Identity[];
  readonly sensitive: boolean;
}

export type FlagType = 'string' | 'integer' | 'boolean' | 'list' | 'path';

export interface Flag {
  readonly name: string;
  readonly type: FlagType;
  readonly description: string;
  readonly required: boolean;
  readonly default?: unknown;
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  readonly stdin: boolean;
  readonly identity?: Identity;
  /** Another spelling: one letter (-x) or a long name (--name). */
  readonly alias?: string;
  readonly placeholder?: string;
  /** Accepted but not shown in help, docs or completions (an older spelling kept for scripts). */
  readonly hidden?: boolean;
}

export type ShortcutRule =
  | { readonly kind: 'exactlyOne' | 'atMostOne' | 'atLeastOne' | 'differ'; readonly flags: readonly string[]; readonly message?: string }
  | { readonly kind: 'requires'; readonly flag: string; readonly flags: readonly string[]; readonly message?: string };

/** One method a shortcut calls, and when. */
export interface ShortcutCall {
  readonly method: string;
  /** Identities the shortcut calls it as: the shortcut's own that the method allows, or the one `as` names. */
  readonly identities: readonly Identity[];
  /** Called only when one of these flags is given (its scopes are needed only then). */
  readonly withFlags?: readonly string[];
  /** What the call adds (sender names, reactions): without its scopes the command still succeeds, less that part. */
  readonly enriches?: string;
}

/** A scope a shortcut needs only sometimes: with a flag, or for an optional enrichment. */
export interface OptionalScope {
  readonly scope: string;
  /** Why, in words: `with --user-id`, `sender names`. */
  readonly reason: string;
  /** Set when the scope is needed because one of these flags was given: the CLI checks it up front then. */
  readonly flags?: readonly string[];
}

export interface Shortcut {
  readonly service: string;
  readonly name: string;
  /** As typed on the command line: `+messages-send`. */
  readonly command: string;
  readonly summary: string;
  readonly description: string;
  readonly risk: Risk;
  /**
   * Per identity, the scopes every run needs: what the spec declares plus what each always-called
   * method needs as that identity (computed by the loader, so docs, CLI and MCP agree).
   */
  readonly identities: Identities;
  readonly identityList: readonly Identity[];
  readonly defaultIdentity: Identity;
  /** Ids of the methods it calls, in spec order. */
  readonly calls: readonly string[];
  readonly callPlan: readonly ShortcutCall[];
  /** Per identity, scopes needed only with a flag or for an enrichment (none of them already required). */
  readonly optionalScopes: Readonly<Partial<Record<Identity, readonly OptionalScope[]>>>;
  readonly pagination: boolean;
  readonly formats: boolean;
  readonly flags: Readonly<Record<string, Flag>>;
  readonly rules: readonly ShortcutRule[];
  readonly output: { readonly description?: string; readonly fields: FieldMap };
  /** Next steps by error code; an entry with `as` applies to that identity only. */
  readonly errors: readonly { readonly code: number; readonly fix: string; readonly as?: Identity }[];
  readonly examples: readonly { readonly title: string; readonly command: string }[];
  readonly notes: readonly string[];
  readonly source: SourceRef;
}

/** A `lark-cli event consume -p name=value` filter: compares one payload field. */
export interface EventParam {
  readonly name: string;
  readonly description: string;
  /** Dotted path inside the event payload. */
  readonly field: string;
  /** Accepts a comma-separated list; an event matches any value of it. */
  readonly multi: boolean;
  readonly enum?: readonly string[];
}

/** An event or card callback the platform pushes to an app (`specs/<service>/events/<key>.yaml`). */
export interface EventType {
  /** The platform's event type, e.g. `im.message.receive_v1`, as in the envelope's `header.event_type`. */
  readonly key: string;
  readonly service: string;
  /** `event` is acknowledged; a `callback` is answered within 3 s (`answer`). */
  readonly kind: 'event' | 'callback';
  readonly version: string;
  readonly summary: string;
  readonly description: string;
  readonly identities: Identities;
  readonly identityList: readonly Identity[];
  /** Developer-console settings the event needs, in order. */
  readonly console: readonly string[];
  /** The envelope's `event` object. */
  readonly payload: Field;
  /** Callbacks only: the answer the app may give. */
  readonly answer?: Field;
  /** How `lark-cli event consume` prints it. */
  readonly output: 'envelope' | 'flat';
  readonly params: Readonly<Record<string, EventParam>>;
  readonly example: Readonly<Record<string, unknown>>;
  readonly answerExample?: Readonly<Record<string, unknown>>;
  readonly notes: readonly string[];
  readonly source: SourceRef;
}

export interface Brand {
  readonly openHost: string;
  readonly accountsHost: string;
}

/** The tool sets `lark-cli mcp` offers: method ids and shortcut commands (`+messages-send`). */
export interface McpPresets {
  /** `<service>.default`; every shortcut of the service belongs to it too. */
  readonly default: readonly string[];
  /** This service's part of the cross-service `light` preset. */
  readonly light: readonly string[];
}

export interface Service {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly versions: readonly string[];
  readonly cli: { readonly binary: string; readonly docs: boolean };
  readonly mcp: { readonly presets: McpPresets };
  readonly brands: Readonly<Record<'feishu' | 'lark', Brand>>;
  readonly concepts: readonly { readonly name: string; readonly idPrefix?: string; readonly description: string }[];
  readonly relationships?: string;
  /** Everyday jobs walked through with the commands that do them. */
  readonly tasks: readonly ServiceTask[];
  /** Codes any method of the service can answer with; documented once here. */
  readonly platformErrors: readonly ErrorSpec[];
  readonly notes: readonly { readonly title: string; readonly body: string }[];
  readonly scopes: readonly Scope[];
  readonly resources: readonly Resource[];
  /** Method ids of this service, sorted. */
  readonly methods: readonly string[];
  readonly shortcuts: readonly Shortcut[];
  /** Names of the shared schemas this service declares. */
  readonly schemaNames: readonly string[];
  /** Keys of the events this service declares, sorted. */
  readonly events: readonly string[];
  readonly source: SourceRef;
}

export interface SpecModel {
  readonly services: readonly Service[];
  /** Every method of every service, sorted by id. */
  readonly methods: readonly Method[];
  /** Every event and callback of every service, sorted by key. */
  readonly events: readonly EventType[];
  /** Shared schemas of all services by name (names are unique across services). */
  readonly schemas: Readonly<Record<string, Field>>;
  /** Every scope of every service by name. */
  readonly scopes: Readonly<Record<string, Scope>>;
  /** The spec files the model was built from, relative to the repository root, sorted. */
  readonly files: readonly string[];
  /** The message-card schemas and examples of `specs/cards/`, when the folder exists. */
  readonly cards?: CardSpecs;
}

/** A JSON Schema document as read from disk (draft 2020-12, with `x-lark-*` limit keywords). */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

/** An example card of `specs/cards/examples/`. */
export interface CardExample {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly card: Readonly<Record<string, unknown>>;
}

export interface CardSpecs {
  /** Card 1.0 (loose) and Card 2.0 (strict) JSON Schemas. */
  readonly v1: JsonSchemaDocument;
  readonly v2: JsonSchemaDocument;
  /** Example cards, sorted by name. */
  readonly examples: readonly CardExample[];
  /** The files read, relative to the repository root. */
  readonly files: readonly string[];
}

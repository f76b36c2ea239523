import type { IncomingMessage } from 'node:http';
import type { Identity, Method, SpecModel } from '@larkgen/spec';
import type { ErrorDetail, ErrorTable } from './errors.js';
import type { Actor, State } from './state.js';

export interface UploadedFile {
  readonly field: string;
  readonly filename: string;
  readonly mimeType: string;
  readonly data: Buffer;
}

/** A binary success answer (downloads). */
export interface BinaryAnswer {
  readonly binary: Buffer;
  readonly contentType: string;
  readonly fileName?: string;
}

export interface Runtime {
  readonly model: SpecModel;
  readonly errors: ErrorTable;
  state: State;
  now(): number;
  /** Marks the state as changed (journaled before the next answer). */
  touch(): void;
  readonly userTokenTtlSeconds: number;
}

/** A request's parts once validated; a handler typed for one method sees that method's shapes. */
export interface RequestParts {
  readonly path: object;
  readonly query: object;
  readonly body: object;
}

/** Parts as helpers shared by several methods see them. */
interface LooseParts {
  readonly path: Record<string, any>;
  readonly query: Record<string, any>;
  readonly body: Record<string, any>;
}

/** Everything a handler needs for one call. */
export interface Ctx<R extends RequestParts = LooseParts> {
  readonly rt: Runtime;
  readonly state: State;
  readonly method: Method;
  readonly identity: Identity;
  readonly actor: Actor;
  readonly appId: string;
  readonly path: R['path'];
  readonly query: R['query'];
  readonly body: R['body'];
  readonly files: Record<string, UploadedFile>;
  readonly req: IncomingMessage;
  readonly now: number;
  /** Throws the method's documented error `code` (our explanation in `message`). */
  fail(code: number, message?: string, detail?: ErrorDetail, msgArgs?: string): never;
  /** Throws the method's invalid-parameter error with one field violation. */
  invalid(field: string, description: string, value?: unknown): never;
}

/** A handler written for any method (shared helpers); `MethodHandler<id>` types one method's request. */
export type Handler = (ctx: Ctx) => unknown;

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

/** Everything a handler needs for one call. */
export interface Ctx {
  readonly rt: Runtime;
  readonly state: State;
  readonly method: Method;
  readonly identity: Identity;
  readonly actor: Actor;
  readonly appId: string;
  readonly path: Record<string, any>;
  readonly query: Record<string, any>;
  readonly body: Record<string, any>;
  readonly files: Record<string, UploadedFile>;
  readonly req: IncomingMessage;
  readonly now: number;
  /** Throws the method's documented error `code` (our explanation in `message`). */
  fail(code: number, message?: string, detail?: ErrorDetail, msgArgs?: string): never;
  /** Throws the method's invalid-parameter error with one field violation. */
  invalid(field: string, description: string, value?: unknown): never;
}

export type Handler = (ctx: Ctx) => unknown;

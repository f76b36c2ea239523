/** The shape of a route of the emulator's control API (`/__emulator/…`), and how it is listed. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type querystring from 'node:querystring';
import type { Internals } from './internals.js';

/** What a control route's handler is given. */
export interface AdminCall {
  readonly it: Internals;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly query: querystring.ParsedUrlQuery;
  /** The request body: a JSON object, or form fields; `{}` when empty. */
  body(): Promise<Record<string, any>>;
  /** Answers `{code: 0, msg: "success", data}`. */
  ok(data?: unknown): void;
  /** Answers `{code: 400, msg: message}` with the HTTP status given. */
  bad(status: number, message: string): void;
}

export interface AdminRoute {
  /** A `PUT` route answers `POST` too. */
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  /** For the listing of `GET /__emulator`: the query it reads, the body it takes, a note. */
  readonly query?: string;
  readonly body?: string;
  readonly note?: string;
  /** Left out of the listing (the listing itself, the device page's form). */
  readonly unlisted?: true;
  handle(call: AdminCall): unknown;
}

/** The route as `GET /__emulator` lists it: `PUT  /__emulator/faults {errorRate?, …}`. */
export function routeLine(r: AdminRoute): string {
  const head = `${r.method.padEnd(4)} ${r.path}${r.query ? `?${r.query}` : ''}`;
  return [head, r.body, r.note && `(${r.note})`].filter(Boolean).join(' ');
}

/** `?limit=N` of the log routes: 100 by default, at most 1000. */
export function limitOf(query: querystring.ParsedUrlQuery): number {
  return Math.max(1, Math.min(1000, Number(query.limit ?? 100) || 100));
}

/**
 * The request log: the last `capacity` calls, oldest first. Kept as columns of a ring, so that
 * recording a call stores a few values in slots that already exist — no entry object per call for
 * the garbage collector to copy and promote while it waits out the next thousand calls. Entries
 * are made when someone reads the log (the admin API, the console, a test).
 */
import type { RequestLogEntry } from './internals.js';

export class RequestLog {
  private readonly at: number[];
  private readonly logId: string[];
  private readonly http: string[];
  private readonly path: string[];
  private readonly methodId: (string | undefined)[];
  private readonly identity: (string | undefined)[];
  private readonly caller: (string | undefined)[];
  private readonly status: number[];
  private readonly code: (number | undefined)[];
  private readonly ms: number[];
  /** The slot the next call goes in; once the ring is full, also the oldest entry. */
  private next = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    const column = <T>(fill: T): T[] => new Array<T>(capacity).fill(fill);
    this.at = column(0);
    this.logId = column('');
    this.http = column('');
    this.path = column('');
    this.methodId = column<string | undefined>(undefined);
    this.identity = column<string | undefined>(undefined);
    this.caller = column<string | undefined>(undefined);
    this.status = column(0);
    this.code = column<number | undefined>(undefined);
    this.ms = column(0);
  }

  /** Records one call, dropping the oldest when the log is full. */
  add(
    at: number,
    logId: string,
    http: string,
    path: string,
    methodId: string | undefined,
    identity: string | undefined,
    caller: string | undefined,
    status: number,
    code: number | undefined,
    ms: number,
  ): void {
    const i = this.next;
    this.at[i] = at;
    this.logId[i] = logId;
    this.http[i] = http;
    this.path[i] = path;
    this.methodId[i] = methodId;
    this.identity[i] = identity;
    this.caller[i] = caller;
    this.status[i] = status;
    this.code[i] = code;
    this.ms[i] = ms;
    this.next = i + 1 === this.capacity ? 0 : i + 1;
    if (this.count < this.capacity) this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** The recorded calls, oldest first (new objects: later calls do not change them). */
  entries(): RequestLogEntry[] {
    const out: RequestLogEntry[] = [];
    const first = this.count < this.capacity ? 0 : this.next;
    for (let n = 0; n < this.count; n++) {
      const i = (first + n) % this.capacity;
      out.push({
        at: this.at[i]!,
        log_id: this.logId[i]!,
        http: this.http[i]!,
        path: this.path[i]!,
        method_id: this.methodId[i],
        identity: this.identity[i],
        caller: this.caller[i],
        status: this.status[i]!,
        code: this.code[i],
        ms: this.ms[i]!,
      });
    }
    return out;
  }
}

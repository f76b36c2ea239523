/**
 * Joins a data frame's fragments: a large payload arrives as `sum` frames sharing a `message_id`,
 * numbered by `seq` from 0. Incomplete messages are dropped after `ttlMs` so that a lost fragment
 * cannot hold memory forever.
 */
interface Partial {
  readonly parts: (Uint8Array | undefined)[];
  received: number;
  readonly expires: number;
}

export class FragmentBuffer {
  readonly #pending = new Map<string, Partial>();

  constructor(
    readonly ttlMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Adds one fragment; returns the whole payload once every fragment is in, else undefined. */
  add(messageId: string, sum: number, seq: number, part: Uint8Array): Uint8Array | undefined {
    if (sum <= 1) return part;
    if (!Number.isInteger(seq) || seq < 0 || seq >= sum) throw new RangeError(`fragment ${seq} of ${sum} is out of range`);
    this.#expire();
    let p = this.#pending.get(messageId);
    if (!p || p.parts.length !== sum) {
      p = { parts: new Array<Uint8Array | undefined>(sum).fill(undefined), received: 0, expires: this.now() + this.ttlMs };
      this.#pending.set(messageId, p);
    }
    if (p.parts[seq] === undefined) p.received++;
    p.parts[seq] = part;
    if (p.received < sum) return undefined;
    this.#pending.delete(messageId);
    const size = p.parts.reduce((n, x) => n + x!.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const x of p.parts) {
      out.set(x!, at);
      at += x!.length;
    }
    return out;
  }

  /** Messages still waiting for fragments. */
  get pending(): number {
    this.#expire();
    return this.#pending.size;
  }

  #expire(): void {
    const t = this.now();
    for (const [id, p] of this.#pending) if (p.expires <= t) this.#pending.delete(id);
  }
}

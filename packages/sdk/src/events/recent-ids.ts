/**
 * The event ids seen lately, at most `capacity` of them (oldest forgotten first): enough to drop
 * the platform's repeated deliveries without memory growing with traffic.
 */
export class RecentIds {
  readonly #ids = new Set<string>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`the duplicate window must be a positive integer, got ${capacity}`);
  }

  /** Records the id; false when it was already there. */
  add(id: string): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) this.#ids.delete(this.#ids.values().next().value!);
    return true;
  }

  /** Forgets an id so that its next delivery is handled again (after a failure). */
  delete(id: string): void {
    this.#ids.delete(id);
  }

  get size(): number {
    return this.#ids.size;
  }
}

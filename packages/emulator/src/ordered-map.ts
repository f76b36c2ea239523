/**
 * A Map that also keeps its keys in an array, in insertion order, so that "the entries added since
 * it held n entries" is a slice rather than a walk over every entry (the event hub asks that after
 * every write; a walk made each message create cost O(messages so far)).
 */
export class InsertionOrderedMap<K, V> extends Map<K, V> {
  /** Keys in insertion order; dropped after a delete and rebuilt when next asked for. */
  #order: K[] | undefined = [];

  override set(key: K, value: V): this {
    // Map's constructor calls set() before the field above exists; nothing is passed to it here.
    if (!this.#order) return super.set(key, value);
    // One lookup rather than has() then set(): a new key is one that grows the map.
    const size = this.size;
    super.set(key, value);
    if (this.size !== size) this.#order.push(key);
    return this;
  }

  override delete(key: K): boolean {
    const had = super.delete(key);
    if (had) this.#order = undefined;
    return had;
  }

  override clear(): void {
    super.clear();
    this.#order = [];
  }

  /** The values of the entries after the first `size`, in insertion order. */
  valuesAfter(size: number): V[] {
    if (this.size <= size) return [];
    const order = (this.#order ??= [...super.keys()]);
    return order.slice(size).map((k) => super.get(k)!);
  }
}

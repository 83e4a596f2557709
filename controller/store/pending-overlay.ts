// Read-your-writes for LMDB range reads. lmdb-js commits asynchronous writes a moment later,
// and until then neither get() nor getRange() sees them; an API call right after an event
// arrived must still list it. Values written but not yet committed wait here, grouped (per
// device) and keyed by their sequence number n, and reads merge them into the committed
// range. The overlay only ever holds one commit's worth of writes.

export class PendingOverlay<V> {
  readonly #groups = new Map<string, Map<number, V>>();

  /** Holds `value` under (group, n) until `committed` settles. */
  add(group: string, n: number, value: V, committed: Promise<unknown>): void {
    let entries = this.#groups.get(group);
    if (!entries) {
      entries = new Map();
      this.#groups.set(group, entries);
    }
    entries.set(n, value);
    void committed.finally(() => {
      const current = this.#groups.get(group);
      // A later write of the same n (e.g. an audit completion) keeps its own entry.
      if (current?.get(n) !== value) return;
      current.delete(n);
      if (current.size === 0) this.#groups.delete(group);
    });
  }

  get(group: string, n: number): V | undefined {
    return this.#groups.get(group)?.get(n);
  }

  dropGroup(group: string): void {
    this.#groups.delete(group);
  }

  /**
   * Merges `committed` (newest first, i.e. descending n) with the pending values of `group`;
   * a pending value replaces a committed one with the same n (it is the newer write).
   */
  *newestFirst(group: string, committed: Iterable<[number, V]>): Generator<[number, V]> {
    const entries = this.#groups.get(group);
    if (!entries || entries.size === 0) {
      yield* committed;
      return;
    }
    const pending = [...entries].sort((a, b) => b[0] - a[0]);
    let i = 0;
    for (const [n, value] of committed) {
      for (let p = pending[i]; p !== undefined && p[0] >= n; p = pending[++i]) yield p;
      if (!entries.has(n)) yield [n, value];
    }
    for (let p = pending[i]; p !== undefined; p = pending[++i]) yield p;
  }
}

// Records the live feed keeps by id — deployments, tasks — fed by its snapshot and deltas and
// by API reads: the newer copy (by updated_ms) wins, so an answer that arrives after a newer
// delta does not move the page back. Records are never mutated; the list is the same array
// until something changes, so views can compare by reference.
export interface BookRecord {
  id: string;
  created_ms: number;
  updated_ms: number;
}

const newestFirst = (a: BookRecord, b: BookRecord) =>
  b.created_ms - a.created_ms || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

export class RecordBook<T extends BookRecord> {
  readonly #byId = new Map<string, T>();
  readonly #isActive: (record: T) => boolean;
  readonly #order: (a: T, b: T) => number;
  #list: T[] | undefined;

  constructor(isActive: (record: T) => boolean, order: (a: T, b: T) => number = newestFirst) {
    this.#isActive = isActive;
    this.#order = order;
  }

  /**
   * A snapshot holds every active record and the newest finished ones. One this page held as
   * active that the snapshot lacks has ended meanwhile (and is older than the snapshot's
   * finished ones): it is dropped rather than shown as still going.
   */
  applySnapshot(records: readonly T[]): void {
    const fresh = new Set(records.map((r) => r.id));
    for (const [id, r] of this.#byId) if (this.#isActive(r) && !fresh.has(id)) this.#byId.delete(id);
    for (const r of records) this.#byId.set(r.id, r);
    this.#list = undefined;
  }

  /** A record from a delta or from the API; an older copy than the one held is ignored. */
  put(record: T): boolean {
    const held = this.#byId.get(record.id);
    if (held && held.updated_ms > record.updated_ms) return false;
    this.#byId.set(record.id, record);
    this.#list = undefined;
    return true;
  }

  merge(records: readonly T[]): void {
    for (const r of records) this.put(r);
  }

  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  list(): T[] {
    this.#list ??= [...this.#byId.values()].sort(this.#order);
    return this.#list;
  }
}

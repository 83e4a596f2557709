// The workload names this device has a retained mc/{d}/workloads/{w} message for, kept in
// LMDB. A workload removed while the daemon was down (or disconnected) still has its
// retained state on the broker; on the next connect the link clears every name in here that
// the supervisor no longer knows. The device cannot read its own retained topics back (the
// ACL lets it subscribe only to cmd, desired and releases), hence this memory.
import type { Database, RootDatabase } from 'lmdb';

export class RetainedNames {
  readonly #db: Database<true, string>;
  readonly #names = new Set<string>();
  readonly #writes = new Set<Promise<unknown>>();

  constructor(root: RootDatabase) {
    this.#db = root.openDB<true, string>({ name: 'fleet_retained_workloads' });
    for (const key of this.#db.getKeys()) this.#names.add(key);
  }

  has(name: string): boolean {
    return this.#names.has(name);
  }

  all(): string[] {
    return [...this.#names];
  }

  add(name: string): void {
    if (this.#names.has(name)) return;
    this.#names.add(name);
    this.#track(this.#db.put(name, true));
  }

  delete(name: string): void {
    if (!this.#names.delete(name)) return;
    this.#track(this.#db.remove(name));
  }

  /** Resolves when every write so far is on disk (before the LMDB env is closed). */
  async flushed(): Promise<void> {
    await Promise.allSettled([...this.#writes]);
  }

  #track(write: Promise<unknown>): void {
    this.#writes.add(write);
    const done = () => this.#writes.delete(write);
    write.then(done, done);
  }
}

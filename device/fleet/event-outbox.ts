// The device's event outbox in LMDB: every encoded Event is appended under its per-device
// seq before it is sent, and removed only after the broker's PUBACK, so events produced
// while the link is down survive both the outage and a daemon restart. The seq counter lives
// here too (it must keep rising across restarts so readers can spot gaps and duplicates).
// Storage only; event-relay.ts decides what to send and what to drop.
import type { Database, RootDatabase } from 'lmdb';

export interface OutboxEntry {
  seq: number;
  payload: Uint8Array;
}

const SEQ_KEY = 'event_seq';
const DROPPED_KEY = 'events_dropped';

export class EventOutbox {
  readonly #entries: Database<Uint8Array, number>;
  readonly #meta: Database<number, string>;
  readonly #writes = new Set<Promise<unknown>>();
  #seq: number;
  #count: number;
  #dropped: number;

  constructor(root: RootDatabase) {
    this.#entries = root.openDB<Uint8Array, number>({ name: 'fleet_outbox', encoding: 'binary' });
    this.#meta = root.openDB<number, string>({ name: 'fleet_meta' });
    let last = 0;
    for (const key of this.#entries.getKeys({ reverse: true, limit: 1 })) last = key;
    // The entry survives even if the counter's write was lost in a crash: take the larger.
    this.#seq = Math.max(this.#meta.get(SEQ_KEY) ?? 0, last);
    this.#count = this.#entries.getCount();
    this.#dropped = this.#meta.get(DROPPED_KEY) ?? 0;
  }

  /** Entries stored (sent but unacknowledged ones included). */
  get size(): number {
    return this.#count;
  }

  /** Events dropped by the bound since this data dir was created. */
  get dropped(): number {
    return this.#dropped;
  }

  get lastSeq(): number {
    return this.#seq;
  }

  /** The next seq; synchronous, so seqs follow the order in which events happened. */
  allocateSeq(): number {
    this.#seq += 1;
    return this.#seq;
  }

  /** Stores one event; resolves once committed (only then do range reads see it). */
  async append(entry: OutboxEntry): Promise<void> {
    await this.#track(
      this.#entries.transaction(() => {
        this.#entries.put(entry.seq, entry.payload);
        this.#meta.put(SEQ_KEY, entry.seq);
      }),
    );
    this.#count += 1;
  }

  /** Records a seq that was used without storing its event (outbox disabled). */
  persistSeq(seq: number): void {
    void this.#track(this.#meta.put(SEQ_KEY, seq));
  }

  /** Up to `limit` entries with seq ≥ `from`, oldest first. */
  range(from: number, limit: number): OutboxEntry[] {
    const out: OutboxEntry[] = [];
    for (const { key, value } of this.#entries.getRange({ start: from, limit })) {
      out.push({ seq: key, payload: value });
    }
    return out;
  }

  /** The lowest stored seq, or undefined when empty. */
  first(): number | undefined {
    for (const key of this.#entries.getKeys({ limit: 1 })) return key;
    return undefined;
  }

  /** Removes an acknowledged entry. */
  remove(seq: number): void {
    if (this.#entries.get(seq) === undefined) return;
    this.#count -= 1;
    void this.#track(this.#entries.remove(seq));
  }

  /** Drops the `n` oldest entries with seq ≥ `from`; returns the last seq dropped. */
  dropOldest(from: number, n: number): number | undefined {
    let last: number | undefined;
    const keys = [...this.#entries.getKeys({ start: from, limit: n })];
    for (const key of keys) {
      last = key;
      void this.#track(this.#entries.remove(key));
    }
    this.#count -= keys.length;
    this.countDropped(keys.length);
    return last;
  }

  /** Counts events lost without ever being stored (outbox disabled and link down). */
  countDropped(n: number): void {
    if (n <= 0) return;
    this.#dropped += n;
    void this.#track(this.#meta.put(DROPPED_KEY, this.#dropped));
  }

  /** Resolves when every write so far is committed (before the LMDB env is closed). */
  async flushed(): Promise<void> {
    await Promise.allSettled([...this.#writes]);
  }

  #track<T>(write: Promise<T>): Promise<T> {
    this.#writes.add(write);
    const done = () => this.#writes.delete(write);
    write.then(done, done);
    return write;
  }
}

// Write batching in front of the broker's LevelDB store. aedes-persistence-level issues one
// LevelDB call per write (retained messages, subscriptions, wills; outgoing-queue.ts writes
// the QoS 1 queues of persistent sessions through here too), each a round trip through
// libuv's thread pool, one at a time per client. Here writes issued while a batch is being
// written are gathered into the next one (one `db.batch` at a time, in order), and a small
// map of recently written values answers the reads that follow a write (the persistence
// re-reads what it just stored).
//
// Guarantees kept: a write's promise resolves only after the batch holding it is written
// (what `db.put` resolved on before — LevelDB's default, no fsync); writes reach the store
// in the order they were issued; a read sees every write issued before it (pending, in
// flight, recent, then the store); iterators and clear() first wait until every earlier
// write is stored, so a range read sees them too.
import type { ClassicLevel } from 'classic-level';

export type Value = Buffer;
export type Db = ClassicLevel<string, Value>;
export type Op = { type: 'put'; key: string; value: Value } | { type: 'del'; key: string };

type Waiter = { resolve: () => void; reject: (err: unknown) => void };

const RECENT_MAX = 20_000;
/**
 * How long a lazy write may wait for a later write to the same key to replace it (a queued
 * message's rewrite when sent, then its delete when acknowledged).
 */
const DEFER_MS = 100;
const BUFFER = { valueEncoding: 'buffer' } as const;

export class LevelWriteBatcher {
  readonly #db: Db;
  /** Written after the batch in flight; `null` = delete. */
  #pending = new Map<string, Value | null>();
  #pendingWaiters: Waiter[] = [];
  #inflight = new Map<string, Value | null>();
  #writing: Promise<void> | undefined;
  /** Values (or absence) of recently stored keys, oldest first. */
  readonly #recent = new Map<string, Value | null>();
  /** Lazy writes waiting up to DEFER_MS before they join the pending ones. */
  #deferred = new Map<string, Value | null>();
  #deferTimer: NodeJS.Timeout | undefined;
  /** Counters for tests and docs: LevelDB batches written and the writes they carried. */
  readonly stats = {
    batches: 0,
    writes: 0,
    lazyWrites: 0,
    readsFromMemory: 0,
    readsFromStore: 0,
    batchMsTotal: 0,
    batchMsMax: 0,
  };

  constructor(db: Db) {
    this.#db = db;
  }

  write(ops: readonly Op[]): Promise<void> {
    for (const op of ops) {
      // A later durable write supersedes a deferred one to the same key.
      this.#deferred.delete(op.key);
      this.#pending.set(op.key, op.type === 'put' ? op.value : null);
    }
    const done = new Promise<void>((resolve, reject) => this.#pendingWaiters.push({ resolve, reject }));
    this.#kick();
    return done;
  }

  /**
   * Queued in order like write(), but the returned promise resolves at once, and the write
   * may wait up to DEFER_MS for a later write to the same key to replace it: for writes
   * whose loss in a crash only means a QoS 1 message is sent again (outgoing-queue.ts). A
   * failure goes to `onLazyError`.
   */
  writeLazy(ops: readonly Op[]): Promise<void> {
    this.stats.lazyWrites += ops.length;
    for (const op of ops) {
      const value = op.type === 'put' ? op.value : null;
      // Behind a pending write to the same key: join it, so order is kept.
      if (this.#pending.has(op.key)) this.#pending.set(op.key, value);
      else this.#deferred.set(op.key, value);
    }
    if (this.#deferred.size > 0 && !this.#deferTimer) {
      this.#deferTimer = setTimeout(() => this.#promoteDeferred(), DEFER_MS);
      this.#deferTimer.unref();
    }
    return Promise.resolve();
  }

  onLazyError: (err: unknown) => void = () => {};

  /** Moves the deferred writes behind the pending ones (the two never share a key). */
  #promoteDeferred(): void {
    if (this.#deferTimer) clearTimeout(this.#deferTimer);
    this.#deferTimer = undefined;
    if (this.#deferred.size === 0) return;
    for (const [key, value] of this.#deferred) this.#pending.set(key, value);
    this.#deferred = new Map();
    const failed = new Promise<void>((resolve, reject) => this.#pendingWaiters.push({ resolve, reject }));
    failed.catch((err: unknown) => this.onLazyError(err));
    this.#kick();
  }

  #kick(): void {
    if (!this.#writing) this.#writing = this.#drain();
  }

  async get(key: string): Promise<Value | undefined> {
    for (const map of [this.#pending, this.#deferred, this.#inflight, this.#recent]) {
      if (map.has(key)) {
        this.stats.readsFromMemory += 1;
        return map.get(key) ?? undefined;
      }
    }
    this.stats.readsFromStore += 1;
    return (await this.#db.get(key, BUFFER)) ?? undefined;
  }

  /** Resolves once every write issued so far is stored (or failed); later writes do not delay it. */
  settled(): Promise<void> {
    this.#promoteDeferred();
    if (!this.#writing && this.#pending.size === 0 && this.#pendingWaiters.length === 0) {
      return Promise.resolve();
    }
    const done = new Promise<void>((resolve) =>
      this.#pendingWaiters.push({ resolve, reject: () => resolve() }),
    );
    this.#kick();
    return done;
  }

  /**
   * A range delete, after every earlier write is stored; forgets the recent values (any may be
   * in range). Only aedes' cleanIncoming uses it (QoS 2 packets of a clean session that ended).
   */
  async clear(range: object): Promise<void> {
    await this.settled();
    this.#recent.clear();
    await this.#db.clear(range);
    this.#recent.clear();
  }

  async #drain(): Promise<void> {
    // Let the writes of this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#pending.size > 0 || this.#pendingWaiters.length > 0) {
      const batch = this.#pending;
      const waiters = this.#pendingWaiters;
      this.#pending = new Map();
      this.#pendingWaiters = [];
      this.#inflight = batch;
      const ops: Op[] = [];
      for (const [key, value] of batch)
        ops.push(value === null ? { type: 'del', key } : { type: 'put', key, value });
      try {
        if (ops.length > 0) {
          const t0 = performance.now();
          await this.#db.batch(ops, BUFFER);
          const ms = performance.now() - t0;
          this.stats.batchMsTotal += ms;
          if (ms > this.stats.batchMsMax) this.stats.batchMsMax = ms;
          this.stats.batches += 1;
          this.stats.writes += ops.length;
        }
        for (const [key, value] of batch) this.#remember(key, value);
        for (const w of waiters) w.resolve();
      } catch (err) {
        for (const w of waiters) w.reject(err);
      } finally {
        this.#inflight = new Map();
      }
    }
    this.#writing = undefined;
  }

  #remember(key: string, value: Value | null): void {
    this.#recent.delete(key);
    this.#recent.set(key, value);
    if (this.#recent.size > RECENT_MAX) {
      const oldest = this.#recent.keys().next();
      if (!oldest.done) this.#recent.delete(oldest.value);
    }
  }
}

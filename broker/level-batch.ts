// Write batching in front of the broker's LevelDB store. aedes-persistence-level issues one
// LevelDB call per step of a message's life: a QoS 1 delivery to a persistent session costs
// a put (enqueue), a get and two puts (message id assigned), a get and two deletes (PUBACK),
// and every retained PUBLISH a put — each a round trip through libuv's thread pool, one at a
// time per client. Here writes issued while a batch is being written are gathered into the
// next one (one `db.batch` at a time, in order), and a small map of recently written values
// answers the reads that follow a write (the persistence re-reads what it just stored).
//
// A QoS 1 message's record for a connected persistent session may wait ACCEPT_DEFER_MS for
// that session's PUBACK, which cancels it (writeAccepted); whenAccepted(tag) says when each
// record of the message is on disk or cancelled, the publisher's PUBACK waits for it.
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
 * How long a lazy write may wait: a QoS 1 delivery's bookkeeping (packet id index, rewrite)
 * and the subscriber's PUBACK that deletes it usually meet within this, and cancel out.
 */
const DEFER_MS = 100;
/**
 * How long an accepted record may wait for its session's PUBACK. 20 / 50 / 100 ms gave 16k /
 * 22k / 24k msg/s of QoS 1 fan-in into a persistent session (docs/benchmarks.md, broker).
 */
const ACCEPT_DEFER_MS = 100;
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
  /** Counters for tests and docs: LevelDB batches written and the writes they carried. */
  readonly stats = {
    batches: 0,
    writes: 0,
    lazyWrites: 0,
    dropped: 0,
    acceptedWrites: 0,
    acceptedDropped: 0,
    readsFromMemory: 0,
    readsFromStore: 0,
    batchMsTotal: 0,
    batchMsMax: 0,
  };

  /** Key prefixes whose keys on disk are known exactly (`#onDisk`). */
  readonly #tracked: readonly string[];
  /** Every stored key under a tracked prefix: loaded by load(), kept by each batch written. */
  readonly #onDisk = new Set<string>();
  /**
   * Pending puts of tracked keys that are not on disk: deleting one before it is written
   * drops both (the key never reaches the store). A QoS 1 message acknowledged before its
   * packet-id index was written costs no write for that index at all.
   */
  #fresh = new Set<string>();
  /** Lazy writes waiting up to DEFER_MS before they join the pending ones. */
  #deferred = new Map<string, Value | null>();
  #deferredFresh = new Set<string>();
  #deferTimer: NodeJS.Timeout | undefined;
  /**
   * Accepted records neither on disk nor cancelled, oldest first (a Map keeps insertion
   * order), with their message's tag and when they were accepted.
   */
  readonly #unaccepted = new Map<string, { tag: string; at: number }>();
  /** Per message tag: its records not yet settled, and who waits for them. */
  readonly #unsettledByTag = new Map<string, { records: number; waiters: Waiter[] }>();
  #acceptTimer: NodeJS.Timeout | undefined;

  readonly #acceptDeferMs: number;

  constructor(db: Db, opts: { trackedPrefixes?: readonly string[]; acceptDeferMs?: number } = {}) {
    this.#db = db;
    this.#tracked = opts.trackedPrefixes ?? [];
    this.#acceptDeferMs = opts.acceptDeferMs ?? ACCEPT_DEFER_MS;
  }

  /** Reads the stored keys under the tracked prefixes; call before the first write. */
  async load(): Promise<void> {
    for (const prefix of this.#tracked) {
      const range = {
        gte: prefix,
        lt: `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`,
      };
      for await (const key of this.#db.keys(range)) this.#onDisk.add(key);
    }
  }

  #isTracked(key: string): boolean {
    for (const prefix of this.#tracked) if (key.startsWith(prefix)) return true;
    return false;
  }

  write(ops: readonly Op[]): Promise<void> {
    for (const op of ops) {
      // A later durable write supersedes a deferred one to the same key.
      const deferred = this.#deferred.has(op.key);
      if (deferred) {
        this.#deferred.delete(op.key);
        if (this.#deferredFresh.delete(op.key)) this.#fresh.add(op.key);
      }
      this.#apply(this.#pending, this.#fresh, op);
    }
    const done = new Promise<void>((resolve, reject) => this.#pendingWaiters.push({ resolve, reject }));
    this.#kick();
    return done;
  }

  /**
   * Queued in order like write(), but the caller does not wait for the store, and the write
   * may wait up to DEFER_MS for a later write to the same key to replace it: for writes
   * whose loss in a crash only means a QoS 1 message is sent again (see isLazy). A failure
   * goes to `onLazyError`.
   */
  writeLazy(ops: readonly Op[]): Promise<void> {
    this.stats.lazyWrites += ops.length;
    for (const op of ops) {
      // Behind a pending write to the same key: join it, so order is kept.
      if (this.#pending.has(op.key)) this.#apply(this.#pending, this.#fresh, op);
      else this.#apply(this.#deferred, this.#deferredFresh, op);
    }
    if (this.#deferred.size > 0 && !this.#deferTimer) {
      this.#deferTimer = setTimeout(() => this.#promoteDeferred(true), DEFER_MS);
      this.#deferTimer.unref();
    }
    return Promise.resolve();
  }

  onLazyError: (err: unknown) => void = () => {};

  /**
   * Puts that accept a QoS 1 message (its first record, one per session it is for; `tags[i]`
   * names the message of `ops[i]`): like writeLazy the caller does not wait, but the put waits
   * at most ACCEPT_DEFER_MS — none when `now` (its session is offline: nothing will cancel
   * it) — and whenAccepted(tag) resolves once it is on disk or was cancelled by a delete
   * before it got there.
   */
  writeAccepted(ops: readonly Op[], tags: readonly string[], now: boolean): Promise<void> {
    const at = performance.now();
    for (const [i, op] of ops.entries()) {
      const tag = tags[i] ?? '';
      this.stats.acceptedWrites += 1;
      if (this.#unaccepted.has(op.key)) continue;
      this.#unaccepted.set(op.key, { tag, at });
      const unsettled = this.#unsettledByTag.get(tag);
      if (unsettled) unsettled.records += 1;
      else this.#unsettledByTag.set(tag, { records: 1, waiters: [] });
    }
    if (now) {
      // Failures reach whenAccepted's callers (#settleAccepted).
      this.write(ops).catch(() => {});
      return Promise.resolve();
    }
    const lazy = this.writeLazy(ops);
    this.stats.lazyWrites -= ops.length;
    if (!this.#acceptTimer) this.#armAcceptTimer(this.#acceptDeferMs);
    return lazy;
  }

  /**
   * Resolves once every record of the message `tag` (`<brokerId>:<brokerCounter>`) accepted
   * with writeAccepted is on disk or cancelled — at once if it has none; rejects if the
   * batch writing one failed.
   */
  whenAccepted(tag: string): Promise<void> {
    const unsettled = this.#unsettledByTag.get(tag);
    if (!unsettled) return Promise.resolve();
    return new Promise((resolve, reject) => unsettled.waiters.push({ resolve, reject }));
  }

  /** `key` is on disk or will never be (or its write failed: `err`): its acceptance is settled. */
  #settleAccepted(key: string, err?: unknown): void {
    const entry = this.#unaccepted.get(key);
    if (!entry) return;
    this.#unaccepted.delete(key);
    const unsettled = this.#unsettledByTag.get(entry.tag);
    if (!unsettled) return;
    unsettled.records -= 1;
    if (unsettled.records > 0 && err === undefined) return;
    this.#unsettledByTag.delete(entry.tag);
    for (const w of unsettled.waiters) {
      if (err === undefined) w.resolve();
      else w.reject(err);
    }
  }

  #armAcceptTimer(ms: number): void {
    this.#acceptTimer = setTimeout(() => this.#promoteAccepted(), ms);
    this.#acceptTimer.unref();
  }

  /**
   * Moves the accepted records that waited ACCEPT_DEFER_MS behind the pending writes, so
   * they are written now; the timer is set again for the oldest one left.
   */
  #promoteAccepted(): void {
    if (this.#acceptTimer) clearTimeout(this.#acceptTimer);
    this.#acceptTimer = undefined;
    const due = performance.now() - this.#acceptDeferMs;
    let moved = false;
    for (const [key, { at }] of this.#unaccepted) {
      if (at > due) {
        this.#armAcceptTimer(Math.max(1, at - due));
        break;
      }
      if (!this.#deferred.has(key)) continue;
      this.#pending.set(key, this.#deferred.get(key) ?? null);
      this.#deferred.delete(key);
      if (this.#deferredFresh.delete(key)) this.#fresh.add(key);
      moved = true;
    }
    if (!moved) return;
    const failed = new Promise<void>((resolve, reject) => this.#pendingWaiters.push({ resolve, reject }));
    failed.catch((err: unknown) => this.onLazyError(err));
    this.#kick();
  }

  /** Sets `op` in a stage; a delete of a key first put in that stage and not stored drops both. */
  #apply(stage: Map<string, Value | null>, fresh: Set<string>, op: Op): void {
    if (op.type === 'del' && fresh.has(op.key)) {
      fresh.delete(op.key);
      stage.delete(op.key);
      this.stats.dropped += 1;
      if (this.#unaccepted.has(op.key)) {
        this.stats.acceptedDropped += 1;
        this.#settleAccepted(op.key);
      }
      return;
    }
    if (
      op.type === 'put' &&
      !stage.has(op.key) &&
      !this.#onDisk.has(op.key) &&
      !this.#inflight.has(op.key) &&
      !this.#pending.has(op.key) &&
      this.#isTracked(op.key)
    ) {
      fresh.add(op.key);
    }
    stage.set(op.key, op.type === 'put' ? op.value : null);
  }

  /** Moves the deferred writes behind the pending ones (the two never share a key). */
  #promoteDeferred(kick: boolean, accepted = false): void {
    if (this.#deferTimer) clearTimeout(this.#deferTimer);
    this.#deferTimer = undefined;
    if (this.#deferred.size === 0) return;
    // Accepted records keep their own (longer) wait unless everything must go now (settled()).
    const kept = new Map<string, Value | null>();
    const keptFresh = new Set<string>();
    for (const [key, value] of this.#deferred) {
      if (!accepted && this.#unaccepted.has(key)) {
        kept.set(key, value);
        if (this.#deferredFresh.has(key)) keptFresh.add(key);
        continue;
      }
      this.#pending.set(key, value);
      if (this.#deferredFresh.has(key)) this.#fresh.add(key);
    }
    const moved = this.#deferred.size - kept.size;
    this.#deferred = kept;
    this.#deferredFresh = keptFresh;
    if (moved === 0) return;
    const failed = new Promise<void>((resolve, reject) => this.#pendingWaiters.push({ resolve, reject }));
    failed.catch((err: unknown) => this.onLazyError(err));
    if (kick) this.#kick();
  }

  #kick(): void {
    if (!this.#writing) this.#writing = this.#drain();
  }

  /** A value for `key` is pending, deferred, in flight or recently stored (not a delete). */
  holds(key: string): boolean {
    for (const map of [this.#pending, this.#deferred, this.#inflight, this.#recent]) {
      if (map.has(key)) return map.get(key) != null;
    }
    return false;
  }

  /** A tracked key that is on disk (known exactly, without a read). */
  stored(key: string): boolean {
    return this.#onDisk.has(key);
  }

  async get(key: string): Promise<Value | undefined> {
    for (const map of [this.#pending, this.#deferred, this.#inflight, this.#recent]) {
      if (map.has(key)) {
        this.stats.readsFromMemory += 1;
        return map.get(key) ?? undefined;
      }
    }
    // A tracked key is known exactly: absent from the store unless #onDisk has it. (A clean
    // session's every PUBACK looked up a packet-id index that never exists: one LevelDB
    // read per QoS 1 message.)
    if (!this.#onDisk.has(key) && this.#isTracked(key)) {
      this.stats.readsFromMemory += 1;
      return undefined;
    }
    this.stats.readsFromStore += 1;
    return (await this.#db.get(key, BUFFER)) ?? undefined;
  }

  /** Resolves once every write issued so far is stored (or failed); later writes do not delay it. */
  settled(): Promise<void> {
    if (this.#acceptTimer) clearTimeout(this.#acceptTimer);
    this.#acceptTimer = undefined;
    this.#promoteDeferred(false, true);
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
    const r = range as { gte?: string; lt?: string };
    for (const key of this.#onDisk) {
      if ((r.gte === undefined || key >= r.gte) && (r.lt === undefined || key < r.lt))
        this.#onDisk.delete(key);
    }
  }

  async #drain(): Promise<void> {
    // Let the writes of this turn of the event loop join the first batch.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.#pending.size > 0 || this.#pendingWaiters.length > 0) {
      const batch = this.#pending;
      const waiters = this.#pendingWaiters;
      this.#pending = new Map();
      this.#pendingWaiters = [];
      this.#fresh = new Set();
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
        for (const [key, value] of batch) {
          this.#remember(key, value);
          if (value === null) this.#onDisk.delete(key);
          else if (this.#isTracked(key)) this.#onDisk.add(key);
          this.#settleAccepted(key);
        }
        for (const w of waiters) w.resolve();
      } catch (err) {
        for (const w of waiters) w.reject(err);
        // A publisher waiting for an acceptance this batch carried must not be acknowledged.
        for (const key of batch.keys()) this.#settleAccepted(key, err);
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

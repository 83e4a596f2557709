// The broker's LevelDB as aedes-persistence-level sees it: get/put/del/batch go through the
// write batcher (level-batch.ts), each write sorted by what it is for a QoS 1 message of a
// persistent session — its acceptance, bookkeeping that may be lost in a crash (lazy), or
// anything else (durable) — while iterators and clear() wait for the batcher.
import type { Db, LevelWriteBatcher, Op, Value } from './level-batch.ts';

const OUTGOING = 'outgoing:';
const OUTGOING_ID = 'outgoing-id:';

/**
 * Writes the persistence need not wait for. aedes-persistence-level keeps a QoS 1 message
 * for a persistent session under `outgoing:<client>:<broker>:<counter>` from the moment it
 * is accepted (that put stays durable: the publisher's PUBACK waits for it); when it is sent
 * it rewrites that record and an `outgoing-id:<client>:<id>` index with the packet id, and
 * the subscriber's PUBACK deletes both. If the broker dies before such a rewrite or delete
 * reaches the disk, the message is still stored and is sent again after the restart, as a
 * duplicate — which QoS 1 (at least once) allows; it is never lost. So these are queued in
 * order but not awaited: a delivery costs no storage round trip, only its acceptance does.
 */
function isLazy(batcher: LevelWriteBatcher, op: Op): boolean {
  if (op.key.startsWith(OUTGOING_ID)) return true;
  if (!op.key.startsWith(OUTGOING)) return false;
  // A delete, or a rewrite of a record that exists (the first put is the acceptance).
  return op.type === 'del' || batcher.holds(op.key) || batcher.stored(op.key);
}

/** The first put of a QoS 1 message's record for a persistent session: its acceptance. */
function isAcceptance(batcher: LevelWriteBatcher, op: Op): boolean {
  return op.type === 'put' && op.key.startsWith(OUTGOING) && !isLazy(batcher, op);
}

/**
 * `outgoing:<client id>:<broker id>:<counter>` (aedes-persistence-level; the client id may
 * hold ':', a broker id is a UUID): the message's tag `<broker id>:<counter>` and the client.
 */
function splitRecordKey(key: string): { client: string; tag: string } {
  const last = key.lastIndexOf(':');
  const before = key.lastIndexOf(':', last - 1);
  return {
    client: key.slice(key.indexOf(':') + 1, before),
    tag: `${key.slice(before + 1, last)}:${Number(key.slice(last + 1))}`,
  };
}

export interface BatchedLevelOptions {
  /** Whether a client is connected now: a message for an offline session is written at once. */
  isOnline?: (clientId: string) => boolean;
}

/**
 * The store as aedes-persistence-level sees it: get/put/del/batch go through the batcher,
 * iterators and clear() wait for it, everything else (open, close, status) is the store's.
 */
export function batchedLevel(db: Db, batcher: LevelWriteBatcher, opts: BatchedLevelOptions = {}): Db {
  const isOnline = opts.isOnline ?? (() => true);
  const write = (ops: Op[]) => {
    if (ops.every((op) => isLazy(batcher, op))) return batcher.writeLazy(ops);
    if (ops.every((op) => isAcceptance(batcher, op))) {
      const records = ops.map((op) => splitRecordKey(op.key));
      const now = records.some((r) => !isOnline(r.client));
      return batcher.writeAccepted(
        ops,
        records.map((r) => r.tag),
        now,
      );
    }
    return batcher.write(ops);
  };
  const overrides: Record<string, unknown> = {
    get: (key: string) => batcher.get(key),
    put: (key: string, value: Value) => write([{ type: 'put', key, value }]),
    del: (key: string) => write([{ type: 'del', key }]),
    batch: (ops?: Op[]) => {
      if (ops) return write(ops);
      const chained: Op[] = [];
      const chain = {
        put(key: string, value: Value) {
          chained.push({ type: 'put', key, value });
          return chain;
        },
        del(key: string) {
          chained.push({ type: 'del', key });
          return chain;
        },
        write: () => write(chained),
      };
      return chain;
    },
    clear: (range: object) => batcher.clear(range),
    close: async () => {
      await batcher.settled();
      await db.close();
    },
  };
  for (const method of ['values', 'keys', 'iterator'] as const) {
    const open = db[method].bind(db) as unknown as (options: object) => AsyncIterable<unknown>;
    overrides[method] = (options: object) => afterWrites(batcher, () => open(options));
  }
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in overrides) return overrides[prop];
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** An async iterable that opens the store's iterator only after every earlier write is stored. */
function afterWrites<T>(batcher: LevelWriteBatcher, open: () => AsyncIterable<T>): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      await batcher.settled();
      yield* open();
    },
  };
}

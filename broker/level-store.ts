// The broker's LevelDB as aedes-persistence-level sees it: get/put/del/batch go through the
// write batcher (level-batch.ts), iterators and clear() wait for it. (The QoS 1/2 queues of
// persistent sessions do not come through here: outgoing-queue.ts keeps them.)
import type { Db, LevelWriteBatcher, Op, Value } from './level-batch.ts';

/**
 * The store as aedes-persistence-level sees it: get/put/del/batch go through the batcher,
 * iterators and clear() wait for it, everything else (open, close, status) is the store's.
 */
export function batchedLevel(db: Db, batcher: LevelWriteBatcher): Db {
  const write = (ops: Op[]) => batcher.write(ops);
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

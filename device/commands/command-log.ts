// Remembers the reply to every recent command id in LMDB, so a QoS 1 redelivery (after a
// reconnect, or a daemon restart with a persistent session) acts once and gets the same
// reply. Bounded: the oldest entries are dropped past `limit`.
import type { Database, RootDatabase } from 'lmdb';

export const DEFAULT_COMMAND_LOG_LIMIT = 10_000;

interface Entry {
  seq: number;
  ts: number;
  reply: Uint8Array;
}

export class CommandLog {
  readonly #byId: Database<Entry, string>;
  readonly #order: Database<string, number>;
  readonly #limit: number;
  #seq = 0;
  #count = 0;

  constructor(root: RootDatabase, limit = DEFAULT_COMMAND_LOG_LIMIT) {
    this.#byId = root.openDB<Entry, string>({ name: 'command_replies' });
    this.#order = root.openDB<string, number>({ name: 'command_order' });
    this.#limit = limit;
    for (const key of this.#order.getKeys({ reverse: true, limit: 1 })) this.#seq = key;
    this.#count = this.#order.getCount();
  }

  /** The stored reply (encoded) of a command id, if it was already handled. */
  get(id: string): Uint8Array | undefined {
    return this.#byId.get(id)?.reply;
  }

  /** Records the reply of a handled command; the write is asynchronous (never blocks supervision). */
  async remember(id: string, reply: Uint8Array, now: number = Date.now()): Promise<void> {
    if (this.#byId.get(id)) return;
    const seq = ++this.#seq;
    this.#count++;
    const excess = this.#count - this.#limit;
    const evicted = excess > 0 ? [...this.#order.getRange({ limit: excess })] : [];
    this.#count -= evicted.length;
    await this.#byId.transaction(() => {
      this.#byId.put(id, { seq, ts: now, reply });
      this.#order.put(seq, id);
      for (const { key, value } of evicted) {
        this.#order.remove(key);
        this.#byId.remove(value);
      }
    });
  }

  size(): number {
    return this.#count;
  }
}

// The fleet link's durable inbox of commands: a QoS 1 command on mc/{d}/cmd is written here
// (and committed) BEFORE its PUBACK goes out, and removed once its reply is recorded in the
// command log and published. A daemon killed in between finds the entry at its next start and
// replays it, so a command the broker has handed over is never lost (at-least-once delivery
// into the daemon); the command log keeps execution act-once.
//
// An entry also says whether its command had started: actions that are not safe to run twice
// (restart, shutdown, and any action this file does not know) are marked started, and
// committed, before their handler runs. A replayed entry that had started and has no recorded
// reply is not run again: it is answered MC_ERR_UNAVAILABLE ("interrupted, may have acted").
//
// Bounded: at most `limit` entries (DEFAULT_INBOX_LIMIT) of at most MAX_INBOX_PAYLOAD bytes
// each. Commands past the bound, too large, or undecodable (no id) are not kept: they are
// handled as before the inbox (PUBACK on arrival, lost if the daemon dies before replying).
// Only decodable commands are kept, one entry per command id, so garbage cannot fill it.
import type { Database, RootDatabase } from 'lmdb';
import type { CommandActionName } from './dispatcher.ts';

export const DEFAULT_INBOX_LIMIT = 1000;
/** A command is a few hundred bytes; exec scripts may be larger. */
export const MAX_INBOX_PAYLOAD = 256 * 1024;
/** Removals are batched this long (one transaction for many). */
const REMOVE_BATCH_MS = 20;

/** Actions that may run again after a crash without harm (reads, and idempotent changes). */
const REPEATABLE: ReadonlySet<CommandActionName> = new Set<CommandActionName>([
  'start',
  'stop',
  'reload',
  'logs',
  'logs_stop',
  'status',
  'list',
  // exec finds the run its command id started (TaskManager.runOfCommand), so a replay acts once.
  'exec',
  'exec_status',
  'exec_stop',
  'exec_list',
  'device_status',
]);

/** True when a command of this action must be marked started (committed) before it runs. */
export function needsStartMark(action: CommandActionName | undefined): boolean {
  return !action || !REPEATABLE.has(action);
}

interface Entry {
  seq: number;
  ts: number;
  payload: Uint8Array;
  started: boolean;
}

export interface InboxEntry {
  id: string;
  payload: Uint8Array;
  started: boolean;
}

export class CommandInbox {
  readonly #db: Database<Entry, string>;
  readonly #limit: number;
  /** Ids with an entry (written or being written). */
  readonly #entries = new Map<string, { seq: number; ts: number; payload: Uint8Array }>();
  /** The last write per id, so an add is committed before the PUBACK of a redelivered copy. */
  readonly #writes = new Map<string, Promise<unknown>>();
  /** What a previous run of the daemon left, oldest first (handed out once). */
  #leftOver: InboxEntry[] = [];
  readonly #removals = new Set<string>();
  #removalBatch: Promise<void> | undefined;
  #flushNow: (() => void) | undefined;
  #seq = 0;

  constructor(root: RootDatabase, limit = DEFAULT_INBOX_LIMIT) {
    this.#db = root.openDB<Entry, string>({ name: 'command_inbox' });
    this.#limit = limit;
    const found: Array<InboxEntry & { seq: number }> = [];
    for (const { key, value } of this.#db.getRange()) {
      this.#entries.set(key, { seq: value.seq, ts: value.ts, payload: value.payload });
      found.push({ id: key, payload: value.payload, started: value.started, seq: value.seq });
      if (value.seq > this.#seq) this.#seq = value.seq;
    }
    this.#leftOver = found
      .sort((a, b) => a.seq - b.seq)
      .map(({ id, payload, started }) => ({ id, payload, started }));
  }

  /** The entries a previous run of the daemon left (read at construction), oldest first; once. */
  takeLeftOver(): InboxEntry[] {
    const out = this.#leftOver;
    this.#leftOver = [];
    return out;
  }

  /**
   * Keeps a command that just arrived; resolves true once it is committed, false when it is
   * not kept (over the bound or too large). A command already kept is not written again.
   */
  async add(id: string, payload: Uint8Array, now: number = Date.now()): Promise<boolean> {
    if (this.#entries.has(id)) {
      await this.#writes.get(id);
      return true;
    }
    if (payload.byteLength > MAX_INBOX_PAYLOAD || this.#entries.size >= this.#limit) return false;
    // A copy: the packet's payload may be a view of a larger socket chunk.
    const entry = { seq: ++this.#seq, ts: now, payload: Buffer.from(payload) };
    this.#entries.set(id, entry);
    const written = this.#db.put(id, { ...entry, started: false });
    this.#track(id, written);
    try {
      return await written;
    } catch (err) {
      this.#entries.delete(id);
      throw err;
    }
  }

  /** Records that the command's handler is about to run; resolves once committed. */
  async markStarted(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry) return;
    const written = this.#db.put(id, { ...entry, started: true });
    this.#track(id, written);
    await written;
  }

  /**
   * Drops a command whose reply is recorded and sent. Removals are written together, at most
   * REMOVE_BATCH_MS later, in one transaction (an entry left by a crash in between is only
   * replayed as its recorded reply); flush() writes them at once.
   */
  remove(id: string): Promise<void> {
    if (!this.#entries.delete(id)) return Promise.resolve();
    this.#removals.add(id);
    if (!this.#removalBatch) {
      this.#removalBatch = new Promise<void>((resolve) => {
        const timer = setTimeout(() => resolve(this.#writeRemovals()), REMOVE_BATCH_MS);
        timer.unref();
        this.#flushNow = () => {
          clearTimeout(timer);
          resolve(this.#writeRemovals());
        };
      });
    }
    return this.#removalBatch;
  }

  /** Writes pending removals now (at stop). */
  async flush(): Promise<void> {
    this.#flushNow?.();
    await this.#removalBatch;
  }

  async #writeRemovals(): Promise<void> {
    const ids = [...this.#removals];
    this.#removals.clear();
    this.#removalBatch = undefined;
    this.#flushNow = undefined;
    // Issued in one event turn: lmdb-js commits them in one transaction.
    const writes = ids
      .filter((id) => !this.#entries.has(id))
      .map((id) => {
        const written = this.#db.remove(id);
        this.#track(id, written);
        return written;
      });
    await Promise.allSettled(writes);
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  size(): number {
    return this.#entries.size;
  }

  #track(id: string, write: Promise<unknown>): void {
    const settled = write.catch(() => undefined);
    this.#writes.set(id, settled);
    void settled.then(() => {
      if (this.#writes.get(id) === settled) this.#writes.delete(id);
    });
  }
}

// Task run records in LMDB: one environment at <dataDir>/tasks/state with the named
// sub-database `runs` (run id → TaskRunRecord; never the root one, see STACK.md). Run ids sort
// by start time (run-id.ts), so the oldest runs come first in key order and trimming the store
// to `keep` records is a forward range read. A trimmed run's log file goes with it.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, open, type RootDatabase } from 'lmdb';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import type { TaskRunRecord } from './task-record.ts';

export const DEFAULT_KEEP_RUNS = 200;

export class TaskStore {
  readonly #dir: string;
  readonly #keep: number;
  readonly #logger: Logger;
  #env: RootDatabase | undefined;
  #runs: Database<TaskRunRecord, string> | undefined;
  readonly #pending = new Set<Promise<unknown>>();
  /** Where a trimmed run's files live (log, script): removed with the record. */
  readonly #filesOf: (runId: string) => string[];

  constructor(opts: { dir: string; keep?: number; logger: Logger; filesOf: (runId: string) => string[] }) {
    this.#dir = opts.dir;
    this.#keep = opts.keep ?? DEFAULT_KEEP_RUNS;
    this.#logger = opts.logger;
    this.#filesOf = opts.filesOf;
  }

  open(): void {
    if (this.#env) return;
    try {
      mkdirSync(this.#dir, { recursive: true });
      const env = open({ path: join(this.#dir, 'state'), maxDbs: 4 });
      this.#runs = env.openDB<TaskRunRecord, string>({ name: 'runs', encoding: 'msgpack' });
      this.#env = env;
    } catch (err) {
      throw new McError('MC_ERR_INTERNAL', `cannot open the task store in ${this.#dir}: ${String(err)}`, {
        cause: err,
      });
    }
  }

  get(runId: string): TaskRunRecord | undefined {
    return this.#db().get(runId);
  }

  /** Runs still marked running (at daemon start: the ones to adopt or close as lost). */
  running(): TaskRunRecord[] {
    const out: TaskRunRecord[] = [];
    for (const { value } of this.#db().getRange()) if (value.state === 'running') out.push(value);
    return out;
  }

  /** The newest `limit` runs, newest first, optionally of one task only. */
  list(limit: number, taskId = ''): TaskRunRecord[] {
    const out: TaskRunRecord[] = [];
    for (const { value } of this.#db().getRange({ reverse: true })) {
      if (taskId && value.task_id !== taskId) continue;
      out.push(value);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Stores a record; resolves once committed (the first write of a run is awaited before spawning). */
  put(record: TaskRunRecord): Promise<void> {
    return this.#track(this.#db().put(record.run_id, record));
  }

  /**
   * Stores a record synchronously (committed on return). The first write of a run: the spawn
   * follows in the same synchronous stretch, so a daemon killed in between can hardly leave a
   * record of a run that was never spawned (an async commit resolves milliseconds later on a
   * busy event loop, and a SIGKILL in that gap did: 1-2 per kill in daemon-crash-commands).
   */
  putSync(record: TaskRunRecord): void {
    this.#db().putSync(record.run_id, record);
  }

  /** Drops the oldest finished runs beyond `keep`, with their files. */
  async trim(): Promise<void> {
    await this.flushed();
    const db = this.#db();
    let excess = db.getKeysCount() - this.#keep;
    if (excess <= 0) return;
    const writes: Promise<unknown>[] = [];
    for (const { key, value } of db.getRange()) {
      if (excess <= 0) break;
      if (value.state === 'running') continue;
      writes.push(db.remove(key));
      for (const file of this.#filesOf(key)) rmSync(file, { force: true });
      excess--;
    }
    await this.#track(Promise.all(writes));
  }

  async flushed(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  async close(): Promise<void> {
    const env = this.#env;
    if (!env) return;
    await this.flushed();
    this.#env = undefined;
    this.#runs = undefined;
    await env.close();
  }

  #track(write: Promise<unknown>): Promise<void> {
    const tracked = write.then(
      () => undefined,
      (err: unknown) => {
        this.#logger.error({ err }, 'task store write failed');
      },
    );
    this.#pending.add(tracked);
    void tracked.finally(() => this.#pending.delete(tracked));
    return tracked;
  }

  #db(): Database<TaskRunRecord, string> {
    if (!this.#runs) throw new McError('MC_ERR_UNAVAILABLE', 'the task store is not open');
    return this.#runs;
  }
}

/**
 * A run id that sorts by start time: 't' + milliseconds in base 36 (9 digits, good until
 * the year 5188) + 6 random hex digits. One MQTT topic level, safe in file names.
 */
export function newTaskRunId(now: number, random: () => string): string {
  return `t${now.toString(36).padStart(9, '0')}${random()}`;
}

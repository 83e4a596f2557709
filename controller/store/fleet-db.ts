// The fleet store's LMDB environment at <dataDir>/fleet and its named sub-databases (data
// never goes into the root database, see STACK.md). Writes are asynchronous: lmdb-js batches
// every write issued in one tick into one commit, so ingest never waits on the disk; the
// writes are tracked here so close() can wait for them and a failed one is logged, never
// left as an unhandled rejection.
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, open, type RootDatabase } from 'lmdb';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import type { AuditEntry, Health, HeartbeatSnapshot, StoredEvent } from './types.ts';

/**
 * A retained message as received: the raw Protobuf payload, so the record decodes with
 * whatever mc.proto the controller runs after an upgrade.
 */
export interface PayloadRecord {
  payload: Uint8Array;
  received_ms: number;
}

/** Written on health changes and lazily for heartbeats (see FleetStore.checkHealth). */
export interface LivenessRecord {
  health: Health;
  health_since_ms: number;
  last_heartbeat_ms: number | null;
  last_seen_ms: number | null;
  heartbeat: HeartbeatSnapshot | null;
}

/** An event as stored: its boot id is kept for duplicate detection after a restart. */
export interface EventRecord extends StoredEvent {
  boot_id: string;
}

/** [device, n]: n counts up per device, so a device's events are one contiguous key range. */
export type EventKey = [string, number];
export type WorkloadKey = [string, string];

export class FleetDb {
  readonly path: string;
  readonly presence: Database<PayloadRecord, string>;
  readonly status: Database<PayloadRecord, string>;
  readonly liveness: Database<LivenessRecord, string>;
  readonly workloads: Database<Uint8Array, WorkloadKey>;
  readonly events: Database<EventRecord, EventKey>;
  /** device → boot ids seen before the latest one (recent first), for event dedupe. */
  readonly eventBoots: Database<string[], string>;
  readonly audit: Database<AuditEntry, number>;
  readonly #env: RootDatabase;
  readonly #logger: Logger;
  readonly #pending = new Set<Promise<unknown>>();

  private constructor(path: string, env: RootDatabase, logger: Logger) {
    this.path = path;
    this.#env = env;
    this.#logger = logger;
    this.presence = env.openDB({ name: 'presence', encoding: 'msgpack' });
    this.status = env.openDB({ name: 'status', encoding: 'msgpack' });
    this.liveness = env.openDB({ name: 'liveness', encoding: 'msgpack' });
    this.workloads = env.openDB({ name: 'workloads', encoding: 'binary' });
    this.events = env.openDB({ name: 'events', encoding: 'msgpack' });
    this.eventBoots = env.openDB({ name: 'event_boots', encoding: 'msgpack' });
    this.audit = env.openDB({ name: 'audit', encoding: 'msgpack' });
  }

  static open(dataDir: string, logger: Logger): FleetDb {
    const path = join(dataDir, 'fleet');
    try {
      mkdirSync(dataDir, { recursive: true });
      return new FleetDb(path, open({ path, maxDbs: 12 }), logger);
    } catch (err) {
      throw new McError('MC_ERR_INTERNAL', `cannot open fleet store at ${path}: ${String(err)}`, {
        cause: err,
      });
    }
  }

  /** Keeps an asynchronous write until it commits; a failure is logged with `what`. */
  track(write: Promise<unknown>, what: string): Promise<void> {
    const tracked = write.then(
      () => undefined,
      (err: unknown) => {
        this.#logger.error({ err, what }, 'fleet store write failed');
      },
    );
    this.#pending.add(tracked);
    void tracked.finally(() => this.#pending.delete(tracked));
    return tracked;
  }

  /** Resolves when every write issued so far has committed (or failed and been logged). */
  async flushed(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  /** Size of the data file on disk (LMDB grows it in steps; it does not shrink). */
  bytes(): number {
    try {
      return statSync(join(this.path, 'data.mdb')).size;
    } catch {
      return 0;
    }
  }

  async close(): Promise<void> {
    await this.flushed();
    await this.#env.close();
  }
}

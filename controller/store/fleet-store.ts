// The controller's fleet state: every device's presence, status, workloads and liveness in
// memory (the read path: 10,000 devices are a map, not a query), persisted in LMDB at
// <dataDir>/fleet together with bounded event history and the command audit log. Fed by
// ingest() from the bus (ingest.ts); announces every change as a 'change' event for the
// live feed. Everything retained on the broker can be lost here and comes back on the next
// subscription; events and audit are history and cannot (docs/fleet-store.md).
// No timers inside: the controller calls checkHealth() on its own timer.
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { decodeTopic } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { AuditLog, DEFAULT_AUDIT_LIMIT } from './audit-log.ts';
import { DEFAULT_EVENTS_PER_DEVICE, EventLog } from './event-log.ts';
import { FleetDb } from './fleet-db.ts';
import { loadDevices } from './fleet-loader.ts';
import { FleetState } from './fleet-state.ts';
import { RejectLog } from './reject-log.ts';
import {
  type AuditEntry,
  type DeviceSnapshot,
  type EventQuery,
  type FleetChange,
  RUN_END_TYPES,
  type StoredEvent,
  type StoreStats,
} from './types.ts';

/** How often checkHealth() writes the batched heartbeat/last-seen times, by default. */
export const DEFAULT_HEARTBEAT_FLUSH_MS = 5_000;

export interface FleetStoreOptions {
  /** The LMDB environment lives in <dataDir>/fleet. */
  dataDir: string;
  logger: Logger;
  now?: () => number;
  /** An online device silent this long becomes 'stale'. */
  staleAfterMs: number;
  /** Events kept per device, oldest trimmed first (default 1000). */
  eventsPerDevice?: number;
  /** Audit entries kept, oldest trimmed first (default 10,000). */
  auditLimit?: number;
  /** Minimum time between two batched writes of heartbeat times (default 5 s). */
  heartbeatFlushMs?: number;
}

interface OpenParts {
  db: FleetDb;
  state: FleetState;
  events: EventLog;
  audit: AuditLog;
}

export class FleetStore extends EventEmitter<{ change: [FleetChange] }> {
  readonly dataDir: string;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #staleAfterMs: number;
  readonly #eventsPerDevice: number;
  readonly #auditLimit: number;
  readonly #heartbeatFlushMs: number;
  readonly #rejects: RejectLog;
  #parts: OpenParts | undefined;
  #closing: Promise<void> | undefined;
  #ingested = 0;
  readonly #counters = { duplicates: 0, gaps: 0 };

  constructor(opts: FleetStoreOptions) {
    super();
    this.dataDir = opts.dataDir;
    this.#logger = opts.logger.child({ component: 'fleet-store' });
    this.#now = opts.now ?? Date.now;
    this.#staleAfterMs = positive('staleAfterMs', opts.staleAfterMs);
    this.#eventsPerDevice = positiveInteger(
      'eventsPerDevice',
      opts.eventsPerDevice ?? DEFAULT_EVENTS_PER_DEVICE,
    );
    this.#auditLimit = positiveInteger('auditLimit', opts.auditLimit ?? DEFAULT_AUDIT_LIMIT);
    this.#heartbeatFlushMs = positive(
      'heartbeatFlushMs',
      opts.heartbeatFlushMs ?? DEFAULT_HEARTBEAT_FLUSH_MS,
    );
    this.#rejects = new RejectLog(this.#logger, this.#now);
  }

  get isOpen(): boolean {
    return this.#parts !== undefined;
  }

  /** Opens LMDB and loads the devices into memory (idempotent). */
  async open(): Promise<void> {
    if (this.#closing) await this.#closing;
    if (this.#parts) return;
    const db = FleetDb.open(this.dataDir, this.#logger);
    try {
      const events = new EventLog(db, this.#eventsPerDevice);
      const state = new FleetState({
        db,
        events,
        devices: loadDevices(db, this.#now(), this.#logger),
        now: this.#now,
        staleAfterMs: this.#staleAfterMs,
        heartbeatFlushMs: this.#heartbeatFlushMs,
        emit: (change) => this.#emit(change),
        counters: this.#counters,
        logger: this.#logger,
      });
      this.#parts = { db, state, events, audit: new AuditLog(db, this.#auditLimit, this.#logger) };
    } catch (err) {
      await db.close();
      throw new McError('MC_ERR_INTERNAL', `cannot load fleet store at ${db.path}: ${String(err)}`, {
        cause: err,
      });
    }
    this.#logger.info({ path: db.path, devices: this.#parts.state.devices.size }, 'fleet store open');
  }

  /** Writes the pending heartbeat times, waits for every write, releases LMDB (idempotent). */
  close(): Promise<void> {
    const parts = this.#parts;
    if (!parts) return this.#closing ?? Promise.resolve();
    this.#parts = undefined;
    parts.state.flushLiveness();
    this.#closing = parts.db.close().finally(() => {
      this.#closing = undefined;
    });
    return this.#closing;
  }

  /**
   * Applies one message from the bus. Never throws: a message that is not telemetry of the
   * contract, or cannot be decoded, is counted and logged (rate-limited) and dropped.
   */
  ingest(topic: string, payload: Uint8Array, retained: boolean): void {
    const parts = this.#parts;
    if (!parts) {
      this.#rejects.reject(topic, 'fleet store is not open');
      return;
    }
    try {
      const decoded = decodeTopic(topic, payload);
      if (!decoded.ok) {
        this.#rejects.reject(topic, decoded.error.message);
        return;
      }
      const { state } = parts;
      switch (decoded.kind) {
        case 'presence':
          state.presence(decoded.topic.device, decoded.message, payload, retained);
          break;
        case 'status':
          state.status(decoded.topic.device, decoded.message, payload, retained);
          break;
        case 'workload':
          state.workload(decoded.topic.device, decoded.topic.workload, decoded.message, payload, retained);
          break;
        case 'heartbeat':
          if (decoded.message) state.heartbeat(decoded.topic.device, decoded.message, retained);
          break;
        case 'events':
          if (decoded.message) state.event(decoded.topic.device, decoded.message, retained);
          break;
        default:
          this.#rejects.reject(topic, `${decoded.kind} is not fleet telemetry`);
          return;
      }
      this.#ingested++;
    } catch (err) {
      this.#rejects.reject(topic, 'failed to apply', err);
    }
  }

  devices(): DeviceSnapshot[] {
    const out: DeviceSnapshot[] = [];
    for (const entry of this.#open().state.devices.values()) out.push(entry.snapshot());
    return out;
  }

  device(name: string): DeviceSnapshot | undefined {
    return this.#open().state.devices.get(name)?.snapshot();
  }

  /** A device's events, newest first (default limit 100, at most eventsPerDevice). */
  events(device: string, opts?: EventQuery): StoredEvent[] {
    return this.#open().events.query(device, opts);
  }

  /** Finished runs (exited, failed, completed, timeout, memory_limit, stopped events), newest first. */
  runHistory(device: string, opts: { workload?: string; limit?: number } = {}): StoredEvent[] {
    return this.#open().events.query(device, { ...opts, types: [...RUN_END_TYPES] });
  }

  /**
   * Marks online devices silent for longer than staleAfterMs as 'stale' (see health-rules.ts)
   * and writes batched heartbeat times when due. Call it on a timer; a no-op when closed.
   */
  checkHealth(): void {
    this.#parts?.state.checkHealth();
  }

  /** Forgets a device (memory, LMDB, events); resolves once that is on disk. Unknown names are a no-op. */
  async removeDevice(name: string): Promise<void> {
    const parts = this.#open();
    parts.state.remove(name);
    await parts.db.flushed();
  }

  /** Records a command on its way out; returns the id to complete it with. */
  audit(entry: Omit<AuditEntry, 'id'>): string {
    return this.#open().audit.add(entry);
  }

  /** Records how the command ended; latency_ms is null when no reply came. */
  completeAudit(id: string, r: { ok: boolean; error: string | null; latency_ms: number | null }): void {
    this.#open().audit.complete(id, r);
  }

  /** Newest first (default limit 100). */
  auditLog(opts?: { limit?: number; device?: string }): AuditEntry[] {
    return this.#open().audit.list(opts);
  }

  stats(): StoreStats {
    const parts = this.#parts;
    return {
      devices: parts?.state.devices.size ?? 0,
      workloads: parts?.state.workloadCount ?? 0,
      events: parts?.events.total ?? 0,
      bytes: parts?.db.bytes() ?? 0,
      ingested: this.#ingested,
      rejected: this.#rejects.count,
      duplicates: this.#counters.duplicates,
      gaps: this.#counters.gaps,
    };
  }

  /** Resolves when every write issued so far is on disk (tests, orderly shutdown). */
  async flushed(): Promise<void> {
    await this.#parts?.db.flushed();
  }

  #open(): OpenParts {
    if (!this.#parts) throw new McError('MC_ERR_UNAVAILABLE', 'the fleet store is not open');
    return this.#parts;
  }

  #emit(change: FleetChange): void {
    // A listener's bug must not abort ingest half-way through a message.
    try {
      this.emit('change', change);
    } catch (err) {
      this.#logger.error({ err, kind: change.kind }, 'fleet change listener failed');
    }
  }
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', `${name} must be a positive number, got ${value}`);
  }
  return value;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', `${name} must be a positive integer, got ${value}`);
  }
  return value;
}

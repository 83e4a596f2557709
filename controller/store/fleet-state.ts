// The ingest side of the fleet store: applies one decoded telemetry message to the device
// map, writes what must survive a restart, and announces the change. O(1) per message: a
// map lookup, a snapshot invalidation and at most a few asynchronous LMDB writes.
//
// Heartbeats (1,000/s for 10,000 devices at 10 s) never write LMDB on their own. The
// liveness record (health, last heartbeat, last seen) is marked dirty and written by
// flushLiveness(), which checkHealth() calls at most every heartbeatFlushMs, in one batch;
// a health change writes its record at once. A crash loses at most heartbeatFlushMs of
// heartbeat times, which the next heartbeat replaces anyway.
import type { Logger } from 'pino';
import type { Message } from '../../proto/codec.ts';
import { DeviceEntry } from './device-entry.ts';
import type { EventLog } from './event-log.ts';
import type { FleetDb } from './fleet-db.ts';
import {
  heartbeatRevives,
  isOlderPresence,
  isOlderStatus,
  isOlderWorkloadState,
  isStale,
  statusRevives,
} from './health-rules.ts';
import { eventRecord, heartbeatSnapshot, plainPresence, plainStatus, workloadSnapshot } from './plain.ts';
import { samePlain } from './same-plain.ts';
import type { FleetChange, Health } from './types.ts';

export interface FleetStateDeps {
  db: FleetDb;
  events: EventLog;
  devices: Map<string, DeviceEntry>;
  now: () => number;
  staleAfterMs: number;
  heartbeatFlushMs: number;
  emit: (change: FleetChange) => void;
  /** Owned by the store, so they keep counting across a close and reopen. */
  counters: { duplicates: number; gaps: number };
  logger: Logger;
}

export class FleetState {
  readonly devices: Map<string, DeviceEntry>;
  #workloads = 0;
  readonly #d: FleetStateDeps;
  readonly #dirty = new Set<DeviceEntry>();
  #lastFlushMs: number;

  constructor(deps: FleetStateDeps) {
    this.#d = deps;
    this.devices = deps.devices;
    for (const entry of this.devices.values()) this.#workloads += entry.workloads.size;
    this.#lastFlushMs = deps.now();
  }

  get workloadCount(): number {
    return this.#workloads;
  }

  presence(name: string, message: Message<'presence'> | null, payload: Uint8Array, retained: boolean): void {
    const now = this.#d.now();
    if (message === null) {
      const entry = this.devices.get(name);
      if (!entry || entry.presence === null) return;
      entry.presence = null;
      entry.online = false;
      entry.presenceBoot = '';
      entry.presenceSinceMs = 0;
      this.#d.db.track(this.#d.db.presence.remove(name), 'presence clear');
      this.#setHealth(entry, 'unknown', now);
      this.#clearedPart(entry);
      return;
    }
    const { entry, created } = this.#touch(name, retained, now);
    const sinceMs = Number(message.since_ms);
    if (isOlderPresence(entry, message.boot_id, sinceMs)) return;
    const plain = plainPresence(message);
    const same = entry.presence !== null && samePlain(entry.presence, plain);
    if (!same) {
      entry.presence = plain;
      entry.online = message.online;
      entry.presenceBoot = message.boot_id;
      entry.presenceSinceMs = sinceMs;
      entry.changed();
      this.#d.db.track(this.#d.db.presence.put(name, { payload, received_ms: now }), 'presence');
    }
    let healthChanged = false;
    if (!message.online) healthChanged = this.#setHealth(entry, 'offline', now);
    else if (!same || !retained) {
      // A new online period: the device gets a full stale period to send its first heartbeat.
      entry.onlineAtMs = now;
      healthChanged = this.#setHealth(entry, 'online', now);
    }
    if (created || !same || healthChanged) this.#d.emit({ kind: 'device', device: entry.snapshot() });
  }

  status(name: string, message: Message<'status'> | null, payload: Uint8Array, retained: boolean): void {
    const now = this.#d.now();
    if (message === null) {
      const entry = this.devices.get(name);
      if (!entry || entry.status === null) return;
      entry.status = null;
      entry.statusSeq = 0;
      entry.statusBoot = '';
      entry.changed();
      this.#d.db.track(this.#d.db.status.remove(name), 'status clear');
      this.#clearedPart(entry);
      return;
    }
    const { entry } = this.#touch(name, retained, now);
    const seq = Number(message.seq);
    // (A device just created has no status, so nothing is older than it.)
    if (isOlderStatus(entry, message.boot_id, seq)) return;
    entry.status = plainStatus(message);
    entry.statusSeq = seq;
    entry.statusBoot = message.boot_id;
    entry.changed();
    this.#d.db.track(this.#d.db.status.put(name, { payload, received_ms: now }), 'status');
    if (!retained) {
      entry.statusAtMs = now;
      if (statusRevives(entry)) this.#setHealth(entry, 'online', now);
    }
    this.#d.emit({ kind: 'device', device: entry.snapshot() });
  }

  workload(
    name: string,
    workload: string,
    message: Message<'workload'> | null,
    payload: Uint8Array,
    retained: boolean,
  ): void {
    if (message === null) {
      const entry = this.devices.get(name);
      if (!entry?.workloads.delete(workload)) return;
      this.#workloads--;
      entry.workloadsChanged();
      this.#d.db.track(this.#d.db.workloads.remove([name, workload]), 'workload clear');
      this.#d.emit({ kind: 'workload', device: name, workload: null, name: workload });
      if (entry.isCleared) this.remove(name);
      else this.#d.emit({ kind: 'device', device: entry.snapshot() });
      return;
    }
    const { entry } = this.#touch(name, retained, this.#d.now());
    const snapshot = workloadSnapshot(workload, message);
    const previous = entry.workloads.get(workload);
    if (previous && samePlain(previous, snapshot)) return;
    if (previous && isOlderWorkloadState(previous, snapshot, entry.presenceBoot)) return;
    if (!previous) this.#workloads++;
    entry.workloads.set(workload, snapshot);
    entry.workloadsChanged();
    this.#d.db.track(this.#d.db.workloads.put([name, workload], payload), 'workload');
    this.#d.emit({ kind: 'workload', device: name, workload: snapshot, name: workload });
    // The device's workload list and counts changed with it.
    this.#d.emit({ kind: 'device', device: entry.snapshot() });
  }

  heartbeat(name: string, message: Message<'heartbeat'>, retained: boolean): void {
    // A retained heartbeat (a misconfigured publisher) is a replay, not a sign of life.
    if (retained) return;
    const now = this.#d.now();
    const { entry } = this.#touch(name, false, now);
    entry.lastHeartbeatMs = now;
    entry.heartbeat = heartbeatSnapshot(message);
    entry.changed();
    if (heartbeatRevives(entry)) this.#setHealth(entry, 'online', now);
    this.#d.emit({ kind: 'device', device: entry.snapshot() });
  }

  event(name: string, message: Message<'events'>, retained: boolean): void {
    const now = this.#d.now();
    const { entry, created } = this.#touch(name, retained, now);
    if (created) this.#d.emit({ kind: 'device', device: entry.snapshot() });
    const result = this.#d.events.append(eventRecord(name, message, now));
    if (result.verdict === 'duplicate') {
      this.#d.counters.duplicates++;
      return;
    }
    this.#d.counters.gaps += result.gap;
    if (result.verdict === 'reset') {
      this.#d.logger.info({ device: name, seq: result.event.seq }, 'event sequence of device started over');
    }
    this.#d.emit({ kind: 'event', event: result.event });
  }

  /** Marks silent online devices stale; writes the batched liveness records when due. */
  checkHealth(): void {
    const now = this.#d.now();
    for (const entry of this.devices.values()) {
      if (!isStale(entry, now, this.#d.staleAfterMs)) continue;
      this.#setHealth(entry, 'stale', now);
      this.#d.emit({ kind: 'device', device: entry.snapshot() });
    }
    if (now - this.#lastFlushMs >= this.#d.heartbeatFlushMs) this.flushLiveness();
  }

  /** Writes every dirty liveness record (one LMDB commit, since they are issued in one tick). */
  flushLiveness(): void {
    this.#lastFlushMs = this.#d.now();
    for (const entry of this.#dirty) this.#writeLiveness(entry);
  }

  /** Forgets a device: memory, its retained records, its liveness and its events. */
  remove(name: string): boolean {
    const entry = this.devices.get(name);
    if (!entry) return false;
    const db = this.#d.db;
    this.devices.delete(name);
    this.#dirty.delete(entry);
    this.#workloads -= entry.workloads.size;
    db.track(db.presence.remove(name), 'device removal');
    db.track(db.status.remove(name), 'device removal');
    db.track(db.liveness.remove(name), 'device removal');
    for (const workload of entry.workloads.keys()) {
      db.track(db.workloads.remove([name, workload]), 'device removal');
    }
    this.#d.events.remove(name);
    this.#d.emit({ kind: 'removed', device: name });
    return true;
  }

  #touch(name: string, retained: boolean, now: number): { entry: DeviceEntry; created: boolean } {
    let entry = this.devices.get(name);
    const created = entry === undefined;
    if (!entry) {
      entry = new DeviceEntry(name, now);
      entry.onlineAtMs = now;
      this.devices.set(name, entry);
    }
    // A retained copy says nothing about when the device was last heard from.
    if (!retained) {
      entry.lastSeenMs = now;
      entry.changed();
      this.#dirty.add(entry);
    }
    return { entry, created };
  }

  #setHealth(entry: DeviceEntry, health: Health, now: number): boolean {
    if (!entry.setHealth(health, now)) return false;
    this.#writeLiveness(entry);
    return true;
  }

  #writeLiveness(entry: DeviceEntry): void {
    this.#dirty.delete(entry);
    this.#d.db.track(this.#d.db.liveness.put(entry.name, entry.livenessRecord()), 'liveness');
  }

  /** After presence or status was cleared: forget the device once nothing retained is left. */
  #clearedPart(entry: DeviceEntry): void {
    if (entry.isCleared) this.remove(entry.name);
    else this.#d.emit({ kind: 'device', device: entry.snapshot() });
  }
}

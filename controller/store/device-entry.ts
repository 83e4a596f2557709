// One device as the store holds it in memory: the fields behind its DeviceSnapshot plus the
// bookkeeping the health and replay rules need. The snapshot is built on demand and cached
// until something changes, so reading 10,000 devices costs no copying, and a snapshot handed
// out is never mutated afterwards (a change builds a new one).
import type { LivenessRecord } from './fleet-db.ts';
import type { DeviceSnapshot, Health, HeartbeatSnapshot, WorkloadSnapshot } from './types.ts';

const byName = (a: WorkloadSnapshot, b: WorkloadSnapshot) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export class DeviceEntry {
  readonly name: string;
  presence: Record<string, unknown> | null = null;
  /** What the last presence said; false before the first. */
  online = false;
  presenceBoot = '';
  presenceSinceMs = 0;
  status: Record<string, unknown> | null = null;
  statusSeq = 0;
  statusBoot = '';
  /** Receive time of the last live status: the sign of life of a device that sends no heartbeats. */
  statusAtMs = 0;
  health: Health = 'unknown';
  healthSinceMs: number;
  lastHeartbeatMs: number | null = null;
  lastSeenMs: number | null = null;
  heartbeat: HeartbeatSnapshot | null = null;
  /**
   * Start of the current online period on the controller's clock (presence online received,
   * or the store opened). Not persisted: after a restart every device gets a fresh grace period.
   */
  onlineAtMs = 0;
  /** Liveness fields changed since they were last written to LMDB. */
  livenessDirty = false;
  readonly workloads = new Map<string, WorkloadSnapshot>();
  #sorted: { list: WorkloadSnapshot[]; running: number; failed: number } | null = null;
  #snapshot: DeviceSnapshot | null = null;

  constructor(name: string, nowMs: number) {
    this.name = name;
    this.healthSinceMs = nowMs;
  }

  /** Sets the health; false when it already was that. */
  setHealth(health: Health, nowMs: number): boolean {
    if (this.health === health) return false;
    this.health = health;
    this.healthSinceMs = nowMs;
    this.changed();
    return true;
  }

  /** Call after any field behind the snapshot changed. */
  changed(): void {
    this.#snapshot = null;
  }

  workloadsChanged(): void {
    this.#sorted = null;
    this.#snapshot = null;
  }

  /** Nothing retained is known any more: the device was cleared from the bus. */
  get isCleared(): boolean {
    return this.presence === null && this.status === null && this.workloads.size === 0;
  }

  livenessRecord(): LivenessRecord {
    return {
      health: this.health,
      health_since_ms: this.healthSinceMs,
      last_heartbeat_ms: this.lastHeartbeatMs,
      last_seen_ms: this.lastSeenMs,
      heartbeat: this.heartbeat,
    };
  }

  restoreLiveness(record: LivenessRecord): void {
    this.health = record.health;
    this.healthSinceMs = record.health_since_ms;
    this.lastHeartbeatMs = record.last_heartbeat_ms;
    this.lastSeenMs = record.last_seen_ms;
    this.heartbeat = record.heartbeat;
    this.changed();
  }

  snapshot(): DeviceSnapshot {
    if (this.#snapshot) return this.#snapshot;
    const workloads = this.#workloadList();
    const status = this.status;
    const statusRelease = typeof status?.release === 'string' ? status.release : '';
    const presenceRelease = typeof this.presence?.release === 'string' ? this.presence.release : '';
    const tags = Array.isArray(status?.tags) ? (status.tags as string[]) : [];
    // Per-workload states are the detailed truth; a device whose workload topics we have not
    // seen (yet) still shows the counts its status carries.
    const counts =
      workloads.list.length > 0 || status === null
        ? { running: workloads.running, failed: workloads.failed, total: workloads.list.length }
        : {
            running: Number(status.workloads_running ?? 0),
            failed: Number(status.workloads_failed ?? 0),
            total: Number(status.workloads_total ?? 0),
          };
    this.#snapshot = {
      name: this.name,
      health: this.health,
      health_since_ms: this.healthSinceMs,
      online: this.online,
      presence: this.presence,
      status,
      last_heartbeat_ms: this.lastHeartbeatMs,
      last_seen_ms: this.lastSeenMs,
      heartbeat: this.heartbeat,
      release: statusRelease || presenceRelease,
      tags,
      workloads: workloads.list,
      counts,
    };
    return this.#snapshot;
  }

  #workloadList(): { list: WorkloadSnapshot[]; running: number; failed: number } {
    if (this.#sorted) return this.#sorted;
    const list = [...this.workloads.values()].sort(byName);
    let running = 0;
    let failed = 0;
    for (const w of list) {
      if (w.status === 'running') running++;
      else if (w.status === 'failed') failed++;
    }
    this.#sorted = { list, running, failed };
    return this.#sorted;
  }
}

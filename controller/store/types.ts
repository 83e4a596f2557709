// The fleet store's public shapes: what the HTTP API, the live feed and the metrics read.
// Snapshots are plain JSON-ready objects (Protobuf enums as short names, 64-bit numbers as
// numbers) and are never mutated once handed out: a change produces a new snapshot.

export type Health = 'online' | 'stale' | 'offline' | 'unknown';

/**
 * toPlain('workload') of the last WorkloadState, with `status` as the short name
 * ('running') and `last_exit_code` always present (null when the workload never exited).
 */
export interface WorkloadSnapshot {
  name: string;
  status: string;
  type: string;
  run_mode: string;
  pid: number;
  run_count: number;
  last_started_ms: number;
  last_stopped_ms: number;
  last_exit_code: number | null;
  last_signal: string;
  last_error: string;
  consecutive_failures: number;
  restarts: number;
  rss_bytes: number;
  cpu_percent: number;
  version: string;
  next_run_ms: number;
  backoff_until_ms: number;
  max_runs: number;
  tags: string[];
  ts_ms: number;
  schedule: string;
  memory_limit_mb: number;
  /** Daemon run that published it ('' when the publisher does not say). */
  boot_id: string;
  /** Fields added to WorkloadState later appear here too. */
  [k: string]: unknown;
}

export interface HeartbeatSnapshot {
  seq: number;
  uptime_s: number;
  cpu_percent: number;
  mem_percent: number;
}

export interface DeviceSnapshot {
  name: string;
  health: Health;
  health_since_ms: number;
  /** What the last Presence said (false before the first one). */
  online: boolean;
  /** The last Presence as a plain object, null before the first (or after it was cleared). */
  presence: Record<string, unknown> | null;
  /** The last DeviceStatus as a plain object, workload summaries with short status names. */
  status: Record<string, unknown> | null;
  /** Receive times on the controller's clock; null until the first live message. */
  last_heartbeat_ms: number | null;
  last_seen_ms: number | null;
  heartbeat: HeartbeatSnapshot | null;
  release: string;
  tags: string[];
  /** Sorted by name. */
  workloads: WorkloadSnapshot[];
  counts: { running: number; failed: number; total: number };
}

export interface StoredEvent {
  device: string;
  seq: number;
  ts_ms: number;
  received_ms: number;
  /** Short EventType name, e.g. 'memory_warning'. */
  type: string;
  workload: string;
  message: string;
  exit_code: number | null;
  signal: string;
  run_id: string;
  attrs: Record<string, string>;
}

export interface AuditEntry {
  id: string;
  ts_ms: number;
  actor: string;
  device: string;
  action: string;
  args: Record<string, unknown>;
  /** null while the command has no answer yet. */
  ok: boolean | null;
  error: string | null;
  latency_ms: number | null;
}

export type FleetChange =
  /** Presence, status, heartbeat, health or workload counts changed (or the device appeared). */
  | { kind: 'device'; device: DeviceSnapshot }
  /** A workload changed; `workload` is null when it was cleared (removed from the device). */
  | { kind: 'workload'; device: string; workload: WorkloadSnapshot | null; name: string }
  | { kind: 'event'; event: StoredEvent }
  | { kind: 'removed'; device: string };

export interface EventQuery {
  /** At most this many (default 100, never more than the per-device bound). */
  limit?: number;
  /** Only events with a smaller seq: page back from the last one seen. */
  before_seq?: number;
  workload?: string;
  /** Short type names ('failed', 'memory_warning'); any of them. */
  types?: string[];
}

export interface StoreStats {
  devices: number;
  workloads: number;
  /** Events held in LMDB across all devices. */
  events: number;
  /** Size of the LMDB data file. */
  bytes: number;
  /** Messages accepted since the store was constructed (duplicates and replays included: they were valid). */
  ingested: number;
  /** Messages refused since the store was constructed: bad topic, undecodable payload, store closed. */
  rejected: number;
  /** Events dropped as duplicates (QoS 1 redeliveries) since the store was constructed. */
  duplicates: number;
  /** Event seqs never received (holes in a device's sequence) since the store was constructed. */
  gaps: number;
}

/** Event types that end a run: the run history the seed's /history endpoint returns. */
export const RUN_END_TYPES: readonly string[] = [
  'exited',
  'failed',
  'completed',
  'timeout',
  'memory_limit',
  'stopped',
];

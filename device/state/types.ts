// Records the device keeps in LMDB: the state of each workload (what survives a daemon
// restart) and its run history. Field names are snake_case like the wire (WorkloadState in
// mc.proto); absent values are null so that a record reads back exactly as written.

export const WORKLOAD_STATUSES = [
  'registered',
  'starting',
  'running',
  'stopping',
  'stopped',
  'failed',
  'completed',
  'backoff',
] as const;
export type WorkloadStatus = (typeof WORKLOAD_STATUSES)[number];

/** Why a run ended. */
export const RUN_REASONS = ['exit', 'signal', 'timeout', 'stopped', 'memory_limit', 'spawn_error'] as const;
export type RunReason = (typeof RUN_REASONS)[number];

export interface WorkloadRecord {
  name: string;
  status: WorkloadStatus;
  /** Pid and process group of the current run (pgid = pid: every run leads its own group). */
  pid: number | null;
  pgid: number | null;
  /** Start time of `pid` in clock ticks since boot (/proc/<pid>/stat field 22). */
  start_time: number | null;
  /** Boot the pid belongs to; pids and start times are only comparable within one boot. */
  boot_id: string | null;
  run_id: string | null;
  /** Runs started since the count was last reset (n_times compares it with max_runs). */
  run_count: number;
  last_started_ms: number | null;
  last_stopped_ms: number | null;
  last_exit_code: number | null;
  last_signal: string | null;
  last_error: string | null;
  consecutive_failures: number;
  /** End times of recent failed runs, for crash-loop detection (pruned to the window). */
  failure_times: number[];
  /** Times the workload was started again after a previous run (automatic or manual). */
  restarts: number;
  /** An operator stop sticks: nothing restarts the workload until an operator starts it. */
  stopped_by_operator: boolean;
  backoff_until_ms: number | null;
  next_run_ms: number | null;
  /** Canonical hash of the spec these counters belong to; a changed spec resets them. */
  spec_hash: string;
  updated_ms: number;
}

export interface RunRecord {
  workload: string;
  run_id: string;
  pid: number | null;
  started_ms: number;
  ended_ms: number | null;
  exit_code: number | null;
  signal: string | null;
  duration_ms: number | null;
  reason: RunReason | null;
  message: string | null;
}

export function emptyWorkloadRecord(name: string, specHash: string, now: number): WorkloadRecord {
  return {
    name,
    status: 'registered',
    pid: null,
    pgid: null,
    start_time: null,
    boot_id: null,
    run_id: null,
    run_count: 0,
    last_started_ms: null,
    last_stopped_ms: null,
    last_exit_code: null,
    last_signal: null,
    last_error: null,
    consecutive_failures: 0,
    failure_times: [],
    restarts: 0,
    stopped_by_operator: false,
    backoff_until_ms: null,
    next_run_ms: null,
    spec_hash: specHash,
    updated_ms: now,
  };
}

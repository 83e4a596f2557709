// Public types of the supervision core: the view of a workload (what list()/get() return
// and the 'state' event carries; it mirrors WorkloadState in mc.proto), supervisor events
// (mirroring Event), and the daemon-wide defaults.
import type { WorkloadRecord, WorkloadStatus } from '../state/types.ts';
import type { ContainerEngine } from './container.ts';
import type { RlimitAsPolicy } from './limits.ts';
import { DEFAULT_ROTATION, type RotationConfig } from './rotating-log.ts';

export type { RunReason, RunRecord, WorkloadStatus } from '../state/types.ts';

export interface WorkloadView
  extends Omit<WorkloadRecord, 'failure_times' | 'spec_hash' | 'boot_id' | 'start_time' | 'updated_ms'> {
  status: WorkloadStatus;
  type: string;
  run_mode: string;
  version: string;
  tags: string[];
  max_runs: number | null;
  schedule: string | null;
  memory_limit_mb: number | null;
  /** Resident memory of the whole process group, from the latest watchdog sample. */
  rss_bytes: number;
  /** CPU use of the whole process group over the latest watchdog interval (100 = one core). */
  cpu_percent: number;
  ts_ms: number;
}

export const SUPERVISOR_EVENT_TYPES = [
  'started',
  'exited',
  'failed',
  'completed',
  'restarted',
  'backoff',
  'recovered',
  'stopped',
  'skipped',
  'timeout',
  'memory-warning',
  'memory-limit',
  'adopted',
] as const;
export type SupervisorEventType = (typeof SUPERVISOR_EVENT_TYPES)[number];

export interface SupervisorEvent {
  type: SupervisorEventType;
  workload: string;
  ts: number;
  run_id: string;
  exit_code?: number;
  signal?: string;
  message: string;
}

export interface SupervisorDefaults {
  /** Log rotation for workloads without `logs` in their spec. */
  logs: RotationConfig;
  /** When memory_limit_mb becomes RLIMIT_AS (see limits.ts). */
  rlimitAs: RlimitAsPolicy;
  /** Interval of the RSS/CPU watchdog. */
  watchdogIntervalMs: number;
  /** Interval at which an adopted process (not our child) is checked for exit. */
  adoptPollMs: number;
  /** The device's container engine for runtime: container workloads (null: none). */
  containerEngine: ContainerEngine | null;
}

export const DEFAULT_SUPERVISOR_DEFAULTS: SupervisorDefaults = {
  logs: DEFAULT_ROTATION,
  rlimitAs: 'auto',
  watchdogIntervalMs: 5000,
  adoptPollMs: 500,
  containerEngine: null,
};

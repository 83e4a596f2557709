// The shapes of a rolling deployment as persisted in LMDB and served by the API. The record
// is the whole truth: the deployer keeps nothing else, so a restarted controller continues
// from exactly what was last written (docs/releases.md, "Controller side").

export type DeploymentStatus =
  | 'pending'
  | 'in_progress'
  | 'completed'
  | 'failed'
  | 'rolling_back'
  | 'rolled_back'
  | 'cancelled';

export const ACTIVE_STATUSES: readonly DeploymentStatus[] = ['pending', 'in_progress', 'rolling_back'];

export type DeviceStep =
  /** In a batch not started yet. */
  | 'pending'
  /** Desired state published; waiting for the health gate. */
  | 'deploying'
  | 'healthy'
  | 'failed'
  /** The previous release's desired state published; waiting for the device to report it. */
  | 'rolling_back'
  | 'rolled_back'
  | 'rollback_failed'
  /** Nothing to go back to: the device ran no release the controller knows. */
  | 'rollback_skipped';

/** What a device was told to run: the DesiredState published on mc/{d}/desired. */
export interface DeviceDesired {
  release: string;
  sha256: string;
  generation: number;
  deployment_id: string;
}

export interface DeviceProgress {
  device: string;
  batch: number;
  step: DeviceStep;
  /** The generation of the desired state this deployment published (0 before). */
  generation: number;
  /** What the device ran before, to roll back to; null when unknown. */
  previous: { release: string; sha256: string } | null;
  started_ms: number | null;
  /** Since when the device has passed the gate without interruption. */
  healthy_since_ms: number | null;
  /** Sum of workloads' consecutive failures when the device first reported the release: growth is a new failure. */
  failures_baseline: number | null;
  finished_ms: number | null;
  error: string | null;
  /**
   * Set when the step ended `failed` or `rollback_failed` because the device did not report
   * (offline, or silent past the deadline): its retained desired state still stands, and the
   * deployer keeps watching for it to report it. Absent in records written before it existed.
   */
  awaiting_report?: boolean;
  /** When such a device later reported what this deployment last told it (null/absent: not yet). */
  converged_ms?: number | null;
}

export interface DeploymentSpec {
  release: string;
  /**
   * Explicit device names, every device carrying `tag`, or every known device (the seed's
   * body without target_clients) — resolved when the deployment is created.
   */
  targets: { devices: string[] } | { tag: string } | { all: true };
  batch_size: number;
  /**
   * Size of a first batch on its own (0: none). Records written before canary took a size
   * hold a boolean; `true` there means 1.
   */
  canary: number | boolean;
  /** With canary: wait for POST …/promote after the canary passed. */
  pause_after_canary: boolean;
  min_healthy_time_ms: number;
  healthy_deadline_ms: number;
  /** Failed devices tolerated; one more aborts the deployment. */
  max_failures: number;
  auto_rollback: boolean;
}

export interface Deployment extends DeploymentSpec {
  id: string;
  sha256: string;
  actor: string;
  status: DeploymentStatus;
  /** Device names per batch, in order. */
  batches: string[][];
  /** Index of the batch in progress (batches.length once all passed). */
  current_batch: number;
  devices: Record<string, DeviceProgress>;
  awaiting_promote: boolean;
  promoted: boolean;
  cancel_requested: boolean;
  rollback_on_cancel: boolean;
  created_ms: number;
  updated_ms: number;
  finished_ms: number | null;
  error: string | null;
}

/** Announced on every persisted change, for the live feed. */
export interface DeploymentChange {
  kind: 'deployment';
  deployment: Deployment;
}

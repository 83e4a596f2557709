// The live feed's messages (GET /api/live), shared with the dashboard: one JSON text frame
// each. After the snapshot, every frame is either one delta or a batch of them; see
// docs/api.md "Live feed" for the coalescing rules.
import type { Deployment } from '../deploy/types.ts';
import type { DeviceSnapshot, StoredEvent, WorkloadSnapshot } from '../store/types.ts';
import type { Task } from '../tasks/types.ts';

export type { Task };

/**
 * A deployment as GET /api/deployments/{id} serves it (viewOf in controller/api/deploy-routes.ts;
 * the hub assigns viewOf's result to this type, so the two cannot drift apart). Written out
 * here rather than imported so the dashboard's type check does not pull in the route module.
 */
export type DeploymentView = Deployment & {
  version: string;
  target_clients: string[];
  created_at: string;
  completed_at: string | null;
};

/** A device's state changed (presence, status, heartbeat, health): the whole new snapshot. */
export interface DeviceDelta {
  type: 'device';
  device: DeviceSnapshot;
}

/** One workload's state changed; `workload` null when it was removed from the device. */
export interface WorkloadDelta {
  type: 'workload';
  device: string;
  name: string;
  workload: WorkloadSnapshot | null;
}

/** The device was removed from the fleet (unregistered): forget it and its workloads. */
export interface RemovedDelta {
  type: 'removed';
  device: string;
}

/** Events in the order the controller stored them (oldest first). */
export interface EventsDelta {
  type: 'events';
  events: StoredEvent[];
}

/** `count` events were dropped because this socket fell behind; the store still has them. */
export interface DroppedNotice {
  type: 'dropped';
  count: number;
}

/**
 * A deployment was created or progressed (status, batch, a device's step): the whole record
 * as GET /api/deployments/{id} serves it. Only its latest state is sent, like a device's.
 */
export interface DeploymentDelta {
  type: 'deployment';
  deployment: DeploymentView;
}

/**
 * A task was queued or changed (placed, started, finished, cancelled): the whole record as
 * GET /api/tasks/{id} serves it, attempts and their output tails included.
 */
export interface TaskDelta {
  type: 'task';
  task: Task;
}

export type LiveDelta =
  | DeviceDelta
  | WorkloadDelta
  | RemovedDelta
  | EventsDelta
  | DroppedNotice
  | DeploymentDelta
  | TaskDelta;

export interface SnapshotMessage {
  type: 'snapshot';
  devices: DeviceSnapshot[];
  /**
   * Every active deployment and the most recent finished ones (SNAPSHOT_RECENT_DEPLOYMENTS in
   * all), newest first; older ones are in GET /api/deployments. Empty without a deployer.
   */
  deployments: DeploymentView[];
  /**
   * Every active task (queued, dispatching, running; up to SNAPSHOT_ACTIVE_TASKS) and the
   * newest finished ones (SNAPSHOT_RECENT_TASKS), newest first. Empty without a task queue.
   */
  tasks: Task[];
  /** Controller time of the snapshot, ms since the epoch. */
  ts: number;
}

/** Several deltas sent as one frame, to apply in order. */
export interface BatchMessage {
  type: 'batch';
  messages: LiveDelta[];
}

export type LiveMessage = SnapshotMessage | LiveDelta | BatchMessage;

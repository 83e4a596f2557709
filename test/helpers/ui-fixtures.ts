// Plain data for the dashboard's unit tests: device, workload, event, deployment and task records
// shaped as the controller's live feed and API send them, with only what a test sets differing.
import { viewOf } from '../../controller/api/deploy-routes.ts';
import type { Deployment, DeviceProgress } from '../../controller/deploy/types.ts';
import type { DeploymentView } from '../../controller/live/messages.ts';
import type { DeviceSnapshot, StoredEvent, WorkloadSnapshot } from '../../controller/store/types.ts';
import { newTask } from '../../controller/tasks/transitions.ts';
import type { Attempt, Task } from '../../controller/tasks/types.ts';
import { taskSpec } from './task-fixtures.ts';

export function workload(name: string, over: Partial<WorkloadSnapshot> = {}): WorkloadSnapshot {
  return {
    name,
    status: 'running',
    type: 'service',
    run_mode: 'forever',
    pid: 100,
    run_count: 1,
    last_started_ms: 1,
    last_stopped_ms: 0,
    last_exit_code: null,
    last_signal: '',
    last_error: '',
    consecutive_failures: 0,
    restarts: 0,
    rss_bytes: 0,
    cpu_percent: 0,
    version: '',
    next_run_ms: 0,
    backoff_until_ms: 0,
    max_runs: 0,
    tags: [],
    ts_ms: 1,
    schedule: '',
    memory_limit_mb: 0,
    boot_id: '',
    ...over,
  };
}

export function device(name: string, over: Partial<DeviceSnapshot> = {}): DeviceSnapshot {
  const workloads = over.workloads ?? [];
  return {
    name,
    health: 'online',
    health_since_ms: 1,
    online: true,
    presence: null,
    status: null,
    last_heartbeat_ms: null,
    last_seen_ms: null,
    heartbeat: null,
    release: '',
    tags: [],
    workloads,
    counts: {
      running: workloads.filter((w) => w.status === 'running').length,
      failed: workloads.filter((w) => w.status === 'failed').length,
      total: workloads.length,
    },
    ...over,
  };
}

export function event(device: string, seq: number, over: Partial<StoredEvent> = {}): StoredEvent {
  return {
    device,
    seq,
    ts_ms: seq,
    received_ms: seq,
    type: 'started',
    workload: 'svc',
    message: '',
    exit_code: null,
    signal: '',
    run_id: '',
    attrs: {},
    ...over,
  };
}

export function progress(device: string, batch: number, over: Partial<DeviceProgress> = {}): DeviceProgress {
  return {
    device,
    batch,
    step: 'pending',
    generation: 0,
    previous: null,
    started_ms: null,
    healthy_since_ms: null,
    failures_baseline: null,
    finished_ms: null,
    error: null,
    ...over,
  };
}

/** A deployment of `batches`, every device pending unless `steps` says otherwise. */
export function deployment(
  id: string,
  batches: string[][],
  over: Partial<Deployment> & { steps?: Record<string, DeviceProgress['step']> } = {},
): DeploymentView {
  const { steps = {}, ...rest } = over;
  const devices: Record<string, DeviceProgress> = {};
  batches.forEach((names, b) => {
    for (const n of names) devices[n] = progress(n, b, { step: steps[n] ?? 'pending' });
  });
  const d: Deployment = {
    release: 'v1',
    targets: { devices: batches.flat() },
    batch_size: batches[0]?.length ?? 1,
    canary: 0,
    pause_after_canary: false,
    min_healthy_time_ms: 10_000,
    healthy_deadline_ms: 300_000,
    max_failures: 0,
    auto_rollback: true,
    id,
    sha256: 'abc',
    actor: 'operator',
    status: 'in_progress',
    batches,
    current_batch: 0,
    devices,
    awaiting_promote: false,
    promoted: false,
    cancel_requested: false,
    rollback_on_cancel: false,
    created_ms: 1_000,
    updated_ms: 1_000,
    finished_ms: null,
    error: null,
    ...rest,
  };
  return viewOf(d);
}

const TASK_SPEC = taskSpec({ command: { argv: ['echo', 'hi'] } });

/** A task record as the queue persists it (transitions.ts newTask); `attempts` and the rest as given. */
export function task(id: string, seq: number, over: Partial<Task> = {}): Task {
  return { ...newTask(TASK_SPEC, { id, seq, actor: 'operator', now: seq * 1000 }), ...over };
}

export function attempt(n: number, device: string, over: Partial<Attempt> = {}): Attempt {
  return {
    n,
    device,
    state: 'running',
    run_id: `r${n}`,
    dispatched_ms: 1,
    started_ms: 2,
    ended_ms: null,
    exit_code: null,
    signal: '',
    duration_ms: null,
    output_tail: '',
    reason: '',
    ...over,
  };
}

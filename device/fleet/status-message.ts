// Builds the retained DeviceStatus of the device from the supervisor's workload views and a
// system metrics sample: complete (a retained message is all a late subscriber gets) but
// small, with one summary line per workload; the details live on mc/{d}/workloads/{w}.
import type { MessageInput } from '../../proto/codec.ts';
import { workloadStatusOf } from '../../proto/names.ts';
import type { SystemMetricsSample } from '../health/system-metrics.ts';
import type { WorkloadView } from '../supervisor/types.ts';
import { systemMetricsOf } from '../wire.ts';

export type StatusMessage = MessageInput<'status'>;

export interface StatusIdentity {
  device: string;
  bootId: string;
  daemonVersion: string;
  tags: readonly string[];
  /** Presence/DeviceStatus.capabilities (e.g. exec, container:podman); fixed for a daemon run. */
  capabilities?: readonly string[];
}

/** Where the device stands with its desired state (what the rolling deployer waits on). */
export interface ReleaseProgress {
  desired_generation: number;
  release_error: string;
}

export function statusMessage(
  id: StatusIdentity,
  views: readonly WorkloadView[],
  sample: SystemMetricsSample | undefined,
  release: string,
  seq: number,
  now: number,
  progress?: ReleaseProgress,
  tasksRunning = 0,
): StatusMessage {
  let running = 0;
  let failed = 0;
  for (const v of views) {
    if (v.status === 'running') running += 1;
    // A workload resting after a crash loop is failing too, even if it will retry by itself.
    else if (v.status === 'failed' || v.status === 'backoff') failed += 1;
  }
  return {
    device: id.device,
    seq,
    ts_ms: now,
    release,
    ...(sample ? { system: systemMetricsOf(sample) } : {}),
    workloads: views.map((v) => ({ name: v.name, status: workloadStatusOf(v.status) })),
    workloads_running: running,
    workloads_failed: failed,
    workloads_total: views.length,
    tags: [...id.tags],
    daemon_version: id.daemonVersion,
    boot_id: id.bootId,
    ...(progress
      ? { desired_generation: progress.desired_generation, release_error: progress.release_error }
      : {}),
    tasks_running: tasksRunning,
    capabilities: [...(id.capabilities ?? [])],
  };
}

// Converts the daemon's internal records (supervisor views, runs, events, metrics) into the
// Protobuf messages of the contract. One place, so the local socket, the fleet link and the
// command replies describe a workload identically.
import type { MessageInput } from '../proto/codec.ts';
import { eventTypeOf, workloadStatusOf } from '../proto/names.ts';
import type { SystemMetricsSample } from './health/system-metrics.ts';
import type { RunRecord, SupervisorEvent, WorkloadView } from './supervisor/types.ts';

export type WorkloadStateMessage = MessageInput<'workload'>;
export type EventMessage = MessageInput<'events'>;
type RunRecordMessage = NonNullable<NonNullable<MessageInput<'reply'>['detail']>['runs']>[number];
type SystemMetricsMessage = NonNullable<MessageInput<'status'>['system']>;

export function workloadStateOf(view: WorkloadView): WorkloadStateMessage {
  return {
    name: view.name,
    status: workloadStatusOf(view.status),
    type: view.type,
    run_mode: view.run_mode,
    pid: view.pid ?? 0,
    run_count: view.run_count,
    last_started_ms: view.last_started_ms ?? 0,
    last_stopped_ms: view.last_stopped_ms ?? 0,
    ...(view.last_exit_code === null ? {} : { last_exit_code: view.last_exit_code }),
    last_signal: view.last_signal ?? '',
    last_error: view.last_error ?? '',
    consecutive_failures: view.consecutive_failures,
    restarts: view.restarts,
    rss_bytes: Math.round(view.rss_bytes),
    cpu_percent: view.cpu_percent,
    version: view.version,
    next_run_ms: view.next_run_ms ?? 0,
    backoff_until_ms: view.backoff_until_ms ?? 0,
    max_runs: view.max_runs ?? 0,
    tags: view.tags,
    ts_ms: view.ts_ms,
    schedule: view.schedule ?? '',
    memory_limit_mb: view.memory_limit_mb ?? 0,
  };
}

export function runRecordOf(run: RunRecord): RunRecordMessage {
  return {
    run_id: run.run_id,
    started_ms: run.started_ms,
    ended_ms: run.ended_ms ?? 0,
    ...(run.exit_code === null ? {} : { exit_code: run.exit_code }),
    signal: run.signal ?? '',
    duration_ms: run.duration_ms ?? 0,
    reason: run.reason ?? '',
  };
}

export function eventOf(event: SupervisorEvent, seq: number, bootId: string): EventMessage {
  return {
    seq,
    ts_ms: event.ts,
    type: eventTypeOf(event.type),
    workload: event.workload,
    message: event.message,
    ...(event.exit_code === undefined ? {} : { exit_code: event.exit_code }),
    signal: event.signal ?? '',
    run_id: event.run_id,
    boot_id: bootId,
  };
}

export function systemMetricsOf(sample: SystemMetricsSample): SystemMetricsMessage {
  const { sampled_at: _at, ...metrics } = sample;
  return metrics;
}

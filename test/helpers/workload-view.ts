// A WorkloadView as the supervisor reports it: a running service with one run and no
// failures. For tests and benchmarks that need workload states without a supervisor.
import type { WorkloadView } from '../../device/supervisor/types.ts';

export function runningWorkloadView(name: string, extra: Partial<WorkloadView> = {}): WorkloadView {
  return {
    name,
    status: 'running',
    pid: 100,
    pgid: 100,
    run_id: 'r1',
    run_count: 1,
    restarts: 0,
    consecutive_failures: 0,
    last_started_ms: 1,
    last_stopped_ms: null,
    last_exit_code: null,
    last_signal: null,
    last_error: null,
    next_run_ms: null,
    backoff_until_ms: null,
    stopped_by_operator: false,
    type: 'service',
    run_mode: 'forever',
    version: '1',
    tags: [],
    max_runs: null,
    schedule: null,
    memory_limit_mb: null,
    rss_bytes: 1000,
    cpu_percent: 0,
    ts_ms: 0,
    ...extra,
  } as WorkloadView;
}

// What a run means for its workload: the fields of the state record a started or finished
// run updates, its history record, and the next step after it ends (run mode + restart
// decision). No I/O beyond the boot id (read once).
import { bootId } from '../proc/boot-id.ts';
import type { RunRecord, WorkloadRecord, WorkloadStatus } from '../state/types.ts';
import type { RestartDecision } from './restart-policy.ts';
import type { Run, RunResult } from './run.ts';
import type { RunModeStrategy } from './run-modes.ts';

export type NextStep =
  /** No further run by itself; `finished` when an n_times workload has done all its runs. */
  | { kind: 'idle'; status: Extract<WorkloadStatus, 'completed' | 'failed'>; finished: boolean }
  /** Start again after `delayMs`; `crashLoop` when that delay is the crash-loop cooldown. */
  | {
      kind: 'restart';
      status: Extract<WorkloadStatus, 'starting' | 'backoff'>;
      delayMs: number;
      crashLoop: boolean;
    };

export function nextStep(
  mode: RunModeStrategy,
  record: Pick<WorkloadRecord, 'run_count' | 'stopped_by_operator'>,
  result: Pick<RunResult, 'failed'>,
  decision: RestartDecision,
): NextStep {
  const idle = result.failed ? 'failed' : 'completed';
  if (mode.isComplete(record)) return { kind: 'idle', status: idle, finished: true };
  if (!mode.shouldRestart(record)) return { kind: 'idle', status: idle, finished: false };
  return {
    kind: 'restart',
    // `backoff` while waiting because of failures, `starting` while waiting after a clean exit.
    status: result.failed || decision.crashLoop ? 'backoff' : 'starting',
    delayMs: decision.delayMs,
    crashLoop: decision.crashLoop,
  };
}

/** Updates the state record for a run just spawned (no handle: its spawn failed). */
export function recordRunStart(
  record: WorkloadRecord,
  run: Pick<Run, 'id' | 'startedMs' | 'handle'>,
  isRestart: boolean,
  nextRunMs: number | null,
): void {
  const { handle } = run;
  record.run_count += 1;
  if (isRestart) record.restarts += 1;
  Object.assign(record, {
    status: 'running',
    pid: handle?.pid ?? null,
    pgid: handle?.pgid ?? null,
    start_time: handle?.startTime ?? null,
    boot_id: handle ? bootId() : null,
    run_id: run.id,
    last_started_ms: run.startedMs,
    backoff_until_ms: null,
    next_run_ms: nextRunMs,
  });
}

/** Updates the state record for a run that ended (and the failure state, when counted). */
export function recordRunEnd(
  record: WorkloadRecord,
  result: RunResult,
  decision: RestartDecision | undefined,
): void {
  if (decision) {
    record.consecutive_failures = decision.state.consecutive_failures;
    record.failure_times = decision.state.failure_times;
  }
  record.pid = null;
  record.pgid = null;
  record.start_time = null;
  record.boot_id = null;
  record.last_stopped_ms = result.endedMs;
  record.last_exit_code = result.exitCode;
  record.last_signal = result.signal;
  // A failure sets last_error, a clean exit clears it, an operator stop leaves it.
  if (result.failed) record.last_error = result.message;
  else if (result.reason === 'exit') record.last_error = null;
}

/** The history record of a run, at its start (no result yet) or at its end. */
export function runRecord(
  workload: string,
  run: { id: string; pid: number | null; startedMs: number },
  result?: RunResult,
): RunRecord {
  return {
    workload,
    run_id: run.id,
    pid: run.pid,
    started_ms: run.startedMs,
    ended_ms: result?.endedMs ?? null,
    exit_code: result?.exitCode ?? null,
    signal: result?.signal ?? null,
    duration_ms: result ? result.endedMs - run.startedMs : null,
    reason: result?.reason ?? null,
    message: result?.message ?? null,
  };
}

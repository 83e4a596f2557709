// How a task record changes when something happens to one of its attempts: pure functions
// that mutate the record in memory and say what the queue must do next. The queue persists
// the record before acting on the verdict (docs/tasks.md, "Failover").
//
// At-least-once: an attempt whose device is lost is given up and the task queued again (while
// retries last). The lost device may still finish it and report later; the first successful
// report wins, whichever attempt it came from, and any later report is kept as a duplicate.
import {
  type Attempt,
  type AttemptState,
  type FinishReport,
  isFinal,
  type Task,
  type TaskSpec,
  type TaskState,
} from './types.ts';

/**
 * A finished run's report applied to its task: the verdict and why (a run the daemon lost
 * in a restart counts as a lost device); null when it changed nothing.
 */
export function applyReport(
  task: Task,
  report: FinishReport,
  now: number,
  tailBytes: number,
): { verdict: Verdict; reason: 'lost' | 'failed' } | null {
  if (report.state !== 'lost') {
    const verdict = applyFinish(task, report, now, tailBytes);
    return verdict.kind === 'ignored' ? null : { verdict, reason: 'failed' };
  }
  const attempt = task.attempts.find((a) => a.n === report.attempt && a.device === report.device);
  if (!attempt) return null;
  const why = `${report.device} lost run ${report.run_id} (daemon restart)`;
  const verdict = loseAttempt(task, attempt, { state: 'lost', reason: why }, now);
  return verdict.kind === 'ignored' ? null : { verdict, reason: 'lost' };
}

/** A task as submitted: queued, with no attempt yet. */
export function newTask(spec: TaskSpec, at: { id: string; seq: number; actor: string; now: number }): Task {
  return {
    ...structuredClone(spec),
    id: at.id,
    seq: at.seq,
    state: 'queued',
    actor: at.actor,
    created_ms: at.now,
    updated_ms: at.now,
    started_ms: null,
    finished_ms: null,
    attempts: [],
    result: null,
    duplicates: [],
    cancel_requested: false,
    error: null,
  };
}

/** Device refusals that say nothing about the task itself: another device (or later) may take it. */
export const RETRYABLE_REFUSALS: readonly string[] = [
  'MC_ERR_UNAVAILABLE',
  'MC_ERR_LIMIT',
  'MC_ERR_UNKNOWN_COMMAND',
  'MC_ERR_EXPIRED',
  'MC_ERR_TIMEOUT',
];

export type Verdict =
  /** Nothing changed (an unknown attempt, or a repeat of a report already applied). */
  | { kind: 'ignored' }
  /** The attempt ended; the task is still waiting for its current attempt. */
  | { kind: 'recorded' }
  | { kind: 'requeued' }
  | { kind: 'finished'; state: TaskState; stop?: Attempt }
  | { kind: 'duplicate' };

export const currentAttempt = (task: Task): Attempt | undefined => task.attempts[task.attempts.length - 1];

const retriesLeft = (task: Task) => task.attempts.length < task.retries + 1;

/** The device's words (ExecStatus.state) as an attempt state. */
export function attemptStateOf(state: string, exitCode: number | null): AttemptState {
  switch (state) {
    case 'succeeded':
    case 'failed':
    case 'timeout':
    case 'stopped':
      return state;
    case '':
    case 'exited':
    case 'completed':
      return exitCode === 0 ? 'succeeded' : 'failed';
    default:
      // memory_limit, spawn_error and whatever a newer daemon reports: not a success.
      return exitCode === 0 && state === 'exit' ? 'succeeded' : 'failed';
  }
}

/** The last `bytes` bytes of s (UTF-8), starting on a character boundary. */
export function tail(s: string, bytes: number): string {
  const buf = Buffer.from(s, 'utf8');
  if (buf.length <= bytes) return s;
  let start = buf.length - bytes;
  while (start < buf.length && ((buf[start] ?? 0) & 0xc0) === 0x80) start++;
  return buf.subarray(start).toString('utf8');
}

function finish(task: Task, state: TaskState, now: number, error: string | null): void {
  task.state = state;
  task.finished_ms = now;
  task.error = error;
}

function resultOf(a: Attempt): Task['result'] {
  return {
    attempt: a.n,
    device: a.device,
    run_id: a.run_id,
    state: a.state,
    exit_code: a.exit_code,
    signal: a.signal,
    duration_ms: a.duration_ms,
    output_tail: a.output_tail,
  };
}

function describe(a: Attempt): string {
  if (a.state === 'timeout') return `attempt ${a.n} on ${a.device} timed out`;
  if (a.state === 'stopped') return `attempt ${a.n} on ${a.device} was stopped on the device`;
  const how = a.exit_code !== null ? `exit code ${a.exit_code}` : a.signal ? `signal ${a.signal}` : 'failure';
  return `attempt ${a.n} on ${a.device} ended with ${how}${a.reason ? `: ${a.reason}` : ''}`;
}

/** Applies a finished report (TASK_FINISHED event or ExecStatus) of one attempt. */
export function applyFinish(task: Task, report: FinishReport, now: number, tailBytes: number): Verdict {
  const attempt = task.attempts.find((a) => a.n === report.attempt);
  if (!attempt || attempt.device !== report.device) return { kind: 'ignored' };
  // Both the event and a status reply may report the same end; the first one counts.
  const lateFromLost = attempt.state === 'lost';
  if (attempt.state !== 'dispatching' && attempt.state !== 'running' && !lateFromLost) {
    return { kind: 'ignored' };
  }
  attempt.state = attemptStateOf(report.state, report.exit_code);
  attempt.run_id = report.run_id || attempt.run_id;
  attempt.started_ms = report.started_ms ?? attempt.started_ms;
  attempt.ended_ms = report.ended_ms ?? now;
  attempt.exit_code = report.exit_code;
  attempt.signal = report.signal;
  attempt.duration_ms =
    report.duration_ms ??
    (attempt.started_ms !== null && attempt.ended_ms !== null ? attempt.ended_ms - attempt.started_ms : null);
  attempt.output_tail = tail(report.output_tail, tailBytes);
  if (lateFromLost) attempt.reason = `${attempt.reason}; reported finished later`;
  else if (report.reason && report.reason !== 'exit') attempt.reason = report.reason;
  // The end overtook the ExecStarted reply: the run did start, about now at the latest.
  task.started_ms ??= now;
  const success = attempt.state === 'succeeded';

  if (isFinal(task.state)) {
    if (success && task.state !== 'succeeded' && task.state !== 'cancelled') {
      // Given up (lost, or failed on a later attempt), yet this attempt did succeed.
      task.result = resultOf(attempt);
      finish(task, 'succeeded', now, null);
      return { kind: 'finished', state: 'succeeded' };
    }
    task.duplicates.push({
      attempt: attempt.n,
      device: attempt.device,
      run_id: attempt.run_id,
      state: attempt.state,
      exit_code: attempt.exit_code,
      received_ms: now,
    });
    return { kind: 'duplicate' };
  }
  const current = currentAttempt(task);
  if (attempt !== current) {
    // An attempt given up as lost came back. Its success is the task's first success: keep
    // it, and stop the re-run still going (its own report becomes a duplicate).
    if (!success) return { kind: 'recorded' };
    task.result = resultOf(attempt);
    finish(task, 'succeeded', now, null);
    const stop =
      current && (current.state === 'running' || current.state === 'dispatching') ? current : undefined;
    return stop ? { kind: 'finished', state: 'succeeded', stop } : { kind: 'finished', state: 'succeeded' };
  }
  task.result = resultOf(attempt);
  if (success) {
    finish(task, 'succeeded', now, null);
    return { kind: 'finished', state: 'succeeded' };
  }
  if (task.cancel_requested) {
    finish(task, 'cancelled', now, 'cancelled while running');
    return { kind: 'finished', state: 'cancelled' };
  }
  if (task.retry_failed && retriesLeft(task)) {
    task.state = 'queued';
    return { kind: 'requeued' };
  }
  const state: TaskState = attempt.state === 'timeout' ? 'timeout' : 'failed';
  finish(task, state, now, describe(attempt));
  return { kind: 'finished', state };
}

/**
 * The current attempt's device is gone (offline, or stale past the deadline), or it refused
 * the ExecCmd with a retryable code: requeue while retries last.
 */
export function loseAttempt(
  task: Task,
  attempt: Attempt,
  how: { state: 'lost' | 'refused'; reason: string; fatal?: boolean },
  now: number,
): Verdict {
  if (attempt.state !== 'dispatching' && attempt.state !== 'running') return { kind: 'ignored' };
  attempt.state = how.state;
  attempt.reason = how.reason;
  attempt.ended_ms = now;
  if (attempt !== currentAttempt(task) || task.state === 'succeeded') return { kind: 'recorded' };
  if (task.cancel_requested) {
    finish(task, 'cancelled', now, `cancelled; ${how.reason}`);
    return { kind: 'finished', state: 'cancelled' };
  }
  if (!how.fatal && retriesLeft(task)) {
    task.state = 'queued';
    return { kind: 'requeued' };
  }
  const state: TaskState = how.state === 'lost' ? 'lost' : 'failed';
  const why = how.fatal ? how.reason : `${how.reason}; no retries left (${task.retries})`;
  finish(task, state, now, why);
  return { kind: 'finished', state };
}

/** A queued task is cancelled at once; an active one is marked and its run stopped. */
export function requestCancel(task: Task, now: number): 'cancelled' | 'stopping' | 'final' {
  if (task.state === 'queued') {
    task.cancel_requested = true;
    finish(task, 'cancelled', now, 'cancelled while queued');
    return 'cancelled';
  }
  if (task.state === 'dispatching' || task.state === 'running') {
    task.cancel_requested = true;
    return 'stopping';
  }
  return 'final';
}

/** A new attempt on `device`, appended and made current. */
export function addAttempt(task: Task, device: string, now: number): Attempt {
  const attempt: Attempt = {
    n: task.attempts.length + 1,
    device,
    state: 'dispatching',
    run_id: null,
    dispatched_ms: now,
    started_ms: null,
    ended_ms: null,
    exit_code: null,
    signal: '',
    duration_ms: null,
    output_tail: '',
    reason: '',
  };
  task.attempts.push(attempt);
  task.state = 'dispatching';
  return attempt;
}

/** The device accepted the ExecCmd. */
export function markStarted(task: Task, attempt: Attempt, runId: string, now: number): boolean {
  if (attempt.state !== 'dispatching') {
    // Finished (or lost) before the reply was handled: keep the run id for the logs.
    attempt.run_id ??= runId;
    return false;
  }
  attempt.state = 'running';
  attempt.run_id = runId;
  attempt.started_ms = now;
  task.started_ms ??= now;
  if (attempt === currentAttempt(task) && task.state === 'dispatching') task.state = 'running';
  return true;
}

/**
 * Why an active attempt on this device is given up, or null while the device may still
 * finish it: offline (its Last Will, or a clean shutdown) at once; stale once it has been
 * stale for lostAfterMs; a device neither the store nor the registry knows any more.
 */
export function lostReason(
  device: { health: string; health_since_ms: number } | undefined,
  name: string,
  o: { known: boolean; now: number; lostAfterMs: number },
): string | null {
  if (!device) return o.known ? null : `device ${name} was removed`;
  if (device.health === 'offline') return `device ${name} went offline`;
  if (device.health === 'stale' && o.now - device.health_since_ms >= o.lostAfterMs) {
    return `device ${name} stale for ${Math.round((o.now - device.health_since_ms) / 1000)} s`;
  }
  return null;
}

// The record the daemon keeps of each task run (LMDB, device/tasks/task-store.ts), and what
// the contract says about it: the ExecStatus reply, the TASK_STARTED / TASK_FINISHED events,
// and the exit code `mctl exec` returns. Pure; no I/O.
import type { MessageInput } from '../../proto/codec.ts';
import { eventTypeOf } from '../../proto/names.ts';
import { containerName } from '../supervisor/container.ts';
import type { RunResult } from '../supervisor/run.ts';
import { commandSummary, type ExecSpec } from './exec-spec.ts';

export const TASK_STATES = ['running', 'succeeded', 'failed', 'timeout', 'stopped', 'lost'] as const;
export type TaskState = (typeof TASK_STATES)[number];
export type TaskReason = RunResult['reason'] | 'lost';

/** Output kept in the record and the TASK_FINISHED event (the full log stays in the file). */
export const OUTPUT_TAIL_BYTES = 8 * 1024;

export interface TaskRunRecord {
  run_id: string;
  task_id: string;
  attempt: number;
  state: TaskState;
  /** "process" | "container" */
  runtime: 'process' | 'container';
  /** commandSummary() of what ran. */
  command: string;
  pid: number | null;
  pgid: number | null;
  /** /proc start time of pid (clock ticks since boot): with boot_id, what adoption trusts. */
  start_time: number | null;
  boot_id: string | null;
  /** Container name, for container runs. */
  container: string | null;
  started_ms: number;
  ended_ms: number | null;
  timeout_ms: number | null;
  memory_limit_mb: number;
  exit_code: number | null;
  signal: string | null;
  reason: TaskReason | null;
  message: string;
  output_tail: string;
  /** Script file of a script run (removed when the run ends). */
  script_path: string | null;
  /** Id of the exec command that started the run (absent in records written before it). */
  command_id?: string;
}

type ExecStatusMessage = NonNullable<MessageInput<'reply'>['exec_status']>;
type EventMessage = MessageInput<'events'>;

/** State of a run that ended with `result`. */
/** The record of a run about to start, as committed before its spawn. */
export function newRunRecord(
  spec: ExecSpec,
  at: { runId: string; now: number; bootId: string; scriptPath: string | null; commandId: string },
): TaskRunRecord {
  return {
    run_id: at.runId,
    task_id: spec.task_id,
    attempt: spec.attempt,
    state: 'running',
    runtime: spec.container ? 'container' : 'process',
    command: commandSummary(spec),
    pid: null,
    pgid: null,
    start_time: null,
    boot_id: at.bootId,
    // Known before the spawn, so a daemon that dies right after it can still stop the container.
    container: spec.container ? containerName('t', at.runId) : null,
    started_ms: at.now,
    ended_ms: null,
    timeout_ms: spec.timeout_s > 0 ? spec.timeout_s * 1000 : null,
    memory_limit_mb: spec.memory_limit_mb,
    exit_code: null,
    signal: null,
    reason: null,
    message: '',
    output_tail: '',
    script_path: at.scriptPath,
    ...(at.commandId ? { command_id: at.commandId } : {}),
  };
}

export function stateOf(result: Pick<RunResult, 'reason' | 'exitCode' | 'signal'>): TaskState {
  switch (result.reason) {
    case 'timeout':
      return 'timeout';
    case 'stopped':
      return 'stopped';
    case 'memory_limit':
    case 'spawn_error':
    case 'signal':
      return 'failed';
    default:
      return result.exitCode === 0 && !result.signal ? 'succeeded' : 'failed';
  }
}

export function durationOf(record: Pick<TaskRunRecord, 'started_ms' | 'ended_ms'>, now: number): number {
  return Math.max(0, (record.ended_ms ?? now) - record.started_ms);
}

export function execStatusOf(record: TaskRunRecord, now: number, outputTail?: string): ExecStatusMessage {
  return {
    run_id: record.run_id,
    state: record.state,
    pid: record.pid ?? 0,
    started_ms: record.started_ms,
    ended_ms: record.ended_ms ?? 0,
    ...(record.exit_code === null ? {} : { exit_code: record.exit_code }),
    signal: record.signal ?? '',
    output_tail: outputTail ?? record.output_tail,
    task_id: record.task_id,
    reason: record.reason ?? '',
    duration_ms: durationOf(record, now),
    attempt: record.attempt,
    message: record.message,
    runtime: record.runtime,
    command: record.command,
  };
}

/** TASK_STARTED: who and what, so a task queue sees the run begin. */
export function taskStartedEvent(record: TaskRunRecord): Omit<EventMessage, 'seq' | 'boot_id'> {
  return {
    ts_ms: record.started_ms,
    type: eventTypeOf('task_started'),
    workload: '',
    run_id: record.run_id,
    message: `task run ${record.run_id} started (pid ${record.pid ?? '-'}): ${record.command}`,
    attrs: {
      task_id: record.task_id,
      attempt: String(record.attempt),
      pid: String(record.pid ?? 0),
      runtime: record.runtime,
      command: record.command,
      started_ms: String(record.started_ms),
    },
  };
}

/**
 * TASK_FINISHED: the whole result (it goes through the outbox, so a task queue sees it even
 * when the device was offline as the run ended): state, exit code, signal, duration, task id,
 * attempt and the bounded output tail.
 */
export function taskFinishedEvent(record: TaskRunRecord, now: number): Omit<EventMessage, 'seq' | 'boot_id'> {
  return {
    ts_ms: record.ended_ms ?? now,
    type: eventTypeOf('task_finished'),
    workload: '',
    run_id: record.run_id,
    message: record.message,
    ...(record.exit_code === null ? {} : { exit_code: record.exit_code }),
    signal: record.signal ?? '',
    attrs: {
      task_id: record.task_id,
      attempt: String(record.attempt),
      state: record.state,
      reason: record.reason ?? '',
      duration_ms: String(durationOf(record, now)),
      started_ms: String(record.started_ms),
      ended_ms: String(record.ended_ms ?? now),
      runtime: record.runtime,
      command: record.command,
      output_tail: record.output_tail,
    },
  };
}

const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
};

/** Exit code of `mctl exec` for a finished run (see docs/tasks.md). */
export const EXIT_TIMEOUT = 124;
export const EXIT_LOST = 125;
export const EXIT_SPAWN = 127;
export const EXIT_MEMORY = 137;

export function cliExitCode(status: {
  state: string;
  reason: string;
  exit_code?: number | null;
  signal?: string | null;
}): number {
  if (status.state === 'timeout') return EXIT_TIMEOUT;
  if (status.state === 'lost') return EXIT_LOST;
  if (status.reason === 'spawn_error') return EXIT_SPAWN;
  if (status.reason === 'memory_limit') return EXIT_MEMORY;
  if (status.signal) return 128 + (SIGNALS[status.signal] ?? 15);
  if (typeof status.exit_code === 'number') return status.exit_code;
  return status.state === 'succeeded' ? 0 : 1;
}

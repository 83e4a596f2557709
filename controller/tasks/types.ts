// The shapes of a fleet task as persisted in LMDB and served by the API. The record is the
// whole truth: the queue keeps only indexes in memory, so a restarted controller continues
// from exactly what was last written (docs/tasks.md, "Queue").

/**
 * queued      waiting for a matching online device with capacity
 * dispatching an attempt was written and its ExecCmd sent; no ExecStarted reply yet
 * running     the device answered ExecStarted (run id known)
 * succeeded   an attempt exited 0 (the first success is kept)
 * failed      the last attempt exited non-zero, was killed, or the device refused the command
 * timeout     the last attempt ran past timeout_s and was killed by the device
 * cancelled   cancelled while queued, or stopped on request while running
 * lost        its device went away and no retry was left
 */
export type TaskState =
  | 'queued'
  | 'dispatching'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'timeout'
  | 'cancelled'
  | 'lost';

export const TASK_STATES: readonly TaskState[] = [
  'queued',
  'dispatching',
  'running',
  'succeeded',
  'failed',
  'timeout',
  'cancelled',
  'lost',
];

export const ACTIVE_TASK_STATES: readonly TaskState[] = ['queued', 'dispatching', 'running'];
export const FINAL_TASK_STATES: readonly TaskState[] = [
  'succeeded',
  'failed',
  'timeout',
  'cancelled',
  'lost',
];

export const isFinal = (state: TaskState) => FINAL_TASK_STATES.includes(state);

/**
 * One try of a task on one device.
 * lost: the device went offline (Last Will) or stayed stale past the deadline while the
 * attempt was active; refused: the device answered the ExecCmd with an error.
 */
export type AttemptState =
  | 'dispatching'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'timeout'
  | 'stopped'
  | 'lost'
  | 'refused';

export const ACTIVE_ATTEMPT_STATES: readonly AttemptState[] = ['dispatching', 'running'];

/** What the device runs: the ExecCmd of every attempt. */
export interface TaskCommand {
  /** argv[0] is the program; or a script with an interpreter. Exactly one of the two. */
  argv: string[];
  script: string;
  interpreter: string;
  env: Record<string, string>;
  cwd: string;
  /** 0 = the device's default. */
  timeout_s: number;
  memory_limit_mb: number;
  cpu_nice: number;
}

export interface Placement {
  /** A named device; when set, tags are not consulted. */
  device: string | null;
  /** Every one of these must be on the device (registry or daemon.yaml tags). */
  tags: string[];
  strategy: 'least_loaded';
  /** Queue tasks active on one device at once, this task included. */
  max_parallel_per_device: number;
}

export interface TaskSpec {
  command: TaskCommand;
  /** Higher runs first; FIFO within a priority. */
  priority: number;
  placement: Placement;
  /** Further attempts after the first when one is lost (or fails, with retry_failed). */
  retries: number;
  /** Also retry an attempt that failed or timed out (default: only lost attempts are retried). */
  retry_failed: boolean;
  /** Free text for people (shown by mctl task ls). */
  name: string;
}

export interface Attempt {
  /** 1, 2, … */
  n: number;
  device: string;
  state: AttemptState;
  /** The device's run id, from ExecStarted (or the finished report); null before. */
  run_id: string | null;
  dispatched_ms: number;
  /** When the device started it (its clock); null before ExecStarted. */
  started_ms: number | null;
  ended_ms: number | null;
  exit_code: number | null;
  signal: string;
  duration_ms: number | null;
  /** The last bytes of combined output, as reported. */
  output_tail: string;
  /** Why it ended as lost/refused/stopped, or the device's error. */
  reason: string;
}

/** The kept outcome of a task: a copy of the attempt that decided it. */
export interface TaskResult {
  attempt: number;
  device: string;
  run_id: string | null;
  state: AttemptState;
  exit_code: number | null;
  signal: string;
  duration_ms: number | null;
  output_tail: string;
}

/** A finished report of an attempt that came after the task already had its result. */
export interface DuplicateReport {
  attempt: number;
  device: string;
  run_id: string | null;
  state: AttemptState;
  exit_code: number | null;
  received_ms: number;
}

export interface Task extends TaskSpec {
  id: string;
  /** Submission order, for FIFO within a priority (survives restarts). */
  seq: number;
  state: TaskState;
  actor: string;
  created_ms: number;
  updated_ms: number;
  /** When the first attempt started on a device (queue-to-start latency = started − created). */
  started_ms: number | null;
  finished_ms: number | null;
  attempts: Attempt[];
  result: TaskResult | null;
  duplicates: DuplicateReport[];
  cancel_requested: boolean;
  /** Why the task ended as it did, for people (null while active, and for a plain success). */
  error: string | null;
}

/** A device as placement sees it. */
export interface Candidate {
  name: string;
  tags: readonly string[];
  /** Queue attempts active on the device (dispatching or running). */
  active: number;
  /** What the device reported: every exec run, queued or ad hoc. */
  reported_running: number;
  cpu_percent: number;
  /** 0..1 */
  mem_fraction: number;
}

/** A finished run as the device reports it (TASK_FINISHED event or ExecStatus). */
export interface FinishReport {
  task_id: string;
  attempt: number;
  device: string;
  run_id: string;
  /** succeeded | failed | timeout | stopped (the device's words). */
  state: string;
  exit_code: number | null;
  signal: string;
  started_ms: number | null;
  ended_ms: number | null;
  duration_ms: number | null;
  output_tail: string;
  /** Why the run ended, in the device's words (exit, signal, timeout, memory_limit, spawn_error…). */
  reason?: string;
}

export interface TaskChange {
  kind: 'task';
  task: Task;
}

/** A page of GET /api/tasks (TaskQueue.list). */
export interface TaskListQuery {
  states?: TaskState[];
  device?: string;
  limit?: number;
  /** Only tasks submitted before this id (the `next` of the previous page). */
  before?: string;
}

export interface TaskLogs {
  task_id: string;
  attempt: number;
  device: string;
  run_id: string | null;
  /** device: read from the device now; stored_tail: the device could not be asked, the kept tail. */
  source: 'device' | 'stored_tail';
  lines: string[];
  note: string;
}

// The summary of a task that GET /api/tasks lists and the dashboard's task tables show. Pure
// (no Fastify, no LMDB), so the dashboard computes the same rows from live-feed records.
import { currentAttempt } from './transitions.ts';
import type { Task, TaskState } from './types.ts';

/** One row of GET /api/tasks: what a table of tasks shows, without attempts and output. */
export interface TaskSummary {
  id: string;
  name: string;
  state: TaskState;
  priority: number;
  /** argv joined with spaces, or "script (<interpreter>)". */
  command: string;
  /** The device of the kept result, else of the current attempt, else the pinned one; null while unplaced. */
  device: string | null;
  tags: string[];
  attempts: number;
  exit_code: number | null;
  duration_ms: number | null;
  created_ms: number;
  started_ms: number | null;
  finished_ms: number | null;
  actor: string;
  cancel_requested: boolean;
  duplicates: number;
  error: string | null;
}

export function summaryOf(t: Task): TaskSummary {
  const c = t.command;
  const current = currentAttempt(t);
  return {
    id: t.id,
    name: t.name,
    state: t.state,
    priority: t.priority,
    command: c.argv.length > 0 ? c.argv.join(' ') : `script (${c.interpreter || '/bin/sh'})`,
    device: t.result?.device ?? current?.device ?? t.placement.device,
    tags: t.placement.tags,
    attempts: t.attempts.length,
    exit_code: t.result?.exit_code ?? null,
    duration_ms: t.result?.duration_ms ?? null,
    created_ms: t.created_ms,
    started_ms: t.started_ms,
    finished_ms: t.finished_ms,
    actor: t.actor,
    cancel_requested: t.cancel_requested,
    duplicates: t.duplicates.length,
    error: t.error,
  };
}

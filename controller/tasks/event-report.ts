// A device's TASK_FINISHED event, as stored by the fleet store, read as the report the task
// queue settles an attempt with (transitions.ts applyFinish).
import type { StoredEvent } from '../store/types.ts';
import type { FinishReport } from './types.ts';

/** A TASK_FINISHED event as a report; null when it names no task (an ad-hoc `mctl exec`). */
export function reportOfEvent(event: StoredEvent): FinishReport | null {
  const a = event.attrs;
  const taskIdOf = a.task_id ?? '';
  const attempt = Number(a.attempt);
  if (taskIdOf === '' || !Number.isInteger(attempt) || attempt < 1) return null;
  const num = (v: string | undefined) =>
    v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
  const exit = event.exit_code ?? num(a.exit_code);
  const duration = num(a.duration_ms);
  const ended = num(a.ended_ms) ?? (event.ts_ms || null);
  return {
    task_id: taskIdOf,
    attempt,
    device: event.device,
    run_id: event.run_id || (a.run_id ?? ''),
    state: a.state ?? '',
    exit_code: exit,
    signal: event.signal || (a.signal ?? ''),
    started_ms: num(a.started_ms) ?? (ended !== null && duration !== null ? ended - duration : null),
    ended_ms: ended,
    duration_ms: duration,
    output_tail: a.output_tail ?? a.output ?? '',
    ...(a.reason ? { reason: a.reason } : {}),
  };
}

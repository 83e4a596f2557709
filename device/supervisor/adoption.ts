// Re-adoption after a daemon restart or crash. A stored run is adopted only if its pid is
// alive AND started at the stored start time in this same boot: a pid reused by another
// process never passes. A run that is gone is closed in the history as "ended while the
// daemon was down", with its exit status unknown (it was reaped by someone else).
import { bootId } from '../proc/boot-id.ts';
import { isSameProcess } from '../proc/identity.ts';
import type { RunRecord, WorkloadRecord } from '../state/types.ts';

const LIVE_STATUSES: ReadonlySet<string> = new Set(['running', 'stopping', 'starting']);

export interface AdoptableRun {
  pid: number;
  pgid: number;
  startTime: number;
  runId: string;
  startedMs: number;
}

/** The stored run if it is still running as the very same process, else undefined. */
export async function findAdoptable(stored: WorkloadRecord, now: number): Promise<AdoptableRun | undefined> {
  const { pid, start_time: startTime } = stored;
  if (pid === null || startTime === null || !LIVE_STATUSES.has(stored.status)) return undefined;
  if (stored.boot_id !== bootId()) return undefined;
  if (!(await isSameProcess(pid, startTime))) return undefined;
  return {
    pid,
    pgid: stored.pgid ?? pid,
    startTime,
    runId: stored.run_id ?? `adopted-${pid}`,
    startedMs: stored.last_started_ms ?? now,
  };
}

/** History record closing a run whose process vanished while no daemon watched it. */
export function lostRun(stored: WorkloadRecord, now: number): RunRecord | undefined {
  if (stored.pid === null || stored.run_id === null || stored.last_started_ms === null) return undefined;
  return {
    workload: stored.name,
    run_id: stored.run_id,
    pid: stored.pid,
    started_ms: stored.last_started_ms,
    ended_ms: now,
    exit_code: null,
    signal: null,
    duration_ms: now - stored.last_started_ms,
    reason: 'exit',
    message: 'ended while the daemon was down (exit status unknown)',
  };
}

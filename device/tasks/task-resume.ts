// How a task run's record ends: normally (from the Run's result), or as `lost` when a new
// daemon finds a run marked running whose process is gone. And which live process, if any,
// is a recorded run after a daemon restart: the one writing to its FIFO, else its pid with the
// same start time in the same boot (a reused pid never passes).
import { bootId } from '../proc/boot-id.ts';
import { isSameProcess } from '../proc/identity.ts';
import type { AdoptableRun } from '../supervisor/adoption.ts';
import type { RunResult } from '../supervisor/run.ts';
import { stateOf, type TaskRunRecord } from './task-record.ts';

type EndFields = Pick<TaskRunRecord, 'state' | 'reason' | 'exit_code' | 'signal' | 'ended_ms' | 'message'>;

/** The record fields of a run that ended with `result`. */
export function runEnd(result: RunResult, how: { adopted: boolean; shuttingDown: boolean }): EndFields {
  // An adopted run was not our child: when it ends by itself its exit status is unknown.
  const unknown = how.adopted && result.reason === 'exit' && result.exitCode === null && !result.signal;
  const base = { exit_code: result.exitCode, signal: result.signal, ended_ms: result.endedMs };
  if (unknown) {
    return {
      ...base,
      state: 'lost',
      reason: 'lost',
      message: `${result.message}: exit status unknown (the run outlived a daemon restart)`,
    };
  }
  const shutdown = how.shuttingDown && result.reason === 'stopped';
  return {
    ...base,
    state: stateOf(result),
    reason: result.reason,
    message: shutdown ? `${result.message}: the daemon shut down` : result.message,
  };
}

/** The record fields of a run whose process was gone when the daemon came back. */
export function lostRunEnd(record: Pick<TaskRunRecord, 'boot_id'>, now: number): EndFields {
  const rebooted = record.boot_id !== null && record.boot_id !== bootId();
  return {
    state: 'lost',
    reason: 'lost',
    exit_code: null,
    signal: null,
    ended_ms: now,
    message: rebooted
      ? 'the device rebooted while the run was in progress (exit status unknown)'
      : 'ended while the daemon was down (exit status unknown)',
  };
}

/** The live process of a run recorded as running, or undefined when it is gone. */
export async function findAliveRun(
  record: TaskRunRecord,
  viaFifo: readonly AdoptableRun[],
): Promise<AdoptableRun | undefined> {
  const byFifo = viaFifo.find((r) => r.runId === record.run_id) ?? viaFifo[0];
  if (byFifo) return byFifo;
  const { pid, start_time: startTime } = record;
  if (pid === null || startTime === null || record.boot_id !== bootId()) return undefined;
  if (!(await isSameProcess(pid, startTime))) return undefined;
  return {
    pid,
    pgid: record.pgid ?? pid,
    startTime,
    runId: record.run_id,
    startedMs: record.started_ms,
    recorded: true,
  };
}

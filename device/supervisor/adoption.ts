// Re-adoption after a daemon restart or crash: which live process, if any, is the current
// run of a workload. Two independent proofs, so that no window leaves a run unknown:
//
// 1. the stored record: its pid is alive AND started at the stored start time in this same
//    boot (a pid reused by another process never passes);
// 2. the log FIFO: a live process-group leader whose stdout is this workload's FIFO is one
//    of our runs, even when the daemon died before its pid reached LMDB (the commit after
//    spawn). It also finds second copies, which are then stopped.
//
// A stored run that is gone is closed in the history as "ended while the daemon was down",
// its exit status unknown (someone else reaped it).
import { bootId } from '../proc/boot-id.ts';
import { isSameProcess } from '../proc/identity.ts';
import { scanProcesses } from '../proc/process-group.ts';
import { environVar, startedAtMs, stdoutTarget } from '../proc/process-info.ts';
import { isLive } from '../proc/stat.ts';
import type { RunRecord, WorkloadRecord } from '../state/types.ts';

const LIVE_STATUSES: ReadonlySet<string> = new Set(['running', 'stopping', 'starting']);

export interface AdoptableRun {
  pid: number;
  pgid: number;
  startTime: number;
  runId: string;
  startedMs: number;
  /** False when found through its FIFO only: the run never reached the state store. */
  recorded: boolean;
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
    recorded: true,
  };
}

/** Live process-group leaders writing to a FIFO in `runDir`, by FIFO path (one scan of /proc). */
export function runsByFifo(runDir: string): Map<string, AdoptableRun[]> {
  const found = new Map<string, AdoptableRun[]>();
  const prefix = `${runDir.replace(/\/+$/, '')}/`;
  for (const p of scanProcesses()) {
    if (p.pid !== p.pgrp || !isLive(p)) continue;
    const target = stdoutTarget(p.pid);
    if (!target?.startsWith(prefix) || !target.endsWith('.fifo')) continue;
    const run: AdoptableRun = {
      pid: p.pid,
      pgid: p.pgrp,
      startTime: p.startTime,
      runId: environVar(p.pid, 'MC_RUN_ID') ?? `adopted-${p.pid}`,
      startedMs: startedAtMs(p.startTime),
      recorded: false,
    };
    found.set(target, [...(found.get(target) ?? []), run]);
  }
  return found;
}

/**
 * The run to adopt (the stored one first, else the newest found through the FIFO) and the
 * extra live copies, which must be stopped: there is never more than one run of a workload.
 */
export async function chooseLiveRun(
  stored: WorkloadRecord | undefined,
  viaFifo: readonly AdoptableRun[],
  now: number,
): Promise<{ adopt: AdoptableRun | undefined; extras: AdoptableRun[] }> {
  const fromRecord = stored ? await findAdoptable(stored, now) : undefined;
  const others = viaFifo
    .filter((run) => run.pid !== fromRecord?.pid)
    .sort((a, b) => b.startTime - a.startTime);
  if (fromRecord) return { adopt: fromRecord, extras: others };
  const [newest, ...extras] = others;
  // The newest run is the one the dead daemon started last; its run id may match the record.
  const adopt = newest && { ...newest, recorded: stored?.run_id === newest.runId };
  return { adopt, extras };
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

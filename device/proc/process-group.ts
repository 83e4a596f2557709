// Process-group views of /proc: every workload runs in its own group (pgid = pid of its
// first process), so "the workload" is the set of processes whose pgrp is that pgid —
// including grandchildren that a shell forked into the background.
//
// A full scan reads the stat of every process on the machine (hundreds), so callers that
// only ask "is anything left in this group?" try kill(-pgid, 0) first: one system call that
// answers "nothing" for the common case (the leader was alone and has been reaped).
import { readdirSync } from 'node:fs';
import { isLive, type ProcStat, readStatSync } from './stat.ts';

/** A scan of /proc; injectable so that callers' fast paths can be tested. */
export type ProcessScan = () => ProcStat[];

/** Reads the stat of every process; processes that vanish or cannot be read are skipped. */
export function scanProcesses(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    const first = name.charCodeAt(0);
    if (first < 48 || first > 57) continue; // not a pid directory (self, sys, meminfo…)
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readStatSync(pid);
      if (stat) stats.push(stat);
    } catch {
      // One unreadable entry (hidepid, a kernel oddity) must not hide every other process.
    }
  }
  return stats;
}

/**
 * False when no process at all (not even a zombie) is in group `pgid`, per kill(-pgid, 0).
 * EPERM means members exist that we may not signal. pgid 0 and 1 would address our own
 * group and every process: for those it says true, and only a scan can tell.
 */
export function groupExists(pgid: number): boolean {
  if (!Number.isInteger(pgid) || pgid <= 1) return true;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Every process of a group, zombies included. */
export function listGroup(pgid: number, scan: ProcessScan = scanProcesses): ProcStat[] {
  return scan().filter((s) => s.pgrp === pgid);
}

/**
 * Members of the group still running code. Zombies are exited and excluded: a group whose
 * only members are zombies (say, orphans PID 1 has not reaped yet) is empty here, although
 * kill(-pgid, 0) still finds it — so the scan decides whenever the group exists.
 */
export function liveGroupMembers(pgid: number, scan: ProcessScan = scanProcesses): ProcStat[] {
  if (!groupExists(pgid)) return [];
  return listGroup(pgid, scan).filter(isLive);
}

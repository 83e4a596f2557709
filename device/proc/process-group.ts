// Process-group views of /proc: every workload runs in its own group (pgid = pid of its
// first process), so "the workload" is the set of processes whose pgrp is that pgid —
// including grandchildren that a shell forked into the background.
import { readdir } from 'node:fs/promises';
import { isLive, type ProcStat, readStat } from './stat.ts';

/** Reads the stat of every process; processes that vanish during the scan are skipped. */
export async function scanProcesses(): Promise<ProcStat[]> {
  const entries = await readdir('/proc');
  const stats = await Promise.all(
    entries.filter((name) => /^\d+$/.test(name)).map((name) => readStat(Number(name)).catch(() => undefined)),
  );
  return stats.filter((s): s is ProcStat => s !== undefined);
}

/** Groups processes by process group id. */
export function byGroup(stats: readonly ProcStat[]): Map<number, ProcStat[]> {
  const groups = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const members = groups.get(stat.pgrp);
    if (members) members.push(stat);
    else groups.set(stat.pgrp, [stat]);
  }
  return groups;
}

/** Every process of a group, zombies included. */
export async function listGroup(pgid: number): Promise<ProcStat[]> {
  return (await scanProcesses()).filter((s) => s.pgrp === pgid);
}

/** Members of the group still running code (zombies are exited and excluded). */
export async function liveGroupMembers(pgid: number): Promise<ProcStat[]> {
  return (await listGroup(pgid)).filter(isLive);
}

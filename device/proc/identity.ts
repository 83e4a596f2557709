// Process identity for re-adoption. A pid alone is not an identity: after a reboot or a
// long uptime the kernel reuses pids, so a stored pid may now belong to an unrelated
// process. pid + start time (clock ticks since boot) is unique for the life of a boot.
import { isLive, readStat, readStatSync } from './stat.ts';

/** Start time of a live process in clock ticks since boot, or undefined if it is gone. */
export async function processStartTime(pid: number): Promise<number | undefined> {
  const stat = await readStat(pid);
  return stat && isLive(stat) ? stat.startTime : undefined;
}

export function processStartTimeSync(pid: number): number | undefined {
  const stat = readStatSync(pid);
  return stat ? stat.startTime : undefined;
}

/** True when `pid` is alive (not a zombie) and is the process that started at `startTime`. */
export async function isSameProcess(pid: number, startTime: number): Promise<boolean> {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const stat = await readStat(pid);
  return stat !== undefined && isLive(stat) && stat.startTime === startTime;
}

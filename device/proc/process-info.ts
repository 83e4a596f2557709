// More of a process than its stat line: where its stdout goes, one variable of its initial
// environment, and its start as wall-clock time. Reading another process's fd links and
// environ needs the same user (or root) — the daemon's own workloads always qualify.
// Synchronous like the stat reader (stat.ts): procfs never waits for a disk.
import { readFileSync, readlinkSync } from 'node:fs';
import { clockTicksPerSecond } from './sysconf.ts';

/** Target of /proc/<pid>/fd/1 (a path, or e.g. "pipe:[123]"), or undefined if unreadable. */
export function stdoutTarget(pid: number): string | undefined {
  try {
    return readlinkSync(`/proc/${pid}/fd/1`);
  } catch {
    return undefined;
  }
}

/** A variable of the environment the process was exec'd with, or undefined. */
export function environVar(pid: number, name: string): string | undefined {
  try {
    const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    const prefix = `${name}=`;
    return entries.find((e) => e.startsWith(prefix))?.slice(prefix.length);
  } catch {
    return undefined;
  }
}

let bootTimeMs: number | undefined;

/** Wall-clock time (ms) of a start time in clock ticks since boot (/proc/stat btime). */
export function startedAtMs(startTime: number): number {
  if (bootTimeMs === undefined) {
    const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    bootTimeMs = Number(btime ?? 0) * 1000;
  }
  return bootTimeMs + Math.round((startTime / clockTicksPerSecond()) * 1000);
}

// More of a process than its stat line: where its stdout goes, one variable of its initial
// environment, and its start as wall-clock time. Reading another process's fd links and
// environ needs the same user (or root) — the daemon's own workloads always qualify.
import { readFileSync } from 'node:fs';
import { readFile, readlink } from 'node:fs/promises';
import { clockTicksPerSecond } from './sysconf.ts';

/** Target of /proc/<pid>/fd/1 (a path, or e.g. "pipe:[123]"), or undefined if unreadable. */
export async function stdoutTarget(pid: number): Promise<string | undefined> {
  try {
    return await readlink(`/proc/${pid}/fd/1`);
  } catch {
    return undefined;
  }
}

/** A variable of the environment the process was exec'd with, or undefined. */
export async function environVar(pid: number, name: string): Promise<string | undefined> {
  try {
    const entries = (await readFile(`/proc/${pid}/environ`, 'utf8')).split('\0');
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

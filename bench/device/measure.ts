// The measurements, identical for every tool: they look only at /proc and at the workloads'
// own "running" reports, never at what a supervisor says about itself.
import { clockTicksPerSecond } from '../../device/proc/sysconf.ts';
import { msBetween, nowNs, sleep } from './markers.ts';
import { cpuTicks, type ProcessTable, rssKb, startTicks } from './proc-scan.ts';
import { ReadyReports } from './ready-reports.ts';
import type { Instance } from './tools/types.ts';

/** One instance as the measurements see it. */
export class Probe {
  readonly ready: ReadyReports;

  constructor(
    readonly table: ProcessTable,
    readonly instance: Instance,
  ) {
    this.ready = new ReadyReports(instance.readyDir);
  }

  /** Live workload pids of the instance that have reported running, with the time they did. */
  running(): Map<number, bigint> {
    const reports = this.ready.poll();
    const out = new Map<number, bigint>();
    for (const pid of this.table.workloads(this.instance.mark)) {
      const at = reports.get(pid);
      if (at !== undefined) out.set(pid, at);
    }
    return out;
  }
}

export interface AllRunning {
  /** When the last of the `count` workloads began to run (its own report). */
  lastNs: bigint;
  /** Live workload processes beyond `count` (a double start would show here). */
  extra: number;
  pids: number[];
}

/**
 * Waits until `count` live processes of the instance have reported running. The poll period
 * only decides when we stop waiting: the time comes from the reports themselves.
 */
export async function waitAllRunning(probe: Probe, count: number, timeoutMs = 60_000): Promise<AllRunning> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = probe.running();
    if (running.size >= count) {
      const times = [...running.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return { lastNs: times[count - 1] as bigint, extra: running.size - count, pids: [...running.keys()] };
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${probe.instance.mark}: ${running.size}/${count} workloads running after ${timeoutMs} ms`,
      );
    }
    await sleep(10);
  }
}

export interface CrashSample {
  victim: number;
  /** Date.now() at the kill, to compare with log times. */
  killedAtMs: number;
  replacement: number;
  /** SIGKILL → a new process of the instance exists in /proc (exec'd: it carries the mark). */
  toProcessMs: number;
  /** SIGKILL → the replacement's script began to run (its own report). */
  toRunningMs: number;
}

export interface CrashRun {
  samples: CrashSample[];
  failures: string[];
  /** Mean time between two /proc scans while waiting (the detection granularity). */
  pollPeriodMs: number;
}

/**
 * SIGKILLs `kills` workloads one after the other — the longest-running one each time, so the
 * kills rotate over all workloads and no single one looks crash-looping — and times the
 * replacement. Detection: a /proc scan on a 1 ms timer (readdir of /proc plus the environment
 * of new pids), so a time is late by at most one period plus one scan.
 */
export async function crashRestart(probe: Probe, kills: number, gapMs: number): Promise<CrashRun> {
  const samples: CrashSample[] = [];
  const failures: string[] = [];
  const killed = new Set<number>();
  let scans = 0;
  let scanningMs = 0;
  for (let k = 0; k < kills; k++) {
    const before = probe.running();
    const victim = [...before]
      .filter(([pid]) => !killed.has(pid))
      .sort((a, b) => (a[1] < b[1] ? -1 : 1))[0]?.[0];
    if (victim === undefined) {
      failures.push(`kill ${k + 1}: no running workload to kill`);
      break;
    }
    const known = new Set(probe.table.workloads(probe.instance.mark));
    killed.add(victim);
    const killedAtMs = Date.now();
    const t0 = nowNs();
    process.kill(victim, 'SIGKILL');
    let replacement: number | undefined;
    let seenNs = 0n;
    const deadline = Date.now() + 10_000;
    while (replacement === undefined && Date.now() < deadline) {
      await sleep(1);
      scans += 1;
      replacement = probe.table
        .workloads(probe.instance.mark)
        .find((pid) => !known.has(pid) && !killed.has(pid));
      seenNs = nowNs();
    }
    scanningMs += msBetween(t0, seenNs);
    if (replacement === undefined) {
      failures.push(`kill ${k + 1} (pid ${victim}): no replacement within 10 s`);
      continue;
    }
    let readyNs: bigint | undefined;
    while (readyNs === undefined && Date.now() < deadline) {
      readyNs = probe.ready.poll().get(replacement);
      if (readyNs === undefined) await sleep(2);
    }
    if (readyNs === undefined) {
      failures.push(`kill ${k + 1}: replacement ${replacement} never reported running`);
      continue;
    }
    samples.push({
      victim,
      killedAtMs,
      replacement,
      toProcessMs: msBetween(t0, seenNs),
      toRunningMs: msBetween(t0, readyNs),
    });
    await sleep(gapMs); // let the replacement finish booting before the next kill
  }
  return { samples, failures, pollPeriodMs: scans > 0 ? scanningMs / scans : Number.NaN };
}

export interface ForkWindow {
  /** Supervisor process start → its first / last workload process created (ms; 10 ms ticks). */
  firstForkMs: number;
  lastForkMs: number;
}

/**
 * When the supervisor created its workload processes, from the start times in /proc/<pid>/stat
 * (clock ticks since boot, so only 10 ms resolution, but the same clock for every process and
 * independent of what a supervisor logs). Splits a start into start-up and spawning.
 */
export function forkWindow(supervisorPid: number, pids: number[]): ForkWindow | undefined {
  const base = startTicks(supervisorPid);
  const ticks = pids.map(startTicks).filter((t): t is number => t !== undefined);
  if (base === undefined || ticks.length === 0) return undefined;
  const ms = (t: number): number => ((t - base) * 1000) / clockTicksPerSecond();
  return { firstForkMs: ms(Math.min(...ticks)), lastForkMs: ms(Math.max(...ticks)) };
}

/** VmRSS of `pid` after `settleMs`: the median of 5 samples taken over the following second. */
export async function settledRssKb(pid: number, settleMs: number): Promise<number> {
  await sleep(settleMs);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(rssKb(pid));
    await sleep(250);
  }
  return samples.sort((a, b) => a - b)[2] as number;
}

/** Total VmRSS of the instance's workload processes, in KiB. */
export function workloadsRssKb(probe: Probe): number {
  return probe.table.workloads(probe.instance.mark).reduce((sum, pid) => sum + rssKb(pid), 0);
}

/** CPU % (of one core) used by each of `pids` over the same `windowMs`, from utime + stime. */
export async function cpuPercent(pids: number[], windowMs: number): Promise<number[]> {
  const start = pids.map((pid) => cpuTicks(pid));
  const t0 = nowNs();
  await sleep(windowMs);
  const end = pids.map((pid) => cpuTicks(pid));
  const seconds = msBetween(t0, nowNs()) / 1000;
  const hz = clockTicksPerSecond();
  return pids.map((_, i) => {
    const a = start[i];
    const b = end[i];
    return a === undefined || b === undefined ? Number.NaN : ((b - a) / hz / seconds) * 100;
  });
}

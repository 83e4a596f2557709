// The RSS/CPU watchdog: every interval, one scan of /proc gives the resident memory and CPU
// time of every process group; each watched workload gets the totals of its own group
// (grandchildren included), which is what it really costs the device. Memory verdicts are
// the Runner's (warning at 90%, restart at 100% with memory_action: restart).
//
// The scan is the daemon's main idle cost, so it is one synchronous pass over /proc with a
// reused buffer (proc/stat.ts) for all workloads at once, summing only the watched groups.
import type { Logger } from 'pino';
import { type ProcessScan, scanProcesses } from '../proc/process-group.ts';
import { isLive } from '../proc/stat.ts';
import { clockTicksPerSecond, pageSize } from '../proc/sysconf.ts';
import type { Clock, TimerHandle } from './clock.ts';

export interface WatchTarget {
  readonly pgid: number | undefined;
  sample(sample: { rssBytes: number; cpuPercent: number }): void;
}

export interface RssWatchdogDeps {
  clock: Clock;
  logger: Logger;
  intervalMs: number;
  /** The workloads to sample, read afresh at every tick. */
  targets: () => Iterable<WatchTarget>;
  /** Reads /proc (default: every process's stat); injectable for tests. */
  scan?: ProcessScan;
}

export class RssWatchdog {
  private timer: TimerHandle | undefined;
  private running = false;
  private ticking: Promise<void> | undefined;
  /** CPU ticks and time of the previous sample, per process group. */
  private previous = new Map<number, { ticks: number; at: number }>();

  constructor(private readonly deps: RssWatchdogDeps) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.arm();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
    await this.ticking;
  }

  /** One sampling pass (also callable directly, e.g. by tests or a status request). */
  async tick(): Promise<void> {
    const totals = new Map<number, { rssPages: number; ticks: number }>();
    const targets: { target: WatchTarget; pgid: number }[] = [];
    for (const target of this.deps.targets()) {
      const pgid = target.pgid;
      if (pgid === undefined) continue;
      targets.push({ target, pgid });
      totals.set(pgid, { rssPages: 0, ticks: 0 });
    }
    if (targets.length === 0) return;
    for (const p of (this.deps.scan ?? scanProcesses)()) {
      const total = totals.get(p.pgrp);
      if (total === undefined || !isLive(p)) continue;
      total.rssPages += p.rssPages;
      total.ticks += p.utime + p.stime;
    }
    const now = this.deps.clock.now();
    const page = pageSize();
    const hz = clockTicksPerSecond();
    const seen = new Map<number, { ticks: number; at: number }>();
    for (const { target, pgid } of targets) {
      const { rssPages, ticks } = totals.get(pgid) ?? { rssPages: 0, ticks: 0 };
      const before = this.previous.get(pgid);
      const seconds = before ? (now - before.at) / 1000 : 0;
      // Members that exited take their CPU time with them, so a delta can be negative: clamp.
      const cpuPercent =
        before && seconds > 0 ? Math.max(0, ((ticks - before.ticks) / hz / seconds) * 100) : 0;
      seen.set(pgid, { ticks, at: now });
      target.sample({ rssBytes: rssPages * page, cpuPercent: Math.round(cpuPercent * 10) / 10 });
    }
    this.previous = seen;
  }

  private arm(): void {
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = undefined;
      this.ticking = this.tick()
        .catch((err: unknown) => this.deps.logger.warn({ err }, 'watchdog sample failed'))
        .finally(() => {
          this.ticking = undefined;
          if (this.running) this.arm();
        });
    }, this.deps.intervalMs);
  }
}

// The simulator's own load, reported with every line: CPU as % of one core since the last
// sample, RSS, and event-loop delay. A generator above ~80 % of a core (or with loop delays
// of hundreds of ms) is itself the bottleneck and its measurements are invalid; the scenario
// checks this and the fix is more simulator processes with fewer devices each.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface UsageSample {
  cpu_percent: number;
  rss_bytes: number;
  loop_p99_ms: number;
  loop_max_ms: number;
}

/** Shorter intervals (a report asked for right after another) are too noisy to mean anything. */
const MIN_INTERVAL_US = 1_000_000;

export class SelfUsage {
  #lastCpu = process.cpuUsage();
  #lastAt = process.hrtime.bigint();
  #last: UsageSample | undefined;
  readonly #loop = monitorEventLoopDelay({ resolution: 10 });

  constructor() {
    this.#loop.enable();
  }

  sample(): UsageSample {
    const cpu = process.cpuUsage();
    const at = process.hrtime.bigint();
    const usedUs = cpu.user - this.#lastCpu.user + (cpu.system - this.#lastCpu.system);
    const wallUs = Number(at - this.#lastAt) / 1000;
    if (wallUs < MIN_INTERVAL_US && this.#last)
      return { ...this.#last, rss_bytes: process.memoryUsage.rss() };
    this.#lastCpu = cpu;
    this.#lastAt = at;
    const out = {
      cpu_percent: wallUs > 0 ? Math.round((usedUs / wallUs) * 1000) / 10 : 0,
      rss_bytes: process.memoryUsage.rss(),
      loop_p99_ms: this.#loop.count > 0 ? Math.round(this.#loop.percentile(99) / 1e5) / 10 : 0,
      loop_max_ms: this.#loop.count > 0 ? Math.round(this.#loop.max / 1e5) / 10 : 0,
    };
    this.#loop.reset();
    this.#last = out;
    return out;
  }

  stop(): void {
    this.#loop.disable();
  }
}

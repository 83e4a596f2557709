// CPU and RSS of another process from /proc/<pid>, sampled by the scenario: the controller
// is a separate process, so its own metrics would cost it CPU and could not see a stall from
// outside. CPU is utime + stime (clock ticks) over wall time, as % of one core.
import { readFileSync } from 'node:fs';

/** USER_HZ: 100 on every Linux the project runs on (sysconf(_SC_CLK_TCK)). */
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

export interface ProcSample {
  at: number;
  /** % of one core since the previous sample (null for the first). */
  cpu_percent: number | null;
  rss_bytes: number;
}

function readTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; fields are counted after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function readRss(pid: number): number {
  const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
  return Number(statm[1]) * PAGE_BYTES;
}

export class ProcUsage {
  readonly pid: number;
  #lastTicks: number;
  #lastAt: number;

  constructor(pid: number) {
    this.pid = pid;
    this.#lastTicks = readTicks(pid);
    this.#lastAt = performance.now();
  }

  /** null when the process is gone. */
  sample(): ProcSample | null {
    try {
      const ticks = readTicks(this.pid);
      const at = performance.now();
      const seconds = (at - this.#lastAt) / 1000;
      const cpu = seconds > 0 ? ((ticks - this.#lastTicks) / TICKS_PER_SECOND / seconds) * 100 : null;
      this.#lastTicks = ticks;
      this.#lastAt = at;
      return { at: Date.now(), cpu_percent: cpu, rss_bytes: readRss(this.pid) };
    } catch {
      return null;
    }
  }

  /** Restarts the CPU interval (e.g. at the start of a measurement window). */
  reset(): void {
    this.sample();
  }
}

/** The 1-minute load average: other work on the machine skews every number, so it is recorded. */
export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

// How busy the machine was while the bench ran. Every number of the scenario is sensitive to
// other work on the machine (a test suite running beside it easily doubles start times on a
// 2-vCPU VM), so the result says how busy it was, and the scenario warns before it starts.
import { readFileSync } from 'node:fs';
import { sleep } from './markers.ts';

interface CpuTimes {
  busy: number;
  total: number;
}

/** Aggregate `cpu` line of /proc/stat: all jiffies, and the non-idle ones (idle + iowait excluded). */
function cpuTimes(): CpuTimes {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

function loadAvg(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

export class MachineLoad {
  readonly #start = cpuTimes();
  readonly loadAtStart = loadAvg();

  /** Share of all CPUs busy since this object was made, in % (the bench's own work included). */
  busyPercent(): number {
    const now = cpuTimes();
    const total = now.total - this.#start.total;
    return total > 0 ? ((now.busy - this.#start.busy) / total) * 100 : 0;
  }

  loadNow(): number {
    return loadAvg();
  }
}

/** % of all CPUs busy over `ms`, before the bench starts anything: other people's work. */
export async function busyBefore(ms: number): Promise<number> {
  const probe = new MachineLoad();
  await sleep(ms);
  return probe.busyPercent();
}

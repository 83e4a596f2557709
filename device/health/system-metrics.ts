// System metrics of the device for status and heartbeat messages, read straight from /proc
// and statfs (no dependency, nothing to install on a Pi). CPU use is the change of
// /proc/stat between two samples, so the sampler keeps the previous counters; the caller
// decides when to sample (metrics_interval) — there is no timer in here.
import { readFile, statfs as statfsAsync } from 'node:fs/promises';
import path from 'node:path';
import { McError } from '../../proto/errors.ts';

/** One sample; field names and units match mc.v1.SystemMetrics. */
export interface SystemMetricsSample {
  /** Busy share of all CPUs since the previous sample (the first sample: since boot), 0–100. */
  cpu_percent: number;
  /** MemTotal − MemAvailable: what the kernel could not hand out without swapping. */
  mem_used_bytes: number;
  mem_total_bytes: number;
  /** Of the filesystem holding the data dir; 0 when it cannot be read. */
  disk_used_bytes: number;
  disk_total_bytes: number;
  load1: number;
  load5: number;
  load15: number;
  uptime_s: number;
  daemon_rss_bytes: number;
  /** Clock time of the sample, in ms. */
  sampled_at: number;
}

type StatFs = (target: string) => Promise<{ blocks: number; bfree: number; bsize: number }>;

export interface SystemMetricsOptions {
  /** Directory whose filesystem is reported as disk (the daemon's data_dir). */
  diskPath: string;
  /** Root of the proc filesystem; tests point it at fixture files. */
  procRoot?: string;
  now?: () => number;
  /** Resident set size of this process. */
  rss?: () => number;
  statfs?: StatFs;
}

interface CpuCounters {
  total: number;
  idle: number;
}

/** Aggregate `cpu` line of /proc/stat. guest time is already counted in user/nice. */
export function parseCpuCounters(stat: string): CpuCounters {
  const line = stat.split('\n').find((l) => l.startsWith('cpu '));
  if (line === undefined) throw new McError('MC_ERR_UNAVAILABLE', 'no aggregate cpu line in /proc/stat');
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return { total: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait };
}

/** MemTotal and MemAvailable of /proc/meminfo, in bytes. */
export function parseMeminfo(meminfo: string): { total: number; available: number } {
  const kib = (key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(meminfo);
    if (match?.[1] === undefined) throw new McError('MC_ERR_UNAVAILABLE', `no ${key} in /proc/meminfo`);
    return Number(match[1]) * 1024;
  };
  return { total: kib('MemTotal'), available: kib('MemAvailable') };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export class SystemMetrics {
  private readonly procRoot: string;
  private readonly diskPath: string;
  private readonly now: () => number;
  private readonly rss: () => number;
  private readonly statfs: StatFs;
  private previousCpu: CpuCounters = { total: 0, idle: 0 };
  private lastCpuPercent = 0;

  constructor(options: SystemMetricsOptions) {
    this.diskPath = options.diskPath;
    this.procRoot = options.procRoot ?? '/proc';
    this.now = options.now ?? Date.now;
    this.rss = options.rss ?? (() => process.memoryUsage.rss());
    this.statfs = options.statfs ?? statfsAsync;
  }

  async sample(): Promise<SystemMetricsSample> {
    const [stat, meminfo, loadavg, uptime, disk] = await Promise.all([
      this.readProc('stat'),
      this.readProc('meminfo'),
      this.readProc('loadavg'),
      this.readProc('uptime'),
      this.disk(),
    ]);
    const memory = parseMeminfo(meminfo);
    const [load1 = 0, load5 = 0, load15 = 0] = loadavg.split(/\s+/).slice(0, 3).map(Number);
    return {
      cpu_percent: this.cpuPercent(parseCpuCounters(stat)),
      mem_used_bytes: memory.total - memory.available,
      mem_total_bytes: memory.total,
      disk_used_bytes: disk.used,
      disk_total_bytes: disk.total,
      load1,
      load5,
      load15,
      uptime_s: Math.floor(Number(uptime.split(/\s+/)[0] ?? 0)),
      daemon_rss_bytes: this.rss(),
      sampled_at: this.now(),
    };
  }

  private cpuPercent(counters: CpuCounters): number {
    const total = counters.total - this.previousCpu.total;
    const idle = counters.idle - this.previousCpu.idle;
    this.previousCpu = counters;
    // Two samples within one clock tick see no change: repeat the last value, not 0 or NaN.
    if (total <= 0) return this.lastCpuPercent;
    this.lastCpuPercent = round1(Math.min(100, Math.max(0, (100 * (total - idle)) / total)));
    return this.lastCpuPercent;
  }

  private async readProc(name: string): Promise<string> {
    const file = path.join(this.procRoot, name);
    try {
      return await readFile(file, 'utf8');
    } catch (err) {
      throw new McError('MC_ERR_UNAVAILABLE', `cannot read ${file}: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  /** The data dir may not exist yet (first start): measure its nearest existing parent. */
  private async disk(): Promise<{ used: number; total: number }> {
    let target = path.resolve(this.diskPath);
    for (;;) {
      try {
        const fs = await this.statfs(target);
        return { used: (fs.blocks - fs.bfree) * fs.bsize, total: fs.blocks * fs.bsize };
      } catch {
        const parent = path.dirname(target);
        if (parent === target) return { used: 0, total: 0 };
        target = parent;
      }
    }
  }
}

/** Memory use in percent, as the heartbeat carries it. */
export function memPercent(sample: Pick<SystemMetricsSample, 'mem_used_bytes' | 'mem_total_bytes'>): number {
  return sample.mem_total_bytes > 0 ? round1((100 * sample.mem_used_bytes) / sample.mem_total_bytes) : 0;
}

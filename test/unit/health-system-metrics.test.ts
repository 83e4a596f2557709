import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  memPercent,
  parseCpuCounters,
  parseMeminfo,
  SystemMetrics,
} from '../../device/health/system-metrics.ts';
import { McError } from '../../proto/errors.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-metrics-'));
  dirs.push(dir);
  return dir;
}

/** A proc directory with the four files the sampler reads; `cpu` is the aggregate line's numbers. */
function fakeProc(dir: string, cpu: number[]): void {
  writeFileSync(join(dir, 'stat'), `cpu  ${cpu.join(' ')} 0 0\ncpu0 ${cpu.join(' ')} 0 0\nintr 1 2 3\n`);
  writeFileSync(
    join(dir, 'meminfo'),
    'MemTotal:        1000 kB\nMemFree:          100 kB\nMemAvailable:     250 kB\n',
  );
  writeFileSync(join(dir, 'loadavg'), '0.50 0.25 0.10 1/123 4567\n');
  writeFileSync(join(dir, 'uptime'), '3600.75 7000.00\n');
}

describe('system metrics', () => {
  it('samples the real /proc and the filesystem of the data dir', async () => {
    const metrics = new SystemMetrics({ diskPath: tempDir() });
    const first = await metrics.sample();
    // Some CPU work between samples, so the delta is not empty on an idle machine.
    let x = 0;
    for (let i = 0; i < 2e6; i++) x += Math.sqrt(i);
    expect(x).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await metrics.sample();
    for (const sample of [first, second]) {
      expect(sample.cpu_percent).toBeGreaterThanOrEqual(0);
      expect(sample.cpu_percent).toBeLessThanOrEqual(100);
      expect(sample.mem_total_bytes).toBeGreaterThan(64 * 1024 * 1024);
      expect(sample.mem_used_bytes).toBeGreaterThan(0);
      expect(sample.mem_used_bytes).toBeLessThan(sample.mem_total_bytes);
      expect(sample.disk_total_bytes).toBeGreaterThan(0);
      expect(sample.disk_used_bytes).toBeLessThanOrEqual(sample.disk_total_bytes);
      expect(sample.load1).toBeGreaterThanOrEqual(0);
      expect(sample.uptime_s).toBeGreaterThan(0);
      expect(sample.daemon_rss_bytes).toBeGreaterThan(1024 * 1024);
    }
    expect(second.uptime_s).toBeGreaterThanOrEqual(first.uptime_s);
  });

  it('computes CPU use from the change of /proc/stat between samples', async () => {
    const proc = tempDir();
    let now = 1_000;
    const metrics = new SystemMetrics({ diskPath: proc, procRoot: proc, now: () => now, rss: () => 42 });
    // user nice system idle iowait irq softirq steal
    fakeProc(proc, [100, 0, 100, 700, 100, 0, 0, 0]);
    const first = await metrics.sample();
    expect(first.cpu_percent).toBe(20); // since boot: 200 busy of 1000
    fakeProc(proc, [160, 0, 120, 800, 100, 10, 10, 0]);
    now = 6_000;
    const second = await metrics.sample();
    expect(second.cpu_percent).toBe(50); // 100 busy of 200
    expect(second).toMatchObject({
      mem_total_bytes: 1000 * 1024,
      mem_used_bytes: 750 * 1024,
      load1: 0.5,
      load5: 0.25,
      load15: 0.1,
      uptime_s: 3600,
      daemon_rss_bytes: 42,
      sampled_at: 6_000,
    });
    // No tick between samples: repeat the last value rather than report 0 or NaN.
    expect((await metrics.sample()).cpu_percent).toBe(50);
  });

  it('measures the nearest existing parent when the data dir does not exist yet', async () => {
    const metrics = new SystemMetrics({ diskPath: join(tempDir(), 'not', 'yet', 'created') });
    expect((await metrics.sample()).disk_total_bytes).toBeGreaterThan(0);
  });

  it('throws MC_ERR_UNAVAILABLE when /proc cannot be read', async () => {
    const metrics = new SystemMetrics({ diskPath: '/', procRoot: join(tempDir(), 'no-proc') });
    await expect(metrics.sample()).rejects.toMatchObject({ code: 'MC_ERR_UNAVAILABLE' });
    await expect(metrics.sample()).rejects.toBeInstanceOf(McError);
  });

  it('parses the proc formats it relies on', () => {
    expect(parseCpuCounters('cpu  1 2 3 4 5 6 7 8 9 10\n')).toEqual({ total: 36, idle: 9 });
    expect(parseMeminfo('MemTotal: 2048 kB\nMemAvailable: 1024 kB\n')).toEqual({
      total: 2048 * 1024,
      available: 1024 * 1024,
    });
    expect(() => parseMeminfo('MemTotal: 1 kB\n')).toThrow(/MemAvailable/);
    expect(memPercent({ mem_used_bytes: 1, mem_total_bytes: 3 })).toBe(33.3);
    expect(memPercent({ mem_used_bytes: 0, mem_total_bytes: 0 })).toBe(0);
  });
});

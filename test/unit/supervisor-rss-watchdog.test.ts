import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { listGroup, scanProcesses } from '../../device/proc/process-group.ts';
import { readStatSync } from '../../device/proc/stat.ts';
import { MemoryGuard } from '../../device/supervisor/memory-guard.ts';
import { RssWatchdog, type WatchTarget } from '../../device/supervisor/rss-watchdog.ts';
import { FakeClock } from '../helpers/supervisor-fake-clock.ts';
import { eventually, testLogger } from '../helpers/supervisor-harness.ts';
import { killGroup } from '../helpers/supervisor-proc.ts';

const groups: number[] = [];
afterEach(() => {
  for (const pgid of groups.splice(0)) killGroup(pgid);
});

describe('RSS watchdog', () => {
  it('samples the summed RSS of a whole process group on each tick of its clock', async () => {
    const child = spawn('/bin/sh', ['-c', 'sleep 30 & sleep 30 & wait'], { detached: true, stdio: 'ignore' });
    const pgid = child.pid as number;
    groups.push(pgid);
    // Until the child has called setsid(), no process carries its group id yet.
    await eventually(() => listGroup(pgid).length >= 2, 'the group to form');
    const samples: { rssBytes: number; cpuPercent: number }[] = [];
    let resolveSample: () => void = () => undefined;
    const target: WatchTarget = {
      pgid,
      sample: (s) => {
        samples.push(s);
        resolveSample();
      },
    };
    const clock = new FakeClock();
    const watchdog = new RssWatchdog({
      clock,
      logger: testLogger,
      intervalMs: 5000,
      targets: () => [target],
    });
    watchdog.start();
    watchdog.start();
    expect(clock.pending).toBe(1);
    const first = new Promise<void>((r) => {
      resolveSample = r;
    });
    clock.advance(4999);
    expect(samples).toHaveLength(0);
    clock.advance(1);
    await first;
    expect(samples[0]?.rssBytes).toBeGreaterThan(100 * 1024);
    expect(samples[0]?.cpuPercent).toBe(0);
    await watchdog.stop();
    expect(clock.pending).toBe(0);
  });

  it('samples every workload from a single /proc scan per tick', async () => {
    const targets: WatchTarget[] = [];
    const samples = new Map<number, number>();
    for (let i = 0; i < 3; i++) {
      const child = spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
      const pgid = child.pid as number;
      groups.push(pgid);
      targets.push({ pgid, sample: (s) => samples.set(pgid, s.rssBytes) });
    }
    // A target between runs (no process group) is skipped, not sampled as zero.
    targets.push({ pgid: undefined, sample: () => samples.set(-1, 0) });
    // Asleep in sleep(1): its group formed and its memory mapped (right after exec, RSS is 0).
    const asleep = (pgid: number): boolean => {
      const stat = readStatSync(pgid);
      return stat?.comm === 'sleep' && stat.state === 'S';
    };
    await eventually(
      () => targets.every((t) => t.pgid === undefined || asleep(t.pgid)),
      'the sleeps to sleep',
    );
    let scans = 0;
    const watchdog = new RssWatchdog({
      clock: new FakeClock(),
      logger: testLogger,
      intervalMs: 5000,
      targets: () => targets,
      scan: () => {
        scans++;
        return scanProcesses();
      },
    });
    await watchdog.tick();
    expect(scans).toBe(1);
    expect(samples.size).toBe(3);
    for (const rss of samples.values()) expect(rss).toBeGreaterThan(100 * 1024);
  });
});

describe('memory guard', () => {
  const mb = 1024 * 1024;

  it('warns once per run at 90% and restarts once at 100% with memory_action restart', () => {
    const guard = new MemoryGuard();
    expect(guard.check('r1', 80 * mb, 100, 'restart')).toEqual({ restart: false });
    expect(guard.check('r1', 91 * mb, 100, 'restart').warning).toMatch(/90%/);
    expect(guard.check('r1', 95 * mb, 100, 'restart')).toEqual({ restart: false });
    const limit = guard.check('r1', 100 * mb, 100, 'restart');
    expect(limit).toMatchObject({ restart: true, limit: expect.stringMatching(/restarting/) });
    expect(guard.check('r1', 120 * mb, 100, 'restart')).toEqual({ restart: false });
    // A new run gets its own warning.
    expect(guard.check('r2', 92 * mb, 100, 'restart').warning).toBeDefined();
  });

  it('only reports the limit with memory_action warn', () => {
    const found = new MemoryGuard().check('r1', 200 * mb, 100, 'warn');
    expect(found).toMatchObject({
      restart: false,
      warning: expect.any(String),
      limit: expect.stringMatching(/warn only/),
    });
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStat } from '../../device/proc/stat.ts';
import { createHarness, eventually, type Harness, workload } from '../helpers/supervisor-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

/** Grows a Buffer array by 8 MB every 20 ms, touching the pages so RSS really grows. */
const GROW = 'const a = []; setInterval(() => a.push(Buffer.alloc(8 * 1024 * 1024, 1)), 20);';

describe('memory and CPU limits', () => {
  it('warns at 90% of memory_limit_mb and restarts at 100% with memory_action restart', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'hog',
        type: 'service',
        run_mode: 'forever',
        // Node under RLIMIT_AS < 1 GB would not even start: 'auto' leaves it to the watchdog.
        command: [process.execPath, '-e', GROW],
        memory_limit_mb: 120,
        memory_action: 'restart',
        restart_delay: 0.05,
        stop_timeout: 1,
      }),
    ]);
    const warning = await h.waitForEvent('memory-warning', { workload: 'hog' });
    const limit = await h.waitForEvent('memory-limit', { workload: 'hog' });
    expect(warning.run_id).toBe(limit.run_id);
    expect(limit.message).toMatch(/restarting/);
    const failed = await h.waitForEvent('failed', { workload: 'hog' });
    expect(failed.run_id).toBe(limit.run_id);
    await h.waitForEvent('restarted', { workload: 'hog' });
    const runs = await h.supervisor.history('hog', 5);
    expect(runs.find((r) => r.run_id === limit.run_id)).toMatchObject({ reason: 'memory_limit' });
    // One warning per run, not one per watchdog tick.
    expect(h.events.filter((e) => e.type === 'memory-warning' && e.run_id === limit.run_id)).toHaveLength(1);
  });

  it('only warns when memory_action is warn', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'tolerated',
        type: 'service',
        run_mode: 'forever',
        command: [process.execPath, '-e', `${GROW} setTimeout(() => process.exit(0), 60000);`],
        memory_limit_mb: 60,
      }),
    ]);
    const limit = await h.waitForEvent('memory-limit', { workload: 'tolerated' });
    expect(limit.message).toMatch(/warn only/);
    const view = h.supervisor.get('tolerated');
    expect(view?.status).toBe('running');
    expect(view?.rss_bytes).toBeGreaterThan(60 * 1024 * 1024);
  });

  it('applies memory_limit_mb as RLIMIT_AS through prlimit to non-Node programs', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'capped',
        type: 'service',
        run_mode: 'forever',
        command: ['sleep', '1000'],
        memory_limit_mb: 64,
      }),
    ]);
    const view = await h.waitForState('capped', (v) => v.status === 'running');
    // prlimit sets the limit on itself, then execs sleep: read the limits once it has.
    await eventually(async () => (await readStat(view.pid as number))?.comm === 'sleep', 'exec of sleep');
    const limits = readFileSync(`/proc/${view.pid}/limits`, 'utf8');
    expect(limits).toMatch(
      new RegExp(`Max address space\\s+${64 * 1024 * 1024}\\s+${64 * 1024 * 1024}\\s+bytes`),
    );
  });

  it('makes an allocation beyond RLIMIT_AS fail inside the workload', async () => {
    // awk doubles a string to 64 MB: fine without a limit, out of memory under a 32 MB cap.
    const alloc = ['awk', 'BEGIN { s = "x"; for (i = 0; i < 26; i++) s = s s; print length(s) }'];
    await h.supervisor.start([
      workload(h.dir, {
        name: 'capped',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        command: alloc,
        memory_limit_mb: 32,
      }),
      workload(h.dir, { name: 'free', type: 'script', run_mode: 'n_times', max_runs: 1, command: alloc }),
    ]);
    await h.waitForEvent('completed', { workload: 'capped' });
    await h.waitForEvent('completed', { workload: 'free' });
    expect(h.supervisor.get('capped')).toMatchObject({ status: 'failed', last_exit_code: 2 });
    expect(h.supervisor.get('free')).toMatchObject({ status: 'completed', last_exit_code: 0 });
    expect((await h.supervisor.tailLog('capped', 20)).join('\n')).toMatch(/out of memory/);
  });

  it('runs the workload at its cpu_nice priority from its first instruction', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'nice',
        type: 'service',
        run_mode: 'forever',
        command: 'sleep 1000 & wait',
        cpu_nice: 7,
      }),
    ]);
    const view = await h.waitForState('nice', (v) => v.status === 'running');
    // nice(1) sets the priority, then execs the shell; its children inherit the priority.
    await eventually(async () => (await readStat(view.pid as number))?.comm === 'sh', 'exec of the shell');
    const niceOf = (pid: number) =>
      Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[16]);
    expect(niceOf(view.pid as number)).toBe(7);
  });
});

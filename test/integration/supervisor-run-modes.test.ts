import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness, workload } from '../helpers/supervisor-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe('run modes', () => {
  it('restarts a forever workload after every exit, clean or not', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'flaky',
        type: 'service',
        run_mode: 'forever',
        command: 'exit 3',
        restart_delay: 0.05,
      }),
      workload(h.dir, {
        name: 'clean',
        type: 'service',
        run_mode: 'forever',
        command: 'true',
        restart_delay: 0.05,
      }),
    ]);
    await h.waitForCount('restarted', 2, 'flaky');
    await h.waitForCount('restarted', 2, 'clean');
    const failed = await h.waitForEvent('failed', { workload: 'flaky' });
    expect(failed.exit_code).toBe(3);
    expect(h.count('failed', 'clean')).toBe(0);
    expect(h.supervisor.get('flaky')?.restarts).toBeGreaterThanOrEqual(2);
  });

  it('runs an n_times workload exactly max_runs times, then completes', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'thrice',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 3,
        command: ['true'],
        restart_delay: 0.01,
      }),
    ]);
    await h.waitForEvent('completed', { workload: 'thrice' });
    const view = h.supervisor.get('thrice');
    expect(view?.status).toBe('completed');
    expect(view?.run_count).toBe(3);
    expect(h.count('started', 'thrice') + h.count('restarted', 'thrice')).toBe(3);
    const history = await h.supervisor.history('thrice', 10);
    expect(history).toHaveLength(3);
    expect(history.every((r) => r.reason === 'exit' && r.exit_code === 0)).toBe(true);
  });

  it('fires a schedule on cron and skips a fire while the previous run is still going', async () => {
    // Every second; each run takes ~1.5 s, so every other fire finds the previous run alive.
    await h.supervisor.start([
      workload(h.dir, {
        name: 'cron',
        type: 'agent',
        run_mode: 'schedule',
        schedule: '* * * * * *',
        command: 'sleep 1.5',
      }),
    ]);
    expect(h.supervisor.get('cron')?.status).toBe('registered');
    expect(h.supervisor.get('cron')?.next_run_ms).toBeGreaterThan(Date.now() - 1000);
    const skipped = await h.waitForEvent('skipped', { workload: 'cron' });
    expect(skipped.message).toMatch(/still in progress/);
    await h.waitForCount('exited', 1, 'cron');
    await h.waitForCount('started', 2, 'cron');
    await h.supervisor.stopWorkload('cron');
    const runs = (await h.supervisor.history('cron', 10)).reverse();
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < runs.length; i++) {
      // Never two runs at once: each run starts after the previous one ended.
      expect(runs[i]?.started_ms).toBeGreaterThanOrEqual(runs[i - 1]?.ended_ms ?? Number.POSITIVE_INFINITY);
    }
  });

  it('keeps a forever workload stopped after an operator stop, until an operator start', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'svc',
        type: 'service',
        run_mode: 'forever',
        command: 'sleep 1000',
        restart_delay: 0.01,
      }),
      // A second workload restarting every few ms serves as a clock: no fixed sleep needed.
      workload(h.dir, {
        name: 'ticker',
        type: 'service',
        run_mode: 'forever',
        command: 'true',
        restart_delay: 0.02,
      }),
    ]);
    await h.waitForState('svc', (v) => v.status === 'running');
    await h.supervisor.stopWorkload('svc');
    const stopped = h.supervisor.get('svc');
    expect(stopped).toMatchObject({ status: 'stopped', pid: null, stopped_by_operator: true });
    const ticks = h.count('restarted', 'ticker');
    await h.waitForCount('restarted', ticks + 5, 'ticker');
    expect(h.supervisor.get('svc')?.status).toBe('stopped');
    expect(h.count('restarted', 'svc')).toBe(0);
    expect((await h.supervisor.history('svc', 10))[0]?.reason).toBe('stopped');

    await h.supervisor.startWorkload('svc');
    expect(h.supervisor.get('svc')).toMatchObject({ status: 'running', stopped_by_operator: false });
  });

  it('keeps the n_times run count across a daemon restart', async () => {
    const spec = {
      name: 'batch',
      type: 'script',
      run_mode: 'n_times',
      max_runs: 3,
      command: 'exit 0',
      restart_delay: 0.3,
    } as const;
    await h.supervisor.start([workload(h.dir, spec)]);
    await h.waitForCount('exited', 2, 'batch');
    // A daemon shutdown in the middle: run 3 may or may not have started; either way it counts.
    await h.supervisor.stop();
    const counted = h.store.getWorkload('batch')?.run_count ?? 0;
    expect(counted).toBeGreaterThanOrEqual(2);

    const second = await h.restart();
    await second.start([workload(h.dir, spec)]);
    await h.waitForState('batch', (v) => v.status === 'completed');
    expect(second.get('batch')?.run_count).toBe(3);
    expect(await second.history('batch', 10)).toHaveLength(3);
  });

  it('runs a completed n_times workload again when an operator starts it', async () => {
    await h.supervisor.start([
      workload(h.dir, { name: 'once', type: 'script', run_mode: 'n_times', max_runs: 1, command: 'true' }),
    ]);
    await h.waitForEvent('completed', { workload: 'once' });
    const mark = h.mark();
    await h.supervisor.startWorkload('once');
    await h.waitForEvent('completed', { workload: 'once', after: mark });
    expect(await h.supervisor.history('once', 10)).toHaveLength(2);
  });

  it('marks a schedule that cannot be armed as failed instead of throwing', async () => {
    // The config schema refuses such a spec; a hand-built one must not break the supervisor either.
    const valid = workload(h.dir, {
      name: 'badcron',
      type: 'agent',
      run_mode: 'schedule',
      schedule: '* * * * *',
      command: 'true',
    });
    await h.supervisor.start([{ ...valid, spec: { ...valid.spec, schedule: '61 * * * *' } }]);
    const view = h.supervisor.get('badcron');
    expect(view).toMatchObject({ status: 'failed', pid: null, next_run_ms: null });
    expect(view?.last_error).toMatch(/schedule/);
  });
});

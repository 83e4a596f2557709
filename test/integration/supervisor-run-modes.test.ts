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
});

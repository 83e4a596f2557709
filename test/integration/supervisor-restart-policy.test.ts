import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkloadView } from '../../device/supervisor/types.ts';
import { createHarness, type Harness, workload } from '../helpers/supervisor-harness.ts';
import { groupMembers } from '../helpers/supervisor-proc.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

describe('restart policy with real processes', () => {
  it('backs off exponentially between failed runs, capped at max_delay', async () => {
    // The policy's delay after the f-th failure in a row: 20, 40, 80, 160, 160… ms.
    const expected = (f: number) => Math.min(20 * 2 ** (f - 1), 160);
    // Backoff views by failure count. A delay that is already over when the exit is handled
    // (an event loop held up on a busy machine) restarts at once with no backoff view, so
    // not every count has one; the run history below checks every delay.
    const waits = new Map<number, number>();
    h.supervisor.on('state', (v: WorkloadView) => {
      if (
        v.name === 'crashy' &&
        v.status === 'backoff' &&
        v.backoff_until_ms !== null &&
        v.last_stopped_ms !== null
      ) {
        waits.set(v.consecutive_failures, v.backoff_until_ms - v.last_stopped_ms);
      }
    });
    await h.supervisor.start([
      workload(h.dir, {
        name: 'crashy',
        type: 'service',
        run_mode: 'forever',
        command: 'exit 1',
        restart_delay: 0.02,
        restart_backoff: { factor: 2, max_delay: 0.16, reset_after: 30 },
        crash_loop: { max_failures: 100, window: 60, cooldown: 1 },
      }),
    ]);
    await h.waitForCount('failed', 7, 'crashy');
    await h.waitForState('crashy', (v) => v.consecutive_failures >= 7);
    // Each backoff announced counts from the exit: exactly the policy's number for its streak.
    expect(waits.size).toBeGreaterThan(0);
    for (const [failures, wait] of waits) expect(wait, `after failure ${failures}`).toBe(expected(failures));
    // And the runs really waited that long: run i+1 starts at least expected(i) after run i ended.
    const runs = (await h.supervisor.history('crashy', 7)).reverse();
    expect(runs.length).toBe(7);
    for (let i = 1; i < runs.length; i++) {
      const gap = (runs[i]?.started_ms ?? 0) - (runs[i - 1]?.ended_ms ?? 0);
      expect(gap, `gap before run ${i + 1}`).toBeGreaterThanOrEqual(expected(i) - 1);
    }
  });

  it('resets the failure streak once a run has lasted reset_after', async () => {
    // Runs 1–3 fail at once; run 4 stays up 0.6 s (> reset_after 0.3 s), then fails.
    const script =
      'n=$(cat count 2>/dev/null || echo 0); n=$((n+1)); echo $n > count; [ $n -ge 4 ] && sleep 0.6; exit 1';
    await h.supervisor.start([
      workload(h.dir, {
        name: 'settles',
        type: 'service',
        run_mode: 'forever',
        command: script,
        restart_delay: 0.02,
        restart_backoff: { factor: 2, max_delay: 10, reset_after: 0.3 },
        crash_loop: { max_failures: 100, window: 60, cooldown: 1 },
      }),
    ]);
    await h.waitForState('settles', (v) => v.consecutive_failures === 3 && v.status === 'backoff');
    // During the long run 4 the streak is cleared as soon as it has been up for reset_after…
    await h.waitForState(
      'settles',
      (v) => v.status === 'running' && v.run_count === 4 && v.consecutive_failures === 0,
    );
    // …and its failure counts as the first of a new streak: back to restart_delay.
    const after = await h.waitForState('settles', (v) => v.run_count === 4 && v.status === 'backoff');
    expect(after.consecutive_failures).toBe(1);
    expect((after.backoff_until_ms ?? 0) - (after.last_stopped_ms ?? 0)).toBeLessThan(60);
  });

  it('rests a crash-looping workload in backoff for the cooldown, then recovers by itself', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'loop',
        type: 'service',
        run_mode: 'forever',
        command: 'exit 2',
        restart_delay: 0.01,
        restart_backoff: { factor: 1, max_delay: 0.01, reset_after: 30 },
        crash_loop: { max_failures: 3, window: 10, cooldown: 0.5 },
      }),
    ]);
    const backoff = await h.waitForEvent('backoff', { workload: 'loop' });
    expect(backoff.message).toMatch(/crash loop/);
    const resting = h.supervisor.get('loop');
    expect(resting?.status).toBe('backoff');
    expect(resting?.run_count).toBe(3);
    expect((resting?.backoff_until_ms ?? 0) - Date.now()).toBeGreaterThan(200);
    const recovered = await h.waitForEvent('recovered', { workload: 'loop' });
    expect(recovered.ts).toBeGreaterThanOrEqual(resting?.backoff_until_ms ?? Number.POSITIVE_INFINITY);
    expect((resting?.backoff_until_ms ?? 0) - (resting?.last_stopped_ms ?? 0)).toBe(500);
    expect(h.supervisor.get('loop')?.run_count).toBeGreaterThanOrEqual(4);
    // It keeps being supervised: the next crash loop rests again.
    await h.waitForCount('backoff', 2, 'loop');
  });

  it('keeps a crash-loop cooldown across a daemon restart', async () => {
    const spec = workload(h.dir, {
      name: 'resting',
      type: 'service',
      run_mode: 'forever',
      command: 'exit 1',
      restart_delay: 0.01,
      restart_backoff: { factor: 1, max_delay: 0.01, reset_after: 30 },
      crash_loop: { max_failures: 2, window: 10, cooldown: 0.8 },
    });
    await h.supervisor.start([spec]);
    await h.waitForEvent('backoff', { workload: 'resting' });
    const until = h.supervisor.get('resting')?.backoff_until_ms as number;
    await h.supervisor.stop();
    expect(h.store.getWorkload('resting')).toMatchObject({ status: 'backoff', backoff_until_ms: until });

    const mark = h.mark();
    const b = await h.restart();
    await b.start([spec]);
    expect(b.get('resting')).toMatchObject({ status: 'backoff', pid: null });
    const restarted = await h.waitForEvent('restarted', { workload: 'resting', after: mark });
    expect(restarted.ts).toBeGreaterThanOrEqual(until);
    expect(h.events.slice(mark).filter((e) => e.type === 'started')).toEqual([]);
  });

  it('kills a run that exceeds its timeout and records it as failed with reason timeout', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'slow',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        command: 'sleep 30 & sleep 30; wait',
        timeout: 0.3,
        stop_timeout: 1,
      }),
    ]);
    const started = await h.waitForEvent('started', { workload: 'slow' });
    const pgid = Number(started.message.replace(/\D+/g, ''));
    await h.waitForEvent('timeout', { workload: 'slow' });
    const failed = await h.waitForEvent('failed', { workload: 'slow' });
    expect(failed.message).toMatch(/timeout/);
    const [run] = await h.supervisor.history('slow', 1);
    expect(run).toMatchObject({ reason: 'timeout', signal: 'SIGTERM' });
    expect(run?.duration_ms).toBeGreaterThanOrEqual(300);
    expect(h.supervisor.get('slow')).toMatchObject({ status: 'failed', pid: null });
    expect((await groupMembers(pgid)).filter((p) => p.state !== 'Z')).toEqual([]);
  });
});

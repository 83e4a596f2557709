import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHarness, eventually, type Harness, workload } from '../helpers/supervisor-harness.ts';
import { groupMembers, initReapsOrphans } from '../helpers/supervisor-proc.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

/** Waits until the group has `n` live members (the shell has forked its children). */
async function waitForMembers(pgid: number, n: number): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if ((await groupMembers(pgid)).filter((p) => p.state !== 'Z').length >= n) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`group ${pgid} never reached ${n} members`);
}

/** Zombies of the group that belong to this process (the ones the supervisor must reap). */
async function ourZombies(pgid: number): Promise<number[]> {
  return (await groupMembers(pgid))
    .filter((p) => p.state === 'Z' && p.ppid === process.pid)
    .map((p) => p.pid);
}

describe('stopping a workload', () => {
  it('kills the whole process group, grandchildren included, and leaves no zombie', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'tree',
        type: 'service',
        run_mode: 'forever',
        command: 'sleep 1000 & sleep 1000 & sh -c "sleep 1000 & wait" & wait',
      }),
    ]);
    const view = await h.waitForState('tree', (v) => v.status === 'running');
    const pgid = view.pgid as number;
    expect(pgid).toBe(view.pid);
    await waitForMembers(pgid, 5);

    await h.supervisor.stopWorkload('tree');
    expect(h.supervisor.get('tree')?.status).toBe('stopped');
    const left = await groupMembers(pgid);
    expect(left.filter((p) => p.state !== 'Z')).toEqual([]);
    expect(await ourZombies(pgid)).toEqual([]);
    if (await initReapsOrphans()) {
      // Orphaned grandchildren are reaped by PID 1 (systemd on a device), within moments.
      await eventually(async () => (await groupMembers(pgid)).length === 0, 'PID 1 to reap the orphans');
    } else {
      // This machine's init does not reap at all: the orphans' zombies are none of ours.
      expect(left.every((p) => p.ppid === 1)).toBe(true);
    }
  });

  it('escalates to SIGKILL after stop_timeout when SIGTERM is ignored', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'stubborn',
        type: 'service',
        run_mode: 'forever',
        // SIG_IGN is inherited through exec, so the sleeps ignore SIGTERM too.
        command: "trap '' TERM; sleep 1000 & sleep 1000",
        stop_timeout: 0.3,
      }),
    ]);
    const view = await h.waitForState('stubborn', (v) => v.status === 'running');
    await waitForMembers(view.pgid as number, 3);
    const t0 = Date.now();
    await h.supervisor.stopWorkload('stubborn');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    const [run] = await h.supervisor.history('stubborn', 1);
    expect(run).toMatchObject({ reason: 'stopped', signal: 'SIGKILL' });
    expect((await groupMembers(view.pgid as number)).filter((p) => p.state !== 'Z')).toEqual([]);
  });

  it('cleans up what a run left in its group when the leader exits by itself', async () => {
    await h.supervisor.start([
      workload(h.dir, {
        name: 'leaver',
        type: 'script',
        run_mode: 'n_times',
        max_runs: 1,
        command: 'sleep 1000 & echo forked',
      }),
    ]);
    const started = await h.waitForEvent('started', { workload: 'leaver' });
    await h.waitForEvent('completed', { workload: 'leaver' });
    const pgid = Number(started.message.replace(/\D+/g, ''));
    expect((await groupMembers(pgid)).filter((p) => p.state !== 'Z')).toEqual([]);
  });

  it('stops every workload on supervisor stop and is idempotent', async () => {
    await h.supervisor.start([
      workload(h.dir, { name: 'a', type: 'service', run_mode: 'forever', command: 'sleep 1000' }),
      workload(h.dir, { name: 'b', type: 'service', run_mode: 'forever', command: ['sleep', '1000'] }),
    ]);
    const a = await h.waitForState('a', (v) => v.status === 'running');
    const b = await h.waitForState('b', (v) => v.status === 'running');
    await h.supervisor.stop();
    await h.supervisor.stop();
    for (const pgid of [a.pgid as number, b.pgid as number]) {
      expect((await groupMembers(pgid)).filter((p) => p.state !== 'Z')).toEqual([]);
    }
    // Not an operator stop: the next daemon starts them again.
    expect(h.store.getWorkload('a')).toMatchObject({ status: 'stopped', stopped_by_operator: false });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { McError } from '../../proto/errors.ts';
import { createHarness, type Harness, workload } from '../helpers/supervisor-harness.ts';
import { groupMembers } from '../helpers/supervisor-proc.ts';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.cleanup();
});

const svc = (name: string, extra: Record<string, unknown> = {}) =>
  workload(h.dir, { name, type: 'service', run_mode: 'forever', command: 'sleep 1000', ...extra });

describe('hot reload with apply()', () => {
  it('adds new, removes missing, restarts changed and leaves unchanged workloads running', async () => {
    await h.supervisor.start([svc('keep'), svc('change'), svc('drop')]);
    const keep = await h.waitForState('keep', (v) => v.status === 'running');
    const change = await h.waitForState('change', (v) => v.status === 'running');
    const drop = await h.waitForState('drop', (v) => v.status === 'running');

    const result = await h.supervisor.apply([
      // Same spec object content, in a different key order: still unchanged.
      workload(h.dir, { command: 'sleep 1000', run_mode: 'forever', type: 'service', name: 'keep' }),
      svc('change', { env: { MODE: 'new' } }),
      svc('fresh'),
    ]);
    expect(result).toEqual({ added: ['fresh'], removed: ['drop'], updated: ['change'], unchanged: ['keep'] });

    expect(h.supervisor.get('keep')).toMatchObject({ status: 'running', pid: keep.pid, restarts: 0 });
    const changed = await h.waitForState('change', (v) => v.status === 'running');
    expect(changed.pid).not.toBe(change.pid);
    expect(changed.restarts).toBe(1);
    await h.waitForState('fresh', (v) => v.status === 'running');
    expect(h.supervisor.get('drop')).toBeUndefined();
    expect((await groupMembers(drop.pgid as number)).filter((p) => p.state !== 'Z')).toEqual([]);
    expect((await groupMembers(change.pgid as number)).filter((p) => p.state !== 'Z')).toEqual([]);
    expect(h.store.getWorkload('drop')).toBeUndefined();
    expect(h.supervisor.list().map((v) => v.name)).toEqual(['change', 'fresh', 'keep']);
  });

  it('keeps an operator stop across a spec change', async () => {
    await h.supervisor.start([svc('held')]);
    await h.waitForState('held', (v) => v.status === 'running');
    await h.supervisor.stopWorkload('held');
    await h.supervisor.apply([svc('held', { version: '2' })]);
    expect(h.supervisor.get('held')).toMatchObject({ status: 'stopped', pid: null, version: '2' });
  });

  it('rejects duplicate names and unknown workloads with McError', async () => {
    await h.supervisor.start([svc('only')]);
    await expect(h.supervisor.apply([svc('dup'), svc('dup')])).rejects.toMatchObject({
      code: 'MC_ERR_CONFIG',
    });
    expect(h.supervisor.get('only')?.status).toBe('running');
    await expect(h.supervisor.stopWorkload('nope')).rejects.toBeInstanceOf(McError);
    await expect(h.supervisor.history('nope')).rejects.toMatchObject({ code: 'MC_ERR_NOT_FOUND' });
  });
});

import { describe, expect, it } from 'vitest';
import { compareQueued, pickDevice, planDispatch } from '../../controller/tasks/placement.ts';
import type { Attempt, Candidate, Placement } from '../../controller/tasks/types.ts';

const device = (name: string, over: Partial<Candidate> = {}): Candidate => ({
  name,
  tags: [],
  active: 0,
  reported_running: 0,
  cpu_percent: 10,
  mem_fraction: 0.3,
  ...over,
});

const placement = (over: Partial<Placement> = {}): Placement => ({
  device: null,
  tags: [],
  strategy: 'least_loaded',
  max_parallel_per_device: 4,
  ...over,
});

const task = (id: string, p: Partial<Placement> = {}, attempts: Attempt[] = []) => ({
  id,
  placement: placement(p),
  attempts,
});

describe('task queue order', () => {
  it('runs higher priority first and keeps submission order within a priority', () => {
    const queue = [
      { id: 'low', priority: -1, seq: 1 },
      { id: 'b', priority: 5, seq: 4 },
      { id: 'a', priority: 5, seq: 2 },
      { id: 'mid', priority: 0, seq: 3 },
    ].sort(compareQueued);
    expect(queue.map((t) => t.id)).toEqual(['a', 'b', 'mid', 'low']);
  });
});

describe('task placement', () => {
  it('picks only devices carrying every tag', () => {
    const devices = [device('a', { tags: ['gpu'] }), device('b', { tags: ['gpu', 'arm'] }), device('c')];
    expect(pickDevice(placement({ tags: ['gpu', 'arm'] }), devices)?.name).toBe('b');
    expect(pickDevice(placement({ tags: ['x86'] }), devices)).toBeUndefined();
  });

  it('prefers the device with the fewest running tasks, then CPU, then memory, then name', () => {
    const p = placement();
    expect(
      pickDevice(p, [device('a', { active: 2 }), device('b', { active: 1, cpu_percent: 90 })])?.name,
    ).toBe('b');
    // What the device reports counts too (ad-hoc exec runs the queue did not send).
    expect(pickDevice(p, [device('a', { reported_running: 3 }), device('b', { active: 1 })])?.name).toBe('b');
    expect(pickDevice(p, [device('a', { cpu_percent: 50 }), device('b', { cpu_percent: 20 })])?.name).toBe(
      'b',
    );
    expect(
      pickDevice(p, [device('a', { mem_fraction: 0.9 }), device('b', { mem_fraction: 0.1 })])?.name,
    ).toBe('b');
    expect(pickDevice(p, [device('b'), device('a')])?.name).toBe('a');
  });

  it('respects max_parallel_per_device', () => {
    const devices = [device('a', { active: 1 }), device('b', { active: 2 })];
    expect(pickDevice(placement({ max_parallel_per_device: 1 }), devices)).toBeUndefined();
    expect(pickDevice(placement({ max_parallel_per_device: 2 }), devices)?.name).toBe('a');
  });

  it('places a pinned task only on its device, whatever the load', () => {
    const devices = [device('a', { active: 3 }), device('b')];
    expect(pickDevice(placement({ device: 'a' }), devices)?.name).toBe('a');
    expect(pickDevice(placement({ device: 'z' }), devices)).toBeUndefined();
  });

  it('does not retry a device that refused the task unless the task names it', () => {
    const refused = { device: 'a', state: 'refused' } as Attempt;
    const devices = [device('a'), device('b', { active: 2 })];
    const plan = planDispatch([task('t', {}, [refused])], devices);
    expect(plan.map((x) => x.device)).toEqual(['b']);
    expect(planDispatch([task('t', { device: 'a' }, [refused])], devices).map((x) => x.device)).toEqual([
      'a',
    ]);
  });

  it('spreads a batch over the devices, counting each assignment, and lets later tasks backfill', () => {
    const devices = [device('a', { tags: ['gpu'] }), device('b'), device('c')];
    const queue = [
      task('1', { max_parallel_per_device: 1 }),
      task('2', { max_parallel_per_device: 1 }),
      task('3', { max_parallel_per_device: 1 }),
      task('4', { max_parallel_per_device: 1 }),
      task('gpu', { tags: ['gpu'], max_parallel_per_device: 2 }),
    ];
    const plan = planDispatch(queue, devices);
    expect(plan.map((x) => `${x.task.id}@${x.device}`)).toEqual(['1@a', '2@b', '3@c', 'gpu@a']);
    // The input candidates are not touched.
    expect(devices.every((d) => d.active === 0)).toBe(true);
  });

  it('places nothing without candidates', () => {
    expect(planDispatch([task('1')], [])).toEqual([]);
  });
});

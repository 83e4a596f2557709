// The scrypt limiter: never more tasks at once than allowed, waiting ones start in order,
// and a failing task gives its slot back.
import { describe, expect, it } from 'vitest';
import { createHashLimiter } from '../../controller/registry/hash-limiter.ts';
import { McError } from '../../proto/errors.ts';

describe('createHashLimiter', () => {
  it('runs at most `concurrency` tasks at once, in the order they came', async () => {
    const limit = createHashLimiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      if (i === 3) throw new McError('MC_ERR_INTERNAL', 'task 3 fails');
      return i;
    };
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => limit(task(i))));
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    // Every slot came back: a new task starts at once.
    expect(await limit(async () => 'after')).toBe('after');
  });

  it('refuses a concurrency that is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => createHashLimiter(bad)).toThrow(McError);
  });
});

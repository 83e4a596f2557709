import { describe, expect, it } from 'vitest';
import { ReconnectBackoff } from '../../device/fleet/backoff.ts';

describe('reconnect backoff', () => {
  it('doubles up to the cap, with delays between half and all of the ceiling', () => {
    const low = new ReconnectBackoff({ initialMs: 1000, maxMs: 8000, factor: 2 }, () => 0);
    const high = new ReconnectBackoff({ initialMs: 1000, maxMs: 8000, factor: 2 }, () => 1);
    expect(Array.from({ length: 6 }, () => low.next())).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    expect(Array.from({ length: 6 }, () => high.next())).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('starts again from the initial delay after a successful connection', () => {
    const backoff = new ReconnectBackoff({ initialMs: 100, maxMs: 10_000 }, () => 1);
    backoff.next();
    backoff.next();
    expect(backoff.attempt).toBe(2);
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });

  it('spreads a fleet that lost the broker at once over the jitter range', () => {
    const delays = Array.from({ length: 200 }, () => new ReconnectBackoff({ initialMs: 1000 }).next());
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...delays)).toBeLessThanOrEqual(1000);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });
});

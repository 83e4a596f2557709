// The live feed's reconnect delays (ui/src/lib/backoff.ts): doubling from the first delay to
// the cap, spread by the jitter both ways, never negative.
import { describe, expect, it } from 'vitest';
import { backoffDelay, LIVE_BACKOFF } from '../../ui/src/lib/backoff.ts';

const fixed = (r: number) => ({ ...LIVE_BACKOFF, random: () => r });

describe('backoffDelay', () => {
  it('doubles from 0.5 s up to the 10 s cap without jitter at the midpoint', () => {
    const mid = fixed(0.5);
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((a) => backoffDelay(a, mid))).toEqual([
      500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });

  it('spreads by ±20 % at the extremes of the random source', () => {
    expect(backoffDelay(2, fixed(0))).toBe(1600);
    expect(backoffDelay(2, fixed(0.999999))).toBe(2399);
    expect(backoffDelay(9, fixed(0))).toBe(8000);
  });

  it('stays within the bounds for any random value and a huge attempt count', () => {
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(i, LIVE_BACKOFF);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(12_000);
    }
    expect(backoffDelay(1e9, fixed(0.5))).toBe(10_000);
  });

  it('never goes below zero with a jitter over 100 %', () => {
    expect(backoffDelay(0, { initialMs: 100, maxMs: 1000, jitter: 2, random: () => 0 })).toBe(0);
  });
});

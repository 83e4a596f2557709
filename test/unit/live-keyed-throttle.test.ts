// The live hub's per-key throttle (controller/live/keyed-throttle.ts) on an injected clock:
// the first value of a quiet key at once, later ones held and only the newest sent when the
// interval ends, keys independent, clear() drops what is held.
import { describe, expect, it } from 'vitest';
import { KeyedThrottle, type ThrottleTimers } from '../../controller/live/keyed-throttle.ts';

function fakeTimers() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  const api: ThrottleTimers = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout: (handle) => timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = until;
  };
  return { api, advance, pending: () => timers.size };
}

describe('KeyedThrottle', () => {
  it('sends the first value at once and only the newest of a burst when the interval ends', () => {
    const t = fakeTimers();
    const sent: string[] = [];
    const throttle = new KeyedThrottle<string>((v) => sent.push(v), t.api);
    throttle.push('a', 'a1', 250);
    throttle.push('a', 'a2', 250);
    throttle.push('a', 'a3', 250);
    expect(sent).toEqual(['a1']);
    t.advance(249);
    expect(sent).toEqual(['a1']);
    t.advance(1);
    expect(sent).toEqual(['a1', 'a3']);
    // A value right after the trailing send waits a whole interval again.
    throttle.push('a', 'a4', 250);
    t.advance(249);
    expect(sent).toEqual(['a1', 'a3']);
    t.advance(1);
    expect(sent).toEqual(['a1', 'a3', 'a4']);
    // Quiet for longer than the interval: at once.
    t.advance(1000);
    throttle.push('a', 'a5', 250);
    expect(sent).toEqual(['a1', 'a3', 'a4', 'a5']);
  });

  it('keeps keys apart and honours each push’s interval', () => {
    const t = fakeTimers();
    const sent: string[] = [];
    const throttle = new KeyedThrottle<string>((v) => sent.push(v), t.api);
    throttle.push('a', 'a1', 250);
    throttle.push('b', 'b1', 1000);
    throttle.push('b', 'b2', 1000);
    throttle.push('a', 'a2', 250);
    t.advance(250);
    expect(sent).toEqual(['a1', 'b1', 'a2']);
    t.advance(750);
    expect(sent).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('drops held values and timers on clear', () => {
    const t = fakeTimers();
    const sent: string[] = [];
    const throttle = new KeyedThrottle<string>((v) => sent.push(v), t.api);
    throttle.push('a', 'a1', 250);
    throttle.push('a', 'a2', 250);
    expect(t.pending()).toBe(1);
    throttle.clear();
    expect(t.pending()).toBe(0);
    t.advance(1000);
    expect(sent).toEqual(['a1']);
    throttle.push('a', 'a3', 250);
    expect(sent).toEqual(['a1', 'a3']);
  });
});

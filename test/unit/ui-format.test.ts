// How the dashboard writes numbers and times (ui/src/lib/format.ts): units, and a dash for
// what is not known rather than a misleading zero.
import { describe, expect, it } from 'vitest';
import { ago, bytes, clockTime, dateTime, duration, percent } from '../../ui/src/lib/format.ts';

describe('format', () => {
  it('writes percentages, and a dash for null, undefined and non-finite values', () => {
    expect(percent(42.4)).toBe('42%');
    expect(percent(42.46, 1)).toBe('42.5%');
    expect(percent(0)).toBe('0%');
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(percent(v)).toBe('—');
  });

  it('writes bytes in binary units with one decimal below 100', () => {
    expect(bytes(0)).toBe('0 B');
    expect(bytes(1023)).toBe('1023 B');
    expect(bytes(1536)).toBe('1.5 KB');
    expect(bytes(200 * 1024 * 1024)).toBe('200 MB');
    expect(bytes(3 * 1024 ** 5)).toBe('3072 TB');
    expect(bytes(-1)).toBe('—');
    expect(bytes(null)).toBe('—');
  });

  it('writes durations in their two largest units', () => {
    expect(duration(800)).toBe('800 ms');
    expect(duration(5_000)).toBe('5 s');
    expect(duration(302_000)).toBe('5 min 2 s');
    expect(duration(60_000)).toBe('1 min');
    expect(duration(3 * 3600_000 + 4 * 60_000)).toBe('3 h 4 min');
    expect(duration((3 * 24 + 4) * 3600_000)).toBe('3 d 4 h');
    expect(duration(-5)).toBe('—');
    expect(duration(null)).toBe('—');
  });

  it('writes relative times, never in the future, and a dash for no time', () => {
    expect(ago(10_000, 22_000)).toBe('12 s ago');
    expect(ago(10_000, 10_500)).toBe('just now');
    expect(ago(30_000, 10_000)).toBe('just now'); // clock skew
    expect(ago(0, 10_000)).toBe('—');
    expect(ago(null, 10_000)).toBe('—');
  });

  it('writes clock and date times, a dash for none', () => {
    const t = new Date(2026, 10, 22, 13, 4, 5).getTime();
    expect(clockTime(t)).toContain('13:04:05');
    expect(dateTime(t)).toContain('13:04:05');
    expect(clockTime(0)).toBe('—');
    expect(dateTime(undefined)).toBe('—');
  });
});

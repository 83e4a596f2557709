// The daemon's ICU-free replacements of localeCompare and toISOString give the same answers
// as the standard calls, and the daemon's code (device/, outside the config loader, which
// runs in a worker) calls neither those nor Intl, whose data would stay in its memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareNames, isoTime } from '../../device/icu-free.ts';
import { NAME_PATTERN } from '../../proto/topics.ts';
import { REPO } from '../helpers/child.ts';

/** Deterministic names over the whole name alphabet, short enough to collide often. */
function names(count: number): string[] {
  const first = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const rest = `${first}_-`;
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const out: string[] = ['a', 'a-b', 'a_b', 'a0', 'ab', 'a-', 'a_', 'w001', 'w010', 'w-1', 'z', '0', '9z'];
  while (out.length < count) {
    let name = first[next(first.length)] ?? 'a';
    for (let i = next(5); i > 0; i--) name += rest[next(rest.length)] ?? '-';
    out.push(name);
  }
  return out;
}

describe('compareNames', () => {
  it('orders workload names as localeCompare does', () => {
    const all = names(400);
    for (const name of all) expect(name).toMatch(NAME_PATTERN);
    for (const a of all) {
      for (const b of all) expect(Math.sign(compareNames(a, b))).toBe(Math.sign(a.localeCompare(b)));
    }
    expect([...all].sort(compareNames)).toEqual([...all].sort((a, b) => a.localeCompare(b)));
  });
});

describe('isoTime', () => {
  it('is toISOString for any time in years 0-9999', () => {
    const times = [0, -1, 1, 951_782_400_000, 1_795_414_224_139, 253_402_300_799_999, -62_167_219_200_000];
    for (let t = -3e12; t < 3e12; t += 7_777_777_777) times.push(Math.round(t));
    for (const t of times) expect(isoTime(t)).toBe(new Date(t).toISOString());
  });

  it('falls back to toISOString outside those years, with its error for an invalid time', () => {
    expect(isoTime(253_402_300_800_000)).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoTime(-62_167_219_200_001)).toBe(new Date(-62_167_219_200_001).toISOString());
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
  });
});

describe('daemon code', () => {
  it('calls neither localeCompare, toISOString nor Intl outside the config loader', () => {
    const files = readdirSync(join(REPO, 'device'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('config/') && f !== 'icu-free.ts',
    );
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) =>
      /\.localeCompare\(|\.toISOString\(|\bIntl\.|\.toLocale\w*\(/.test(
        readFileSync(join(REPO, 'device', f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

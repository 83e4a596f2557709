// The verification cache that keeps a reconnecting fleet from costing one scrypt per
// attempt: successes only, bound to the stored hash, expiring, and one check for
// concurrent attempts with the same credentials.
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../controller/registry/password-hash.ts';
import { VerifyCache } from '../../controller/registry/verify-cache.ts';

function setup(ttlMs = 60_000) {
  let now = 0;
  const cache = new VerifyCache({ ttlMs, now: () => now });
  let checks = 0;
  const check = (result: boolean) => async () => {
    checks += 1;
    return result;
  };
  return {
    cache,
    check,
    checks: () => checks,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const pw = sha256('right');

describe('VerifyCache', () => {
  it('remembers a success for the TTL, then forgets it', async () => {
    const { cache, check, advance } = setup();
    expect(cache.hit('d1', pw, 'hash-1')).toBe(false);
    expect(await cache.verify('d1', pw, 'hash-1', check(true))).toBe(true);
    expect(cache.hit('d1', pw, 'hash-1')).toBe(true);
    advance(59_999);
    expect(cache.hit('d1', pw, 'hash-1')).toBe(true);
    advance(1);
    expect(cache.hit('d1', pw, 'hash-1')).toBe(false);
  });

  it('does not remember failures, other passwords or other stored hashes', async () => {
    const { cache, check } = setup();
    expect(await cache.verify('d1', sha256('wrong'), 'hash-1', check(false))).toBe(false);
    expect(cache.hit('d1', sha256('wrong'), 'hash-1')).toBe(false);
    await cache.verify('d1', pw, 'hash-1', check(true));
    expect(cache.hit('d1', sha256('other'), 'hash-1')).toBe(false);
    expect(cache.hit('d2', pw, 'hash-1')).toBe(false);
    // After a rotation the stored hash differs: the entry no longer counts (and is dropped).
    expect(cache.hit('d1', pw, 'hash-2')).toBe(false);
    expect(cache.hit('d1', pw, 'hash-1')).toBe(false);
  });

  it('runs one check for concurrent attempts with the same credentials', async () => {
    const { cache, check, checks } = setup();
    const results = await Promise.all([
      cache.verify('d1', pw, 'hash-1', check(true)),
      cache.verify('d1', pw, 'hash-1', check(true)),
      cache.verify('d1', pw, 'hash-1', check(true)),
    ]);
    expect(results).toEqual([true, true, true]);
    expect(checks()).toBe(1);
    await cache.verify('d1', sha256('x'), 'hash-1', check(false));
    expect(checks()).toBe(2);
  });

  it('forgets a device on request and caches nothing with a TTL of 0', async () => {
    const { cache, check } = setup();
    await cache.verify('d1', pw, 'hash-1', check(true));
    cache.forget('d1');
    expect(cache.hit('d1', pw, 'hash-1')).toBe(false);

    const off = setup(0);
    await off.cache.verify('d1', pw, 'hash-1', off.check(true));
    expect(off.cache.hit('d1', pw, 'hash-1')).toBe(false);
    expect(off.cache.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { McError } from '../../proto/errors.ts';
import { filters, isValidName, matchesFilter, parseTopic, topics } from '../../proto/topics.ts';

const BAD_NAMES = ['a/b', '+', '#', '', 'x'.repeat(64), 'Upper', '-lead', '_lead', 'sp ace', 'dot.ted', 'ü'];

describe('topics', () => {
  it('builds every topic of the contract', () => {
    expect(topics.presence('dev-1')).toBe('mc/dev-1/presence');
    expect(topics.status('dev-1')).toBe('mc/dev-1/status');
    expect(topics.workload('dev-1', 'pump_2')).toBe('mc/dev-1/workloads/pump_2');
    expect(topics.heartbeat('dev-1')).toBe('mc/dev-1/heartbeat');
    expect(topics.events('dev-1')).toBe('mc/dev-1/events');
    expect(topics.logs('dev-1', 'pump')).toBe('mc/dev-1/logs/pump');
    expect(topics.cmd('dev-1')).toBe('mc/dev-1/cmd');
    expect(topics.desired('dev-1')).toBe('mc/dev-1/desired');
    expect(topics.reply('mctl-7f')).toBe('mc/reply/mctl-7f');
    expect(topics.release('1.2.0-rc.1')).toBe('mc/releases/1.2.0-rc.1');
  });

  it('accepts names of 1 to 63 characters', () => {
    expect(isValidName('a')).toBe(true);
    expect(isValidName(`a${'b'.repeat(62)}`)).toBe(true);
    expect(isValidName('0dev_9-x')).toBe(true);
  });

  for (const bad of BAD_NAMES) {
    it(`rejects the name ${JSON.stringify(bad.length > 10 ? `${bad.slice(0, 8)}…(${bad.length})` : bad)}`, () => {
      expect(isValidName(bad)).toBe(false);
      expect(() => topics.status(bad)).toThrow(McError);
      expect(() => topics.workload('dev', bad)).toThrow(/invalid workload name/);
      expect(() => topics.reply(bad)).toThrow(McError);
      expect(parseTopic(`mc/${bad}/status`)).toBeNull();
    });
  }

  it('reserves the device names used by fleet-wide topics', () => {
    expect(() => topics.status('reply')).toThrow(/reserved/);
    expect(() => topics.cmd('releases')).toThrow(/reserved/);
    // so mc/+/status never matches a reply or release topic
    expect(parseTopic('mc/reply/status')).toEqual({ kind: 'reply', client: 'status' });
  });

  it('rejects release versions with topic wildcards or separators', () => {
    for (const bad of ['1/2', '1+2', '#', '', '.hidden']) expect(() => topics.release(bad)).toThrow(McError);
  });

  it('parses every topic it builds back to kind and names', () => {
    expect(parseTopic(topics.presence('d'))).toEqual({ kind: 'presence', device: 'd' });
    expect(parseTopic(topics.status('d'))).toEqual({ kind: 'status', device: 'd' });
    expect(parseTopic(topics.workload('d', 'w'))).toEqual({ kind: 'workload', device: 'd', workload: 'w' });
    expect(parseTopic(topics.heartbeat('d'))).toEqual({ kind: 'heartbeat', device: 'd' });
    expect(parseTopic(topics.events('d'))).toEqual({ kind: 'events', device: 'd' });
    expect(parseTopic(topics.logs('d', 'w'))).toEqual({ kind: 'logs', device: 'd', workload: 'w' });
    expect(parseTopic(topics.cmd('d'))).toEqual({ kind: 'cmd', device: 'd' });
    expect(parseTopic(topics.desired('d'))).toEqual({ kind: 'desired', device: 'd' });
    expect(parseTopic(topics.reply('c'))).toEqual({ kind: 'reply', client: 'c' });
    expect(parseTopic(topics.release('2.0'))).toEqual({ kind: 'release', version: '2.0' });
  });

  it('returns null for topics outside the contract', () => {
    for (const t of [
      '',
      'mc',
      'mc/',
      'x/d/status',
      'mc/d/unknown',
      'mc/d/status/extra',
      'mc/d/workloads',
      'mc/d/workloads/a/b',
      '/mc/d/status',
    ]) {
      expect(parseTopic(t), t).toBeNull();
    }
  });

  it('builds wildcard filters that match what they should and nothing else', () => {
    expect(filters.status()).toBe('mc/+/status');
    expect(filters.workloads('d')).toBe('mc/d/workloads/+');
    expect(matchesFilter(filters.status(), topics.status('d1'))).toBe(true);
    expect(matchesFilter(filters.status(), topics.presence('d1'))).toBe(false);
    expect(matchesFilter(filters.workloads(), topics.workload('d1', 'w'))).toBe(true);
    expect(matchesFilter(filters.device('d1'), topics.logs('d1', 'w'))).toBe(true);
    expect(matchesFilter(filters.device('d1'), topics.logs('d2', 'w'))).toBe(false);
    expect(matchesFilter(filters.all(), 'mc')).toBe(true);
    expect(matchesFilter('#', '$SYS/broker')).toBe(false);
    expect(matchesFilter('mc/+', 'mc/a/b')).toBe(false);
  });
});

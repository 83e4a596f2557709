// The overview's filter, sort and counts (ui/src/lib/fleet-query.ts) over device snapshots.
import { describe, expect, it } from 'vitest';
import { countFleet, DEFAULT_QUERY, fleetTags, queryFleet } from '../../ui/src/lib/fleet-query.ts';
import { device, workload } from '../helpers/ui-fixtures.ts';

const beat = (cpu: number) => ({ seq: 1, uptime_s: 1, cpu_percent: cpu, mem_percent: cpu / 2 });
const fleet = [
  device('alpha', { tags: ['lab'], heartbeat: beat(40), last_seen_ms: 300 }),
  device('beta', { tags: ['field', 'lab'], health: 'offline', heartbeat: beat(90), last_seen_ms: 100 }),
  device('gamma', {
    tags: ['field'],
    health: 'stale',
    workloads: [workload('a', { status: 'failed' }), workload('b')],
    last_seen_ms: 200,
  }),
  device('delta', { health: 'unknown' }),
].sort((a, b) => (a.name < b.name ? -1 : 1));
const names = (q: Partial<typeof DEFAULT_QUERY>) =>
  queryFleet(fleet, { ...DEFAULT_QUERY, ...q }).map((d) => d.name);

describe('queryFleet', () => {
  it('keeps the feed order by default and returns every device', () => {
    expect(names({})).toEqual(['alpha', 'beta', 'delta', 'gamma']);
  });

  it('filters by part of the name, case-insensitively, ignoring surrounding spaces', () => {
    expect(names({ text: '  ET ' })).toEqual(['beta']);
    expect(names({ text: 'a' })).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(names({ text: 'zzz' })).toEqual([]);
  });

  it('filters by tag and by health, combined with the name', () => {
    expect(names({ tag: 'lab' })).toEqual(['alpha', 'beta']);
    expect(names({ tag: 'field', health: 'stale' })).toEqual(['gamma']);
    expect(names({ tag: 'lab', text: 'alp' })).toEqual(['alpha']);
  });

  it('sorts by health worst first, and by name descending', () => {
    expect(names({ sort: 'health' })).toEqual(['beta', 'gamma', 'delta', 'alpha']);
    expect(names({ sort: 'name', descending: true })).toEqual(['gamma', 'delta', 'beta', 'alpha']);
  });

  it('puts unknown values last in both directions when sorting by CPU', () => {
    expect(names({ sort: 'cpu' })).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(names({ sort: 'cpu', descending: true })).toEqual(['beta', 'alpha', 'delta', 'gamma']);
  });

  it('sorts by failed workloads and by last seen, ties by name', () => {
    expect(names({ sort: 'failed', descending: true })).toEqual(['gamma', 'alpha', 'beta', 'delta']);
    expect(names({ sort: 'last_seen' })).toEqual(['beta', 'gamma', 'alpha', 'delta']);
  });
});

describe('countFleet and fleetTags', () => {
  it('counts devices by health and workloads across the fleet', () => {
    const c = countFleet(fleet);
    expect(c.total).toBe(4);
    expect(c.byHealth).toEqual({ online: 1, stale: 1, offline: 1, unknown: 1 });
    expect(c.workloads).toEqual({ running: 1, failed: 1, total: 2 });
  });

  it('lists every tag once, sorted', () => {
    expect(fleetTags(fleet)).toEqual(['field', 'lab']);
    expect(fleetTags([])).toEqual([]);
  });
});

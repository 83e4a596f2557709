// The dashboard's reducer of the live feed (ui/src/lib/fleet-model.ts): a snapshot replaces
// the fleet, deltas apply in order, unchanged devices keep their objects, metric series grow
// only on new readings and are bounded, events are capped, drops are counted.
import { describe, expect, it } from 'vitest';
import { FleetModel } from '../../ui/src/lib/fleet-model.ts';
import { appendSample } from '../../ui/src/lib/metrics.ts';
import type { SnapshotMessage } from '../../ui/src/lib/types.ts';
import { device, event, workload } from '../helpers/ui-fixtures.ts';

const snapshot = (...devices: ReturnType<typeof device>[]): SnapshotMessage => ({
  type: 'snapshot',
  devices,
  deployments: [],
  tasks: [],
  ts: 0,
});
const beat = (seq: number, cpu: number) => ({ seq, uptime_s: seq, cpu_percent: cpu, mem_percent: 50 });

describe('FleetModel', () => {
  it('lists a snapshot by name and replaces everything on the next snapshot', () => {
    const m = new FleetModel();
    m.applySnapshot(snapshot(device('b'), device('a')), 0);
    expect(m.list().map((d) => d.name)).toEqual(['a', 'b']);
    m.applySnapshot(snapshot(device('c')), 1);
    expect(m.list().map((d) => d.name)).toEqual(['c']);
    expect(m.device('a')).toBeUndefined();
  });

  it('keeps the same list array until something changes, and leaves untouched devices as they were', () => {
    const m = new FleetModel();
    const a = device('a');
    m.applySnapshot(snapshot(a, device('b')), 0);
    const first = m.list();
    expect(m.list()).toBe(first);
    m.apply({ type: 'device', device: device('b', { health: 'stale' }) }, 1);
    const second = m.list();
    expect(second).not.toBe(first);
    expect(second[0]).toBe(a);
    expect(second[1]?.health).toBe('stale');
  });

  it('replaces one workload, adds a new one in name order, and removes one on null', () => {
    const m = new FleetModel();
    const before = device('a', { workloads: [workload('pump'), workload('x')] });
    m.applySnapshot(snapshot(before), 0);
    m.apply(
      { type: 'workload', device: 'a', name: 'pump', workload: workload('pump', { status: 'failed' }) },
      1,
    );
    m.apply({ type: 'workload', device: 'a', name: 'fan', workload: workload('fan') }, 1);
    m.apply({ type: 'workload', device: 'a', name: 'x', workload: null }, 1);
    expect(m.device('a')?.workloads.map((w) => `${w.name}:${w.status}`)).toEqual([
      'fan:running',
      'pump:failed',
    ]);
    // The old object was not changed in place.
    expect(before.workloads.map((w) => w.status)).toEqual(['running', 'running']);
  });

  it('ignores a workload of a device it does not know (its device delta brings it)', () => {
    const m = new FleetModel();
    m.applySnapshot(snapshot(), 0);
    m.apply({ type: 'workload', device: 'ghost', name: 'w', workload: workload('w') }, 1);
    expect(m.list()).toEqual([]);
  });

  it('drops a removed device and its metric series', () => {
    const m = new FleetModel();
    m.applySnapshot(snapshot(device('a', { heartbeat: beat(1, 10) })), 0);
    expect(m.series('a')).toHaveLength(1);
    m.apply({ type: 'removed', device: 'a' }, 1);
    expect(m.device('a')).toBeUndefined();
    expect(m.series('a')).toEqual([]);
  });

  it('adds a metric sample only for a new heartbeat or status, not for a health flip', () => {
    const m = new FleetModel();
    m.applySnapshot(snapshot(device('a', { heartbeat: beat(1, 10) })), 1000);
    m.apply({ type: 'device', device: device('a', { heartbeat: beat(1, 10), health: 'stale' }) }, 2000);
    m.apply({ type: 'device', device: device('a', { heartbeat: beat(2, 30) }) }, 3000);
    expect(m.series('a').map((s) => [s.t, s.cpu, s.mem])).toEqual([
      [1000, 10, 50],
      [3000, 30, 50],
    ]);
  });

  it('keeps the series of a device across a snapshot and forgets those of devices that left', () => {
    const m = new FleetModel();
    m.applySnapshot(
      snapshot(device('a', { heartbeat: beat(1, 10) }), device('b', { heartbeat: beat(1, 5) })),
      0,
    );
    m.applySnapshot(snapshot(device('a', { heartbeat: beat(2, 20) })), 1);
    expect(m.series('a').map((s) => s.cpu)).toEqual([10, 20]);
    expect(m.series('b')).toEqual([]);
  });

  it('appends events in order up to its cap and counts dropped ones', () => {
    const m = new FleetModel({ maxEvents: 3 });
    m.applySnapshot(snapshot(device('a')), 0);
    const list = m.list();
    m.apply({ type: 'events', events: [event('a', 1), event('a', 2)] }, 1);
    m.apply({ type: 'events', events: [event('a', 3), event('a', 4)] }, 1);
    m.apply({ type: 'dropped', count: 7 }, 1);
    m.apply({ type: 'dropped', count: 2 }, 1);
    expect(m.events().map((e) => e.seq)).toEqual([2, 3, 4]);
    expect(m.dropped).toBe(9);
    expect(m.list()).toBe(list); // events change no device
  });
});

describe('metric series', () => {
  it('is bounded by points and by age, and never changes the input', () => {
    const limits = { maxAgeMs: 10_000, maxPoints: 3 };
    let series = appendSample([], { t: 0, cpu: 1, mem: null, disk: null }, limits);
    const kept = series;
    for (const t of [1000, 2000, 3000])
      series = appendSample(series, { t, cpu: t, mem: null, disk: null }, limits);
    expect(series.map((s) => s.t)).toEqual([1000, 2000, 3000]);
    expect(kept).toHaveLength(1);
    series = appendSample(series, { t: 12_500, cpu: 0, mem: null, disk: null }, limits);
    expect(series.map((s) => s.t)).toEqual([3000, 12_500]);
  });
});

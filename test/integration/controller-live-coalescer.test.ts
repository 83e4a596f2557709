// The rules by which a live-feed socket's backlog stays small: latest state wins per device
// and per workload, in the order of the latest change; a removal supersedes what was pending
// for the device; events queue up to a bound, beyond which the oldest are dropped and counted.
import { describe, expect, it } from 'vitest';
import { neverSeen } from '../../controller/api/fleet-view.ts';
import { LiveCoalescer } from '../../controller/live/coalescer.ts';
import type { DeviceSnapshot, StoredEvent, WorkloadSnapshot } from '../../controller/store/types.ts';

const device = (name: string, release = ''): DeviceSnapshot => ({
  ...neverSeen({ name, created_ms: 1, tags: [], credentials_rotated_ms: 1 }),
  release,
});

const workload = (name: string, run_count: number) =>
  ({ name, status: 'running', run_count }) as unknown as WorkloadSnapshot;

const event = (device: string, seq: number): StoredEvent => ({
  device,
  seq,
  ts_ms: seq,
  received_ms: seq,
  type: 'started',
  workload: 'svc',
  message: '',
  exit_code: null,
  signal: '',
  run_id: '',
  attrs: {},
});

describe('live feed coalescing', () => {
  it('keeps only the latest state per key, ordered by latest change', () => {
    const q = new LiveCoalescer({ maxEvents: 10 });
    q.push({ kind: 'device', device: device('a', 'v1') });
    q.push({ kind: 'workload', device: 'a', name: 'svc', workload: workload('svc', 1) });
    q.push({ kind: 'device', device: device('b') });
    q.push({ kind: 'device', device: device('a', 'v2') });
    q.push({ kind: 'workload', device: 'a', name: 'svc', workload: workload('svc', 2) });
    expect(q.take()).toEqual([
      { type: 'device', device: device('b') },
      { type: 'device', device: device('a', 'v2') },
      { type: 'workload', device: 'a', name: 'svc', workload: workload('svc', 2) },
    ]);
    expect(q.pending).toBe(false);
    expect(q.take()).toEqual([]);
  });

  it('replaces whatever was pending for a removed device by the removal, and keeps a later comeback after it', () => {
    const q = new LiveCoalescer({ maxEvents: 10 });
    q.push({ kind: 'device', device: device('a') });
    q.push({ kind: 'workload', device: 'a', name: 'svc', workload: workload('svc', 1) });
    q.push({ kind: 'workload', device: 'ab', name: 'svc', workload: workload('svc', 1) });
    q.push({ kind: 'removed', device: 'a' });
    q.push({ kind: 'device', device: device('a', 'v3') });
    expect(q.take()).toEqual([
      { type: 'workload', device: 'ab', name: 'svc', workload: workload('svc', 1) },
      { type: 'removed', device: 'a' },
      { type: 'device', device: device('a', 'v3') },
    ]);
  });

  it('batches events after the state deltas and drops the oldest beyond the bound, with a notice', () => {
    const q = new LiveCoalescer({ maxEvents: 3 });
    for (let seq = 1; seq <= 5; seq++) q.push({ kind: 'event', event: event('a', seq) });
    q.push({ kind: 'device', device: device('a') });
    expect(q.dropped).toBe(2);
    expect(q.take()).toEqual([
      { type: 'device', device: device('a') },
      { type: 'dropped', count: 2 },
      { type: 'events', events: [event('a', 3), event('a', 4), event('a', 5)] },
    ]);
    expect(q.dropped).toBe(0);
  });
});

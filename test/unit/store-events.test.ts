// Device events in the fleet store: stored newest first, bounded per device with the oldest
// trimmed, deduplicated by seq and boot id (QoS 1 redeliveries), gaps counted, readable the
// moment they are ingested, filterable, and kept across a reopen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventSequence } from '../../controller/store/event-sequence.ts';
import { FleetStore } from '../../controller/store/fleet-store.ts';
import type { FleetChange } from '../../controller/store/types.ts';
import { encode, type MessageInput } from '../../proto/codec.ts';
import { eventTypeOf } from '../../proto/names.ts';

const logger = pino({ level: 'silent' });
let dir: string;
let clock: { t: number };
let store: FleetStore;
let changes: FleetChange[];

function openStore(eventsPerDevice = 1000): FleetStore {
  const s = new FleetStore({
    dataDir: dir,
    logger,
    now: () => clock.t,
    staleAfterMs: 30_000,
    eventsPerDevice,
  });
  s.on('change', (c) => changes.push(c));
  return s;
}

function ingestEvent(
  seq: number,
  type = 'started',
  extra: Partial<MessageInput<'events'>> = {},
  device = 'd1',
): void {
  clock.t += 1;
  const payload = encode('events', {
    seq,
    ts_ms: 1000 + seq,
    type: eventTypeOf(type),
    workload: 'svc',
    boot_id: 'boot-1',
    ...extra,
  });
  store.ingest(`mc/${device}/events`, payload, false);
}

const seqs = (device = 'd1', opts = {}) => store.events(device, opts).map((e) => e.seq);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-store-events-'));
  clock = { t: 1_700_000_000_000 };
  changes = [];
  store = openStore();
  await store.open();
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fleet store events', () => {
  it('stores events with short type names and lists them newest first, at once', () => {
    ingestEvent(1, 'started');
    ingestEvent(2, 'memory_warning', { message: 'rss at 91%', attrs: { rss_mb: '91' } });
    ingestEvent(3, 'exited', { exit_code: 0, run_id: 'run-1', signal: '' });
    const events = store.events('d1');
    expect(events.map((e) => e.type)).toEqual(['exited', 'memory_warning', 'started']);
    expect(events[0]).toEqual({
      device: 'd1',
      seq: 3,
      ts_ms: 1003,
      received_ms: clock.t,
      type: 'exited',
      workload: 'svc',
      message: '',
      exit_code: 0,
      signal: '',
      run_id: 'run-1',
      attrs: {},
    });
    expect(events[1]).toMatchObject({ exit_code: null, attrs: { rss_mb: '91' }, message: 'rss at 91%' });
    expect(changes.filter((c) => c.kind === 'event').map((c) => c.kind === 'event' && c.event.seq)).toEqual([
      1, 2, 3,
    ]);
    expect(store.events('nobody')).toEqual([]);
  });

  it('keeps at most eventsPerDevice per device, trimming the oldest', async () => {
    await store.close();
    store = openStore(5);
    await store.open();
    for (let seq = 1; seq <= 12; seq++) ingestEvent(seq);
    ingestEvent(1, 'started', {}, 'd2');
    expect(seqs()).toEqual([12, 11, 10, 9, 8]);
    await store.flushed();
    expect(seqs()).toEqual([12, 11, 10, 9, 8]);
    expect(seqs('d1', { limit: 2 })).toEqual([12, 11]);
    expect(store.stats().events).toBe(6);
  });

  it('drops redelivered events (same seq and boot) and counts gaps', () => {
    ingestEvent(1);
    ingestEvent(2);
    ingestEvent(2);
    ingestEvent(1);
    ingestEvent(5);
    expect(seqs()).toEqual([5, 2, 1]);
    expect(store.stats()).toMatchObject({ duplicates: 2, gaps: 2 });
  });

  it('stores a late event that fills a gap and takes it off the gap count', () => {
    ingestEvent(1);
    ingestEvent(4);
    ingestEvent(2);
    ingestEvent(2);
    expect(seqs()).toEqual([2, 4, 1]); // arrival order, newest first
    expect(store.stats()).toMatchObject({ duplicates: 1, gaps: 1 });
  });

  it('takes a lower seq from a never-seen boot as a device whose counter started over', () => {
    ingestEvent(40);
    ingestEvent(41, 'started', { boot_id: 'boot-2' }); // daemon restart: seq continues
    ingestEvent(1, 'started', { boot_id: 'boot-3' }); // data dir wiped: counter restarts
    ingestEvent(40, 'started', { boot_id: 'boot-1' }); // late redelivery from an earlier boot
    ingestEvent(1, 'started', { boot_id: 'boot-3' }); // redelivery within the new run
    ingestEvent(2, 'started', { boot_id: 'boot-3' });
    expect(seqs()).toEqual([2, 1, 41, 40]);
    expect(store.stats().duplicates).toBe(2);
  });

  it('keeps every event of a sender that does not number them (seq 0)', () => {
    ingestEvent(0);
    ingestEvent(0);
    expect(seqs()).toEqual([0, 0]);
  });

  it('filters by workload, types and before_seq, and gives run history', () => {
    ingestEvent(1, 'started', { workload: 'a' });
    ingestEvent(2, 'exited', { workload: 'a', exit_code: 0 });
    ingestEvent(3, 'started', { workload: 'b' });
    ingestEvent(4, 'failed', { workload: 'b', exit_code: 1 });
    ingestEvent(5, 'memory_warning', { workload: 'b' });
    ingestEvent(6, 'timeout', { workload: 'a' });
    ingestEvent(7, 'completed', { workload: 'a' });
    expect(seqs('d1', { workload: 'a' })).toEqual([7, 6, 2, 1]);
    expect(seqs('d1', { types: ['started', 'memory_warning'] })).toEqual([5, 3, 1]);
    expect(seqs('d1', { before_seq: 5, limit: 2 })).toEqual([4, 3]);
    expect(store.runHistory('d1').map((e) => [e.seq, e.type])).toEqual([
      [7, 'completed'],
      [6, 'timeout'],
      [4, 'failed'],
      [2, 'exited'],
    ]);
    expect(store.runHistory('d1', { workload: 'a', limit: 2 }).map((e) => e.seq)).toEqual([7, 6]);
    expect(() => store.events('d1', { limit: -1 })).toThrow(/limit/);
  });

  it('keeps events and duplicate detection across a reopen', async () => {
    ingestEvent(1);
    ingestEvent(2);
    ingestEvent(3, 'started', { boot_id: 'boot-2' });
    await store.close();
    store = openStore();
    await store.open();
    expect(seqs()).toEqual([3, 2, 1]);
    ingestEvent(3, 'started', { boot_id: 'boot-2' });
    ingestEvent(2, 'started', { boot_id: 'boot-1' });
    ingestEvent(4, 'started', { boot_id: 'boot-2' });
    expect(seqs()).toEqual([4, 3, 2, 1]);
    expect(store.stats()).toMatchObject({ duplicates: 2, events: 4 });
  });

  it('forgets the events of a removed device, and a comeback starts a new history', async () => {
    ingestEvent(7);
    ingestEvent(8);
    await store.removeDevice('d1');
    expect(changes.at(-1)).toEqual({ kind: 'removed', device: 'd1' });
    expect(store.events('d1')).toEqual([]);
    ingestEvent(1);
    expect(seqs()).toEqual([1]);
    await store.close();
    store = openStore();
    await store.open();
    expect(seqs()).toEqual([1]);
    expect(store.stats().events).toBe(1);
  });
});

describe('event sequence', () => {
  it('judges new, duplicate, gap and reset', () => {
    const s = new EventSequence();
    expect(s.judge(5, 'a')).toEqual({ verdict: 'new', gap: 0 });
    s.accept(5, 'a');
    expect(s.judge(5, 'a').verdict).toBe('duplicate');
    expect(s.judge(8, 'a')).toEqual({ verdict: 'new', gap: 2 });
    expect(s.accept(9, 'b')).toBe(true);
    expect(s.priorBoots).toEqual(['a']);
    expect(s.judge(3, 'a').verdict).toBe('duplicate');
    expect(s.judge(3, 'c').verdict).toBe('reset');
    s.accept(3, 'c');
    // An earlier run's copy stays a duplicate even above the restarted counter.
    expect(s.judge(50, 'a').verdict).toBe('duplicate');
    expect(s.judge(4, 'c')).toEqual({ verdict: 'new', gap: 0 });
  });

  it('takes a late event that fills a hole it saw open, once (a live event overtook a queued one)', () => {
    const s = new EventSequence();
    s.accept(1, 'a');
    expect(s.judge(5, 'a')).toEqual({ verdict: 'new', gap: 3 });
    s.accept(5, 'a');
    expect(s.missing).toBe(3);
    expect(s.judge(3, 'a')).toEqual({ verdict: 'late', gap: -1 });
    s.accept(3, 'a');
    expect(s.judge(3, 'a').verdict).toBe('duplicate');
    expect(s.judge(1, 'a').verdict).toBe('duplicate');
    expect([2, 4].map((n) => s.judge(n, 'a').verdict)).toEqual(['late', 'late']);
    expect(s.lastSeq).toBe(5);
    expect(s.missing).toBe(2);
    s.accept(2, 'c'); // the counter started over: the old holes mean nothing now
    expect(s.missing).toBe(0);
  });
});

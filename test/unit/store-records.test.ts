// The fleet store's device records: status and workload snapshots as the API shows them,
// retained replays that change nothing, clearing by empty retained payloads, removal,
// garbage that is counted and never throws, and state kept across a reopen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FleetStore } from '../../controller/store/fleet-store.ts';
import type { FleetChange } from '../../controller/store/types.ts';
import { encode, type MessageInput } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { type WorkloadStatusName, workloadStatusOf } from '../../proto/names.ts';

const logger = pino({ level: 'silent' });
let dir: string;
let clock: { t: number };
let store: FleetStore;
let changes: FleetChange[];

const last = (kind: FleetChange['kind']) => changes.filter((c) => c.kind === kind).at(-1);

function openStore(): FleetStore {
  const s = new FleetStore({ dataDir: dir, logger, now: () => clock.t, staleAfterMs: 30_000 });
  s.on('change', (c) => changes.push(c));
  return s;
}

const presence = (online = true) =>
  encode('presence', { online, since_ms: 1000, boot_id: 'boot-1', release: 'r0' });
const status = (seq: number, extra: Partial<MessageInput<'status'>> = {}) =>
  encode('status', {
    device: 'd1',
    seq,
    boot_id: 'boot-1',
    release: 'r2',
    tags: ['lab', 'pi4'],
    system: { cpu_percent: 12.5, mem_used_bytes: 100, mem_total_bytes: 400 },
    workloads: [
      { name: 'svc', status: workloadStatusOf('running') },
      { name: 'job', status: workloadStatusOf('failed') },
    ],
    workloads_running: 1,
    workloads_failed: 1,
    workloads_total: 2,
    ...extra,
  });
const workload = (name: string, st: WorkloadStatusName, extra: Partial<MessageInput<'workload'>> = {}) =>
  encode('workload', { name, status: workloadStatusOf(st), type: 'service', run_mode: 'forever', ...extra });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-store-records-'));
  clock = { t: 1_700_000_000_000 };
  changes = [];
  store = openStore();
  await store.open();
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fleet store records', () => {
  it('shows status and workloads as plain objects with short status names, workloads sorted', () => {
    store.ingest('mc/d1/presence', presence(), true);
    store.ingest('mc/d1/status', status(1), true);
    store.ingest('mc/d1/workloads/svc', workload('svc', 'running', { pid: 42, run_count: 3 }), true);
    store.ingest('mc/d1/workloads/job', workload('job', 'failed', { last_exit_code: 2 }), true);
    const d = store.device('d1');
    expect(d).toMatchObject({
      release: 'r2',
      tags: ['lab', 'pi4'],
      counts: { running: 1, failed: 1, total: 2 },
      status: {
        seq: 1,
        workloads: [
          { name: 'svc', status: 'running' },
          { name: 'job', status: 'failed' },
        ],
        system: { cpu_percent: 12.5, mem_total_bytes: 400 },
      },
      presence: { online: true, boot_id: 'boot-1', release: 'r0' },
    });
    expect(d?.workloads.map((w) => [w.name, w.status, w.last_exit_code])).toEqual([
      ['job', 'failed', 2],
      ['svc', 'running', null],
    ]);
    expect(d?.workloads[1]).toMatchObject({ pid: 42, run_count: 3, type: 'service', run_mode: 'forever' });
    // Retained copies are not news about when the device was heard from.
    expect(d?.last_seen_ms).toBeNull();
    expect(changes.filter((c) => c.kind === 'workload').map((c) => c.kind === 'workload' && c.name)).toEqual([
      'svc',
      'job',
    ]);
  });

  it('uses the counts of the status while no workload topic has been seen', () => {
    store.ingest('mc/d1/status', status(1), false);
    expect(store.device('d1')).toMatchObject({
      counts: { running: 1, failed: 1, total: 2 },
      health: 'unknown',
    });
  });

  it('ignores a status older than the stored one from the same boot, takes one from a new boot', () => {
    store.ingest('mc/d1/status', status(5, { release: 'new' }), false);
    const before = changes.length;
    store.ingest('mc/d1/status', status(4, { release: 'old' }), true);
    store.ingest('mc/d1/status', status(5, { release: 'old' }), true);
    expect(store.device('d1')?.release).toBe('new');
    expect(changes.length).toBe(before);
    store.ingest('mc/d1/status', status(1, { release: 'rebooted', boot_id: 'boot-2' }), false);
    expect(store.device('d1')?.release).toBe('rebooted');
  });

  it('announces nothing for a retained replay identical to what it holds', () => {
    store.ingest('mc/d1/presence', presence(), true);
    store.ingest('mc/d1/workloads/svc', workload('svc', 'running'), true);
    const before = changes.length;
    store.ingest('mc/d1/presence', presence(), true);
    store.ingest('mc/d1/workloads/svc', workload('svc', 'running'), true);
    expect(changes.length).toBe(before);
    store.ingest('mc/d1/workloads/svc', workload('svc', 'stopped'), false);
    // The workload, then the device whose list and counts changed with it.
    expect(changes.slice(before)).toMatchObject([
      { kind: 'workload', name: 'svc', workload: { status: 'stopped' } },
      { kind: 'device', device: { name: 'd1', counts: { running: 0, total: 1 } } },
    ]);
  });

  it('removes a workload on an empty retained payload, and forgets a device once everything is cleared', () => {
    store.ingest('mc/d1/presence', presence(), true);
    store.ingest('mc/d1/status', status(1), true);
    store.ingest('mc/d1/workloads/svc', workload('svc', 'running'), true);
    store.ingest('mc/d1/workloads/svc', new Uint8Array(), true);
    expect(last('workload')).toEqual({ kind: 'workload', device: 'd1', workload: null, name: 'svc' });
    expect(store.device('d1')?.workloads).toEqual([]);
    const before = changes.length;
    store.ingest('mc/d1/workloads/svc', new Uint8Array(), true); // already gone: nothing
    expect(changes.length).toBe(before);
    store.ingest('mc/d1/status', new Uint8Array(), true);
    expect(store.device('d1')).toMatchObject({ status: null, health: 'online' });
    store.ingest('mc/d1/presence', new Uint8Array(), true);
    expect(changes.at(-1)).toEqual({ kind: 'removed', device: 'd1' });
    expect(store.device('d1')).toBeUndefined();
    expect(store.stats()).toMatchObject({ devices: 0, workloads: 0 });
  });

  it('removeDevice forgets the device in memory and on disk', async () => {
    store.ingest('mc/d1/presence', presence(), true);
    store.ingest('mc/d1/workloads/svc', workload('svc', 'running'), true);
    store.ingest('mc/d2/presence', presence(), true);
    await store.removeDevice('d1');
    await store.removeDevice('never-seen');
    expect(store.devices().map((d) => d.name)).toEqual(['d2']);
    await store.close();
    await store.open();
    expect(store.devices().map((d) => d.name)).toEqual(['d2']);
    expect(store.stats()).toMatchObject({ devices: 1, workloads: 0 });
  });

  it('counts garbage and never throws', () => {
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0x07, 0x01]);
    expect(() => {
      store.ingest('mc/d1/status', garbage, false);
      store.ingest('mc/d1/presence', garbage, true);
      store.ingest('mc/d1/workloads/svc', garbage, true);
      store.ingest('mc/d1/heartbeat', garbage, false);
      store.ingest('mc/d1/events', garbage, false);
      store.ingest('mc/NOT A NAME/status', status(1), false);
      store.ingest('elsewhere/x', status(1), false);
      store.ingest('mc/d1/cmd', new Uint8Array(), false);
    }).not.toThrow();
    expect(store.stats()).toMatchObject({ rejected: 8, ingested: 0, devices: 0 });
    store.ingest('mc/d1/status', status(1), false);
    expect(store.stats()).toMatchObject({ rejected: 8, ingested: 1, devices: 1 });
  });

  it('keeps devices, workloads and status across a reopen', async () => {
    store.ingest('mc/d1/presence', presence(), true);
    store.ingest('mc/d1/status', status(3), true);
    store.ingest('mc/d1/workloads/svc', workload('svc', 'running', { run_count: 7 }), true);
    store.ingest('mc/d1/heartbeat', encode('heartbeat', { seq: 9 }), false);
    const before = store.device('d1');
    await store.close();
    await store.close();
    expect(() => store.devices()).toThrow(McError);
    store.ingest('mc/d1/status', status(4), false); // closed: refused, not thrown
    store = openStore();
    await store.open();
    await store.open();
    expect(store.device('d1')).toEqual(before);
    expect(store.stats()).toMatchObject({ devices: 1, workloads: 1 });
    expect(store.stats().bytes).toBeGreaterThan(0);
    // The stored status seq still guards against replays.
    store.ingest('mc/d1/status', status(3, { release: 'replayed' }), true);
    expect(store.device('d1')?.release).toBe('r2');
  });

  it('hands out snapshots that later changes do not mutate', () => {
    store.ingest('mc/d1/workloads/svc', workload('svc', 'running'), false);
    const first = store.device('d1');
    store.ingest('mc/d1/workloads/svc', workload('svc', 'failed'), false);
    expect(first?.workloads[0]?.status).toBe('running');
    expect(store.device('d1')?.workloads[0]?.status).toBe('failed');
    expect(store.device('d1')).not.toBe(first);
  });

  it('rejects bad options', () => {
    expect(() => new FleetStore({ dataDir: dir, logger, staleAfterMs: 0 })).toThrow(/staleAfterMs/);
    expect(() => new FleetStore({ dataDir: dir, logger, staleAfterMs: 1, eventsPerDevice: 1.5 })).toThrow(
      /eventsPerDevice/,
    );
  });
});

// Device health in the fleet store, driven message by message with an injected clock:
// online from presence, offline at once from the Last Will, stale after staleAfterMs of
// silence (checkHealth), back online with the next heartbeat; and heartbeat times written
// lazily, not per heartbeat.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FleetStore } from '../../controller/store/fleet-store.ts';
import type { FleetChange } from '../../controller/store/types.ts';
import { encode } from '../../proto/codec.ts';

const logger = pino({ level: 'silent' });
const STALE_MS = 30_000;
let dir: string;
let clock: { t: number };
let store: FleetStore;
let changes: FleetChange[];

function openStore(extra: { heartbeatFlushMs?: number } = {}): FleetStore {
  const s = new FleetStore({ dataDir: dir, logger, now: () => clock.t, staleAfterMs: STALE_MS, ...extra });
  s.on('change', (c) => changes.push(c));
  return s;
}

const presence = (online: boolean, since_ms: number, boot_id = 'boot-1') =>
  encode('presence', { online, since_ms, boot_id, daemon_version: '0.1.0', release: 'r1', hostname: 'pi' });
const heartbeat = (seq: number) =>
  encode('heartbeat', { seq, uptime_s: seq * 10, cpu_percent: 5, mem_percent: 40 });
const status = (seq: number, boot_id = 'boot-1') =>
  encode('status', { device: 'd1', seq, boot_id, release: 'r1' });
const health = (name = 'd1') => store.device(name)?.health;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-store-health-'));
  clock = { t: 1_700_000_000_000 };
  changes = [];
  store = openStore();
  await store.open();
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fleet store health', () => {
  it('is online from a presence online and offline at once from the Last Will', () => {
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    expect(health()).toBe('online');
    expect(store.device('d1')).toMatchObject({ online: true, health_since_ms: clock.t, release: 'r1' });
    clock.t += 5;
    store.ingest('mc/d1/presence', presence(false, 1000), false);
    expect(store.device('d1')).toMatchObject({ health: 'offline', online: false, health_since_ms: clock.t });
    expect(changes.at(-1)).toMatchObject({ kind: 'device', device: { name: 'd1', health: 'offline' } });
  });

  it('marks a silent online device stale after staleAfterMs, and online again with the next heartbeat', () => {
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    store.ingest('mc/d1/heartbeat', heartbeat(1), false);
    const beatAt = clock.t;
    clock.t += STALE_MS;
    store.checkHealth();
    expect(health()).toBe('online');
    clock.t += 1;
    store.checkHealth();
    expect(store.device('d1')).toMatchObject({
      health: 'stale',
      health_since_ms: clock.t,
      last_heartbeat_ms: beatAt,
    });
    expect(changes.at(-1)).toMatchObject({ kind: 'device', device: { health: 'stale' } });
    clock.t += 60_000;
    store.ingest('mc/d1/heartbeat', heartbeat(2), false);
    expect(store.device('d1')).toMatchObject({
      health: 'online',
      heartbeat: { seq: 2, uptime_s: 20, cpu_percent: 5, mem_percent: 40 },
    });
  });

  it('counts silence from the presence or the last status while no heartbeat came in this online period', () => {
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    clock.t += 20_000;
    store.ingest('mc/d1/status', status(1), false);
    clock.t += 20_000; // 40 s after presence, 20 s after the status
    store.checkHealth();
    expect(health()).toBe('online');
    clock.t += 10_001;
    store.checkHealth();
    expect(health()).toBe('stale');
    // Status is this device's only sign of life, so it revives it.
    store.ingest('mc/d1/status', status(2), false);
    expect(health()).toBe('online');
  });

  it('gives a reconnected device a full stale period before its first heartbeat', () => {
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    store.ingest('mc/d1/heartbeat', heartbeat(1), false);
    clock.t += 10_000;
    store.ingest('mc/d1/presence', presence(false, 1000), false);
    clock.t += 3_600_000;
    store.ingest('mc/d1/presence', presence(true, 2000, 'boot-2'), false);
    store.checkHealth();
    expect(health()).toBe('online');
    clock.t += STALE_MS + 1;
    store.checkHealth();
    expect(health()).toBe('stale');
  });

  it('never lets a heartbeat override an offline presence; a new presence online does', () => {
    store.ingest('mc/d1/presence', presence(false, 1000), false);
    store.ingest('mc/d1/heartbeat', heartbeat(1), false);
    expect(health()).toBe('offline');
    clock.t += 10;
    store.checkHealth();
    expect(health()).toBe('offline');
    store.ingest('mc/d1/presence', presence(true, 2000), false);
    expect(health()).toBe('online');
  });

  it('ignores the late Last Will of a connection the device already replaced', () => {
    store.ingest('mc/d1/presence', presence(true, 2000), false);
    // The will registered by the previous connection (since 1000) arrives after the new online.
    store.ingest('mc/d1/presence', presence(false, 1000), false);
    expect(health()).toBe('online');
    // The will of the current connection carries its own since and is taken.
    store.ingest('mc/d1/presence', presence(false, 2000), false);
    expect(health()).toBe('offline');
  });

  it('settles a device known only from heartbeats as online, and a cleared presence as unknown', () => {
    store.ingest('mc/d2/heartbeat', heartbeat(1), false);
    expect(store.device('d2')).toMatchObject({ health: 'online', online: false, presence: null });
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    store.ingest('mc/d1/status', status(1), true);
    store.ingest('mc/d1/presence', new Uint8Array(), true);
    expect(store.device('d1')).toMatchObject({ health: 'unknown', presence: null, online: false });
  });

  it('does not take a retained replay of the same presence as a new online period', () => {
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    clock.t += STALE_MS + 1;
    store.checkHealth();
    expect(health()).toBe('stale');
    const before = changes.length;
    store.ingest('mc/d1/presence', presence(true, 1000), true);
    expect(health()).toBe('stale');
    expect(changes.length).toBe(before);
  });

  it('writes heartbeat times lazily: at the flush interval of checkHealth and on close, not per heartbeat', async () => {
    await store.close();
    store = openStore({ heartbeatFlushMs: 5_000 });
    await store.open();
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    clock.t += 1_000;
    store.ingest('mc/d1/heartbeat', heartbeat(1), false);
    const firstBeat = clock.t;
    clock.t += 1_000;
    store.checkHealth(); // 2 s since open: not due
    store.ingest('mc/d1/heartbeat', heartbeat(2), false);
    const secondBeat = clock.t;

    // A second store instance reads what is on disk right now (LMDB allows concurrent readers).
    await store.flushed();
    const onDisk = async () => {
      const reader = new FleetStore({ dataDir: dir, logger, now: () => clock.t, staleAfterMs: STALE_MS });
      await reader.open();
      const d = reader.device('d1');
      await reader.close();
      return d?.last_heartbeat_ms ?? null;
    };
    expect(await onDisk()).toBeNull();
    clock.t += 3_000; // 5 s since the last flush
    store.checkHealth();
    await store.flushed();
    expect(await onDisk()).toBe(secondBeat);
    expect(secondBeat).toBeGreaterThan(firstBeat);

    clock.t += 1_000;
    store.ingest('mc/d1/heartbeat', heartbeat(3), false);
    const thirdBeat = clock.t;
    await store.close();
    await store.open();
    expect(store.device('d1')).toMatchObject({ last_heartbeat_ms: thirdBeat, heartbeat: { seq: 3 } });
  });

  it('reopens with health kept and a fresh stale period for every device', async () => {
    store.ingest('mc/d1/presence', presence(true, 1000), false);
    store.ingest('mc/d2/presence', presence(false, 1000), false);
    await store.close();
    clock.t += 3_600_000;
    store = openStore();
    await store.open();
    expect(health('d1')).toBe('online');
    expect(health('d2')).toBe('offline');
    clock.t += STALE_MS;
    store.checkHealth();
    expect(health('d1')).toBe('online');
    clock.t += 1;
    store.checkHealth();
    expect(health('d1')).toBe('stale');
  });

  it('keeps the newest workload state when older copies arrive late (queued behind live, or replayed)', () => {
    const state = (ts_ms: number, boot_id: string, status = 3) =>
      encode('workload', { name: 'w', status, ts_ms, boot_id, run_count: ts_ms });
    const held = () => store.device('d1')?.workloads.find((w) => w.name === 'w');
    store.ingest('mc/d1/presence', presence(true, 1000, 'boot-1'), false);
    store.ingest('mc/d1/workloads/w', state(2000, 'boot-1'), false);
    // An older state of the same daemon run: dropped.
    store.ingest('mc/d1/workloads/w', state(1500, 'boot-1', 5), false);
    expect(held()).toMatchObject({ ts_ms: 2000, status: 'running' });
    // The device restarted with a clock behind the old one: the new run's states are taken.
    store.ingest('mc/d1/presence', presence(true, 100, 'boot-2'), false);
    store.ingest('mc/d1/workloads/w', state(300, 'boot-2', 5), false);
    expect(held()).toMatchObject({ ts_ms: 300, status: 'stopped', boot_id: 'boot-2' });
    // A late copy from the previous run, even with a later clock: dropped.
    store.ingest('mc/d1/workloads/w', state(2500, 'boot-1'), false);
    expect(held()).toMatchObject({ ts_ms: 300, boot_id: 'boot-2' });
    // A publisher that does not say its run is always taken.
    store.ingest('mc/d1/workloads/w', state(10, ''), false);
    expect(held()).toMatchObject({ ts_ms: 10, boot_id: '' });
  });
});

// The command audit log of the fleet store: an entry when a command goes out, completed when
// its answer comes, listed newest first, bounded, filterable by device, kept across a reopen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FleetStore } from '../../controller/store/fleet-store.ts';

const logger = pino({ level: 'silent' });
let dir: string;
let store: FleetStore;

function openStore(auditLimit?: number): FleetStore {
  return new FleetStore({
    dataDir: dir,
    logger,
    staleAfterMs: 30_000,
    ...(auditLimit ? { auditLimit } : {}),
  });
}

const command = (device: string, ts_ms: number, action = 'restart') => ({
  ts_ms,
  actor: 'operator',
  device,
  action,
  args: { workload: 'svc' },
  ok: null,
  error: null,
  latency_ms: null,
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mc-store-audit-'));
  store = openStore();
  await store.open();
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fleet store audit log', () => {
  it('records a command and completes it with its outcome, readable at once', () => {
    const id = store.audit(command('d1', 100));
    expect(store.auditLog()).toEqual([{ id, ...command('d1', 100) }]);
    store.completeAudit(id, { ok: false, error: 'MC_ERR_TIMEOUT: no reply', latency_ms: null });
    expect(store.auditLog()[0]).toMatchObject({ id, ok: false, error: 'MC_ERR_TIMEOUT: no reply' });
    store.completeAudit(id, { ok: true, error: null, latency_ms: 12.5 });
    expect(store.auditLog()[0]).toMatchObject({ ok: true, error: null, latency_ms: 12.5 });
  });

  it('lists newest first, filtered by device, and keeps completions across a reopen', async () => {
    const a = store.audit(command('d1', 1));
    const b = store.audit(command('d2', 2));
    const c = store.audit(command('d1', 3, 'stop'));
    await store.flushed();
    store.completeAudit(a, { ok: true, error: null, latency_ms: 3 });
    expect(store.auditLog().map((e) => e.id)).toEqual([c, b, a]);
    expect(store.auditLog({ device: 'd1', limit: 1 }).map((e) => e.action)).toEqual(['stop']);
    await store.close();
    await store.open();
    expect(store.auditLog({ device: 'd1' }).map((e) => [e.id, e.ok])).toEqual([
      [c, null],
      [a, true],
    ]);
    const d = store.audit(command('d3', 4));
    expect(new Set([a, b, c, d]).size).toBe(4);
  });

  it('keeps at most auditLimit entries and ignores the completion of a trimmed one', async () => {
    await store.close();
    store = openStore(3);
    await store.open();
    const ids = [1, 2, 3, 4, 5].map((t) => store.audit(command('d1', t)));
    expect(store.auditLog().map((e) => e.ts_ms)).toEqual([5, 4, 3]);
    await store.flushed();
    expect(store.auditLog({ limit: 10 }).map((e) => e.ts_ms)).toEqual([5, 4, 3]);
    store.completeAudit(ids[0] ?? '', { ok: true, error: null, latency_ms: 1 });
    store.completeAudit('not-an-id', { ok: true, error: null, latency_ms: 1 });
    expect(store.auditLog().every((e) => e.ok === null)).toBe(true);
    await store.close();
    await store.open();
    expect(store.auditLog().map((e) => e.ts_ms)).toEqual([5, 4, 3]);
  });
});

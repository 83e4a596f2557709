import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StateStore } from '../../device/state/state-store.ts';
import { emptyWorkloadRecord, type RunRecord } from '../../device/state/types.ts';

const dirs: string[] = [];
const stores: StateStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function openStore(dir?: string, historyLimit?: number): Promise<{ store: StateStore; dir: string }> {
  const base = dir ?? mkdtempSync(join(tmpdir(), 'mc-state-'));
  if (!dir) dirs.push(base);
  const store = new StateStore({ dataDir: base, historyLimit });
  await store.open();
  stores.push(store);
  return { store, dir: base };
}

const run = (workload: string, i: number): RunRecord => ({
  workload,
  run_id: `r${i}`,
  pid: 100 + i,
  started_ms: 1000 + i,
  ended_ms: null,
  exit_code: null,
  signal: null,
  duration_ms: null,
  reason: null,
  message: null,
});

describe('state store', () => {
  it('keeps workload records across a close and reopen', async () => {
    const { store, dir } = await openStore();
    void store.putWorkload({ ...emptyWorkloadRecord('svc', 'h1', 5), run_count: 7, failure_times: [1, 2] });
    await store.close();
    const { store: again } = await openStore(dir);
    expect(again.getWorkload('svc')).toMatchObject({
      name: 'svc',
      run_count: 7,
      failure_times: [1, 2],
      spec_hash: 'h1',
    });
    expect(again.listWorkloads().map((r) => r.name)).toEqual(['svc']);
    expect(again.getWorkload('other')).toBeUndefined();
  });

  it('returns the last N runs newest first, updated in place when they end', async () => {
    const { store } = await openStore();
    for (let i = 1; i <= 5; i++) void store.addRun(run('a', i));
    void store.addRun(run('ab', 1));
    void store.updateRun({ ...run('a', 5), ended_ms: 2000, exit_code: 0, reason: 'exit' });
    const last = await store.runHistory('a', 3);
    expect(last.map((r) => r.run_id)).toEqual(['r5', 'r4', 'r3']);
    expect(last[0]).toMatchObject({ exit_code: 0, reason: 'exit' });
    // A workload whose name is a prefix of another never sees the other's runs.
    expect((await store.runHistory('a', 100)).every((r) => r.workload === 'a')).toBe(true);
  });

  it('trims each history to its limit, oldest first, across reopen', async () => {
    const { store, dir } = await openStore(undefined, 10);
    for (let i = 1; i <= 25; i++) await store.addRun(run('w', i));
    const kept = await store.runHistory('w', 100);
    expect(kept).toHaveLength(10);
    expect(kept.at(-1)?.run_id).toBe('r16');
    await store.close();
    const { store: again } = await openStore(dir, 10);
    await again.addRun(run('w', 26));
    const after = await again.runHistory('w', 100);
    expect(after).toHaveLength(10);
    expect(after[0]?.run_id).toBe('r26');
  });

  it('catches up on trimming after a burst of inserts within one commit', async () => {
    const { store } = await openStore(undefined, 5);
    for (let i = 1; i <= 20; i++) void store.addRun(run('burst', i));
    await store.flushed();
    await store.addRun(run('burst', 21));
    await store.addRun(run('burst', 22));
    const kept = await store.runHistory('burst', 100);
    expect(kept.map((r) => r.run_id)).toEqual(['r22', 'r21', 'r20', 'r19', 'r18']);
  });

  it('forgets a workload with its history', async () => {
    const { store } = await openStore();
    void store.putWorkload(emptyWorkloadRecord('gone', 'h', 1));
    void store.addRun(run('gone', 1));
    await store.deleteWorkload('gone');
    expect(store.getWorkload('gone')).toBeUndefined();
    expect(await store.runHistory('gone', 10)).toEqual([]);
  });

  it('refuses use after close with McError, and close is idempotent', async () => {
    const { store } = await openStore();
    await store.close();
    await store.close();
    expect(() => store.getWorkload('x')).toThrow(/not open/);
  });
});

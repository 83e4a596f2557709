// Timer logic of the retained-state publisher with a manual clock: debounce (latest state
// wins), refresh of noise-only changes, nothing queued while offline, stale names cleared.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RetainedNames } from '../../device/fleet/retained-names.ts';
import { StatePublisher } from '../../device/fleet/state-publisher.ts';
import type { SystemMetricsSample } from '../../device/health/system-metrics.ts';
import type { WorkloadView } from '../../device/supervisor/types.ts';
import { decode } from '../../proto/codec.ts';
import { FakeClock } from '../helpers/supervisor-fake-clock.ts';
import { runningWorkloadView } from '../helpers/workload-view.ts';

const REFRESH = 60_000;
let dir: string;
let root: RootDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mc-publisher-'));
  root = open({ path: dir, maxDbs: 8 });
});

afterEach(async () => {
  await root.close();
  rmSync(dir, { recursive: true, force: true });
});

const view = runningWorkloadView;

const sample: SystemMetricsSample = {
  cpu_percent: 1,
  mem_used_bytes: 1,
  mem_total_bytes: 2,
  disk_used_bytes: 0,
  disk_total_bytes: 0,
  load1: 0,
  load5: 0,
  load15: 0,
  uptime_s: 10,
  daemon_rss_bytes: 1,
  sampled_at: 0,
};

function setup(views: () => WorkloadView[]) {
  const clock = new FakeClock(0);
  const sent: { topic: string; payload: Uint8Array }[] = [];
  const link = { connected: true };
  const names = new RetainedNames(root);
  const publisher = new StatePublisher({
    identity: { device: 'd1', bootId: 'b', daemonVersion: 'v', tags: [] },
    source: { list: views },
    metrics: { sample: async () => ({ ...sample, uptime_s: Math.floor(clock.now() / 1000) }) },
    release: () => '',
    publish: async (topic, payload) => {
      sent.push({ topic, payload });
    },
    isConnected: () => link.connected,
    names,
    clock,
    debounceMs: 500,
    refreshMs: REFRESH,
    workloadRefreshMs: REFRESH,
    logger: pino({ level: 'silent' }),
  });
  publisher.start();
  return { clock, sent, link, names, publisher };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const topicsOf = (sent: { topic: string }[]) => sent.map((s) => s.topic);

describe('retained state publisher', () => {
  it('folds changes within the debounce into one publish of the latest state', async () => {
    let views = [view('a'), view('b')];
    const { clock, sent, publisher } = setup(() => views);
    await publisher.publishAll();
    sent.length = 0;
    views = [view('a', { status: 'stopping' }), views[1] as WorkloadView];
    publisher.markChanged();
    clock.advance(200);
    views = [view('a', { status: 'stopped', pid: null }), views[1] as WorkloadView];
    publisher.markChanged();
    clock.advance(300);
    await flush();
    expect(topicsOf(sent)).toEqual(['mc/d1/workloads/a', 'mc/d1/status']);
    const state = decode('workload', sent[0]?.payload ?? new Uint8Array());
    expect(state.ok && state.value.status).toBe(5); // stopped, not the intermediate stopping
    await publisher.stop();
  });

  it('republishes rss/cpu and system metrics only at the refresh period', async () => {
    let rss = 1000;
    const { clock, sent, publisher } = setup(() => [view('a', { rss_bytes: rss })]);
    await publisher.publishAll();
    sent.length = 0;
    rss = 5000;
    publisher.markChanged();
    clock.advance(500);
    await flush();
    expect(sent).toEqual([]);
    clock.advance(REFRESH);
    await flush();
    await flush();
    expect(topicsOf(sent)).toEqual(['mc/d1/workloads/a', 'mc/d1/status']);
    await publisher.stop();
  });

  it('queues nothing while offline, then publishes everything afresh', async () => {
    const { clock, sent, link, publisher } = setup(() => [view('a')]);
    link.connected = false;
    publisher.markChanged();
    clock.advance(REFRESH * 3);
    await flush();
    expect(sent).toEqual([]);
    link.connected = true;
    await publisher.publishAll();
    expect(topicsOf(sent)).toEqual(['mc/d1/workloads/a', 'mc/d1/status']);
    await publisher.stop();
  });

  it('clears a workload that disappeared, even one published before a restart', async () => {
    const before = setup(() => [view('a'), view('gone')]);
    await before.publisher.publishAll();
    await before.publisher.stop();
    await before.names.flushed();

    const after = setup(() => [view('a')]);
    await after.publisher.publishAll();
    const cleared = after.sent.find((s) => s.topic === 'mc/d1/workloads/gone');
    expect(cleared?.payload.length).toBe(0);
    expect(after.names.all()).toEqual(['a']);
    await after.publisher.stop();
  });
});

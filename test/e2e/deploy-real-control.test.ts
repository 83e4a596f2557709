// Steering rolling deployments on real device daemons: a controller process with its embedded
// broker and four real `mctl up` daemons. A canary that waits for `mctl deploy promote`, a
// paused canary cancelled with rollback by `mctl deploy cancel`, a cancel between batches, a
// corrupted bundle on the bus refused by the device (and repaired by uploading again), and a
// device that is stopped during its batch and converges when it starts again (which the ended
// deployment records). The tests share
// one fleet and run in order: each deployment starts from where the previous one left it.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deployment } from '../../controller/deploy/types.ts';
import { decode, encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren, runMctl } from '../helpers/child.ts';
import {
  appRelease,
  type ControllerProcess,
  type DeviceProcess,
  deviceOf,
  mctlAgainst,
  operatorClient,
  reportedBy,
  startControllerProcess,
  startDevice,
  TOKEN,
  uploadRelease,
  waitDeployment,
} from '../helpers/deploy-real-fleet.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());
const NAMES = ['dc-1', 'dc-2', 'dc-3', 'dc-4'];
const TIMES = { min_healthy_time: 1, health_check_timeout: 15 };
const CLI_TIMES = ['--min-healthy-time', '1', '--healthy-deadline', '15'];
let ctl: ControllerProcess;
const devices = new Map<string, DeviceProcess>();

const running = (version: string) => ({ release: version, workloads: ['app:running'] });

/** Polls what `name` reports until it runs `version` with its app up. */
async function runs(name: string, version: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const { release, workloads } = await reportedBy(ctl, name);
        return { release, workloads };
      },
      { timeout: 20_000, interval: 100 },
    )
    .toEqual(running(version));
}

async function create(body: Record<string, unknown>): Promise<Deployment> {
  const res = await ctl.api<Deployment>('POST', '/api/fleet/deployments', { ...TIMES, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const get = async (id: string) => (await ctl.api<Deployment>('GET', `/api/fleet/deployments/${id}`)).body;

beforeAll(async () => {
  ctl = await startControllerProcess(teardown);
  for (const device of await Promise.all(NAMES.map((name) => startDevice(teardown, ctl, name, ['dc'])))) {
    devices.set(device.name, device);
  }
  for (const name of NAMES) {
    await vi.waitFor(async () => expect((await deviceOf(ctl, name)).health).toBe('online'), {
      timeout: 15_000,
      interval: 100,
    });
  }
  // Every device on v1 first, so each deployment below has a previous release.
  await uploadRelease(ctl, appRelease(teardown, 'v1'), 'v1');
  const base = await create({ version: 'v1', target_clients: NAMES, batch_size: 4 });
  expect((await waitDeployment(ctl.api, base.id)).status).toBe('completed');
}, 90_000);

describe('steering deployments on real device daemons', () => {
  it('waits after a canary of 1 until `mctl deploy promote`, then completes (`mctl --json deploy` prints JSON lines)', async () => {
    const follow = runMctl([
      '--json',
      'deploy',
      appRelease(teardown, 'v2'),
      '--version=v2',
      '--canary',
      '1',
      '--pause',
      '--batch-size',
      '3',
      ...CLI_TIMES,
      '--controller',
      ctl.http,
      '--token',
      TOKEN,
    ]);
    const paused = JSON.parse(
      await follow.waitForLine((l) => l.includes('"awaiting_promote":true'), 30_000),
    ) as Deployment;
    expect(paused.batches).toEqual([['dc-1'], ['dc-2', 'dc-3', 'dc-4']]);
    expect(paused.devices['dc-1']?.step).toBe('healthy');
    await runs('dc-1', 'v2');
    // Still waiting two heartbeats of every device later: nothing moves without a person.
    const since = Date.now();
    for (const name of NAMES) {
      await expect
        .poll(async () => (await deviceOf(ctl, name)).last_heartbeat_ms ?? 0, { timeout: 10_000 })
        .toBeGreaterThan(since + 2000);
    }
    const still = await get(paused.id);
    expect([still.status, still.awaiting_promote, still.current_batch]).toEqual(['in_progress', true, 1]);
    for (const name of ['dc-2', 'dc-3', 'dc-4']) {
      expect(still.devices[name]?.step).toBe('pending');
      expect((await reportedBy(ctl, name)).release).toBe('v1');
    }
    expect(follow.process.exitCode).toBeNull();

    const promote = await mctlAgainst(ctl, ['deploy', 'promote', paused.id]);
    expect(promote.code, promote.out).toBe(0);
    expect(promote.out).toContain(`${paused.id} in_progress`);
    expect(await follow.exited).toBe(0);
    // One JSON record per change, the last one the end state.
    const records = follow.lines.map((l) => JSON.parse(l) as Deployment);
    expect(records.length).toBeGreaterThanOrEqual(3);
    const end = records.at(-1);
    expect(end).toMatchObject({ id: paused.id, status: 'completed', promoted: true, current_batch: 2 });
    expect(records.every((r) => r.id === paused.id)).toBe(true);
    expect(records.findIndex((r) => r.awaiting_promote)).toBeLessThan(records.length - 1);
    for (const name of NAMES) await runs(name, 'v2');
  });

  it('cancels a paused canary with `mctl deploy cancel --rollback`: the canary returns to the previous release', async () => {
    const follow = runMctl([
      'deploy',
      appRelease(teardown, 'v3'),
      '--version=v3',
      '--canary',
      '--pause',
      '--batch-size',
      '3',
      ...CLI_TIMES,
      '--controller',
      ctl.http,
      '--token',
      TOKEN,
    ]);
    const line = await follow.waitForLine((l) => l.includes('waiting for promote'), 30_000);
    const id = line.split(' ')[0] ?? '';
    expect(line).toContain(`(mctl deploy promote ${id})`);
    const cancel = await mctlAgainst(ctl, ['deploy', 'cancel', id, '--rollback']);
    expect(cancel.code, cancel.out).toBe(0);
    expect(await follow.exited).toBe(1);
    const end = await get(id);
    expect(end.status).toBe('cancelled');
    expect(end.devices['dc-1']).toMatchObject({ step: 'rolled_back', previous: { release: 'v2' } });
    for (const name of ['dc-2', 'dc-3', 'dc-4']) expect(end.devices[name]?.step).toBe('pending');
    expect(follow.lines.join('\n')).toMatch(/cancelled batch \d\/2 .*rollback: dc-1 rolled_back/);
    for (const name of NAMES) await runs(name, 'v2');
  });

  it('stops a cancelled deployment before its next batch: later batches are never given the release', async () => {
    await uploadRelease(ctl, appRelease(teardown, 'v4'), 'v4');
    const before = new Map<string, number>();
    for (const name of NAMES) before.set(name, (await reportedBy(ctl, name)).generation);
    // min_healthy_time 2 s: the cancel arrives while the second batch is in its gate.
    const created = await create({
      version: 'v4',
      target_clients: NAMES,
      batch_size: 1,
      min_healthy_time: 2,
    });
    await waitDeployment(ctl.api, created.id, (d) => d.current_batch >= 1);
    const cancel = await ctl.api<Deployment>('POST', `/api/fleet/deployments/${created.id}/cancel`, {});
    expect([cancel.status, cancel.body.cancel_requested]).toEqual([200, true]);
    const end = await waitDeployment(ctl.api, created.id);
    expect(end.status).toBe('cancelled');
    // The batch in flight finished its gate; the ones after it were never started.
    expect(NAMES.map((n) => end.devices[n]?.step)).toEqual(['healthy', 'healthy', 'pending', 'pending']);
    for (const name of ['dc-1', 'dc-2']) await runs(name, 'v4');
    for (const name of ['dc-3', 'dc-4']) {
      expect(await reportedBy(ctl, name)).toMatchObject({ ...running('v2'), generation: before.get(name) });
    }

    const shown = await mctlAgainst(ctl, ['deployments', created.id]);
    expect(shown.code, shown.out).toBe(0);
    expect(shown.out).toContain(`${created.id} cancelled`);
    expect(shown.out).toMatch(/BATCH\s+DEVICE\s+STEP/);
    expect(shown.out).toMatch(/3\s+dc-3\s+pending/);
    const listed = await mctlAgainst(ctl, ['deployments']);
    expect(listed.code, listed.out).toBe(0);
    expect(listed.out).toMatch(new RegExp(`${created.id}\\s+v4\\s+cancelled\\s+2/4\\s+4`));
  });

  it('refuses a corrupted bundle on the device; the deployment rolls back and shows the device’s error', async () => {
    const dir = appRelease(teardown, 'v5');
    await uploadRelease(ctl, dir, 'v5');
    // Corrupt the retained bundle on the broker: one byte of content changed, sha256 kept.
    const op = await operatorClient(teardown, ctl);
    const original = new Promise<Buffer>((resolve) =>
      op.on('message', (topic, payload) => topic === topics.release('v5') && resolve(payload)),
    );
    await op.subscribeAsync(topics.release('v5'), { qos: 1 });
    const decoded = decode('release', await original);
    if (!decoded.ok) throw decoded.error;
    await op.unsubscribeAsync(topics.release('v5'));
    const bundle = decoded.value;
    const first = bundle.files[0];
    if (!first?.content) throw new Error('empty bundle');
    first.content = Buffer.concat([Buffer.from(first.content), Buffer.from('#')]);
    await op.publishAsync(topics.release('v5'), Buffer.from(encode('release', bundle)), {
      qos: 1,
      retain: true,
    });

    const created = await create({ version: 'v5', target_clients: ['dc-3'], auto_rollback: true });
    const end = await waitDeployment(ctl.api, created.id);
    expect(end.status).toBe('rolled_back');
    const p = end.devices['dc-3'];
    expect(p?.step).toBe('rolled_back');
    expect(p?.error).toMatch(
      /^refused release v5: release v5: content sha256 [0-9a-f]{64} does not match its own/,
    );
    expect(end.error).toContain(`dc-3: ${p?.error}`);
    await runs('dc-3', 'v2');
    expect((await reportedBy(ctl, 'dc-3')).error).toBe('');

    // Uploading the same release again republishes the stored bundle and repairs the bus.
    const again = await mctlAgainst(ctl, ['release', 'create', dir, '--version=v5']);
    expect(again.code, again.out).toBe(0);
    const retry = await create({ version: 'v5', target_clients: ['dc-3'] });
    expect((await waitDeployment(ctl.api, retry.id)).status).toBe('completed');
    await runs('dc-3', 'v5');
  });

  it('counts a stopped device as failed in its batch, and the device converges when it starts again', async () => {
    const dc4 = devices.get('dc-4');
    if (!dc4) throw new Error('no dc-4');
    await dc4.stop();
    await expect.poll(async () => (await deviceOf(ctl, 'dc-4')).health, { timeout: 15_000 }).toBe('offline');
    const run = await mctlAgainst(ctl, [
      'deploy',
      appRelease(teardown, 'v6'),
      '--version=v6',
      '--batch-size',
      '2',
      '--max-failures',
      '1',
      ...CLI_TIMES,
    ]);
    expect(run.code, run.out).toBe(0);
    const end = (await ctl.api<Deployment[]>('GET', '/api/fleet/deployments')).body[0];
    expect(end?.status).toBe('completed');
    expect(end?.devices['dc-4']).toMatchObject({
      step: 'failed',
      error: 'offline during its batch',
      awaiting_report: true,
    });
    expect(run.out).toMatch(/2\s+dc-4\s+failed\s+.*offline during its batch/);
    for (const name of ['dc-1', 'dc-2', 'dc-3']) await runs(name, 'v6');

    // Back from the retained desired state alone: nobody republishes anything for it.
    const back = Date.now();
    await dc4.start();
    await runs('dc-4', 'v6');
    expect((await reportedBy(ctl, 'dc-4')).generation).toBe(end?.devices['dc-4']?.generation);
    // The ended deployment records that the device caught up; its verdict stays.
    const caught = await waitDeployment(
      ctl.api,
      end?.id ?? '',
      (d) => typeof d.devices['dc-4']?.converged_ms === 'number',
    );
    expect(caught.status).toBe('completed');
    expect(caught.devices['dc-4']).toMatchObject({ step: 'failed', awaiting_report: false });
    expect(caught.devices['dc-4']?.converged_ms).toBeGreaterThanOrEqual(back);
  });

  it('rolls back without waiting for a stopped device, which returns to the previous release when it starts', async () => {
    const dc2 = devices.get('dc-2');
    if (!dc2) throw new Error('no dc-2');
    await dc2.stop();
    await expect.poll(async () => (await deviceOf(ctl, 'dc-2')).health, { timeout: 15_000 }).toBe('offline');
    await uploadRelease(ctl, appRelease(teardown, 'v7'), 'v7');
    // One batch, max_failures 0: the stopped device aborts it and everyone goes back to v6.
    const created = await create({ version: 'v7', target_clients: NAMES, batch_size: 4 });
    const end = await waitDeployment(ctl.api, created.id);
    expect(end.status).toBe('failed');
    expect(end.error).toMatch(/dc-2: offline during its batch.*rollback incomplete on dc-2/);
    expect(end.devices['dc-2']).toMatchObject({
      step: 'rollback_failed',
      awaiting_report: true,
      previous: { release: 'v6' },
    });
    expect(end.devices['dc-2']?.error).toMatch(/^offline: could not report release v6/);
    // Not held for healthy_deadline (15 s) by a device that cannot answer.
    expect((end.finished_ms ?? 0) - end.created_ms).toBeLessThan(TIMES.health_check_timeout * 1000);
    for (const name of ['dc-1', 'dc-3', 'dc-4']) {
      expect(end.devices[name]?.step).toBe('rolled_back');
      await runs(name, 'v6');
    }
    await dc2.start();
    await runs('dc-2', 'v6');
    const caught = await waitDeployment(
      ctl.api,
      created.id,
      (d) => typeof d.devices['dc-2']?.converged_ms === 'number',
    );
    expect(caught.devices['dc-2']).toMatchObject({ step: 'rollback_failed', awaiting_report: false });
  });
});

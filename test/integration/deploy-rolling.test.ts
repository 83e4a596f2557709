// The rolling deployer against a real controller and broker, devices played over the contract
// (deploy-sim-device.ts): batches in order behind the health gate, canary failure rolled back,
// an offline device counted as failed, cancel between batches.
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../controller/deploy/types.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import {
  type DeployEnv,
  DeploySimDevice,
  deploymentOf,
  registerDevice,
  startDeployController,
  uploadRelease,
} from '../helpers/deploy-sim-device.ts';

const teardown = teardownEach();
const FAST = { min_healthy_time: 0.2, healthy_deadline: 5 };

async function fleet(env: DeployEnv, names: string[], release = ''): Promise<DeploySimDevice[]> {
  const devices: DeploySimDevice[] = [];
  for (const name of names) {
    const password = await registerDevice(env, name, ['edge']);
    devices.push(await DeploySimDevice.connect(teardown, env, name, { password, release }));
  }
  for (const name of names) {
    await expect.poll(() => env.controller.store?.device(name)?.health, { timeout: 5000 }).toBe('online');
  }
  return devices;
}

async function create(env: DeployEnv, body: Record<string, unknown>): Promise<Deployment> {
  const res = await env.api<Deployment>('POST', '/api/deployments', { ...FAST, ...body });
  expect(res.status).toBe(201);
  return res.body;
}

async function ended(env: DeployEnv, id: string, timeout = 15_000): Promise<Deployment> {
  await expect
    .poll(async () => (await deploymentOf(env, id)).status, { timeout, interval: 50 })
    .toMatch(/^(completed|failed|rolled_back|cancelled)$/);
  return deploymentOf(env, id);
}

/** Deploys `version` everywhere first, so there is a previous release to roll back to. */
async function baseline(env: DeployEnv, names: string[]): Promise<void> {
  await uploadRelease(env, 'v1');
  const d = await create(env, { release: 'v1', devices: names, batch_size: names.length });
  expect((await ended(env, d.id)).status).toBe('completed');
}

describe('rolling deployments', () => {
  it('takes 4 devices through batches of 2 to completed, one batch after the other', async () => {
    const env = await startDeployController(teardown);
    const devices = await fleet(env, ['d1', 'd2', 'd3', 'd4']);
    await uploadRelease(env, 'v1');
    const created = await create(env, { release: 'v1', tag: 'edge', batch_size: 2 });
    expect(created.batches).toEqual([
      ['d1', 'd2'],
      ['d3', 'd4'],
    ]);
    const d = await ended(env, created.id);
    expect(d.status).toBe('completed');
    expect(d.current_batch).toBe(2);
    for (const device of devices) expect(device.release).toBe('v1');
    const p = d.devices;
    // The second batch starts only once both devices of the first passed the gate.
    const firstDone = Math.max(p.d1?.finished_ms ?? 0, p.d2?.finished_ms ?? 0);
    expect(Math.min(p.d3?.started_ms ?? 0, p.d4?.started_ms ?? 0)).toBeGreaterThanOrEqual(firstDone);
    for (const name of ['d1', 'd2', 'd3', 'd4']) {
      expect(p[name]).toMatchObject({ step: 'healthy', error: null });
      expect((p[name]?.finished_ms ?? 0) - (p[name]?.started_ms ?? 0)).toBeGreaterThanOrEqual(200);
    }
    const list = await env.api<Deployment[]>('GET', '/api/deployments');
    expect(list.body.map((x) => x.id)).toEqual([created.id]);
  });

  it('aborts when the canary’s workloads crash and rolls the canary back to the previous release', async () => {
    const env = await startDeployController(teardown);
    const names = ['c1', 'c2', 'c3'];
    const devices = await fleet(env, names);
    await baseline(env, names);
    for (const device of devices) device.reactTo = (r) => (r === 'v2' ? 'crash' : 'ok');
    await uploadRelease(env, 'v2');
    const created = await create(env, { release: 'v2', devices: names, batch_size: 2, canary: true });
    expect(created.batches).toEqual([['c1'], ['c2', 'c3']]);
    const d = await ended(env, created.id);
    expect(d.status).toBe('rolled_back');
    expect(d.error).toMatch(/c1: workload app is failed/);
    expect(d.devices.c1).toMatchObject({ step: 'rolled_back', previous: { release: 'v1' } });
    expect(d.devices.c2?.step).toBe('pending');
    expect(devices[0]?.release).toBe('v1');
    expect(devices[0]?.desiredSeen).toEqual(['v1', 'v2', 'v1']);
    expect(devices[1]?.desiredSeen).toEqual(['v1']);
  });

  it('counts a device that goes offline during its batch as failed', async () => {
    const env = await startDeployController(teardown);
    const devices = await fleet(env, ['o1', 'o2']);
    await uploadRelease(env, 'v1');
    const [o1, o2] = devices;
    if (!o1 || !o2) throw new Error('fleet');
    o2.reactTo = () => 'ignore';
    // max_failures 1 tolerates it: the deployment completes with the failure recorded.
    const created = await create(env, {
      release: 'v1',
      devices: ['o1', 'o2'],
      batch_size: 2,
      max_failures: 1,
    });
    await expect.poll(() => o2.desiredSeen.length, { timeout: 5000 }).toBe(1);
    o2.drop();
    const d = await ended(env, created.id);
    expect(d.status).toBe('completed');
    expect(d.devices.o1?.step).toBe('healthy');
    expect(d.devices.o2).toMatchObject({ step: 'failed', error: 'offline during its batch' });
  });

  it('cancels before the next batch, leaving later batches untouched', async () => {
    const env = await startDeployController(teardown);
    const devices = await fleet(env, ['k1', 'k2', 'k3']);
    await uploadRelease(env, 'v1');
    // k1 holds the first batch open until the cancel is in.
    const [k1] = devices;
    if (!k1) throw new Error('fleet');
    k1.reactTo = () => 'ignore';
    const created = await create(env, { release: 'v1', devices: ['k1', 'k2', 'k3'], batch_size: 1 });
    await expect.poll(() => k1.desiredSeen.length, { timeout: 5000 }).toBe(1);
    const cancel = await env.api<Deployment>('POST', `/api/deployments/${created.id}/cancel`, {});
    expect(cancel.status).toBe(200);
    expect(cancel.body.cancel_requested).toBe(true);
    k1.reactTo = () => 'ok';
    k1.generation = 1;
    k1.release = 'v1';
    await k1.publishState();
    const d = await ended(env, created.id);
    expect(d.status).toBe('cancelled');
    expect(d.devices.k1?.step).toBe('healthy');
    expect([d.devices.k2?.step, d.devices.k3?.step]).toEqual(['pending', 'pending']);
    expect(devices[1]?.desiredSeen).toEqual([]);
    const again = await env.api<{ error: { code: string } }>(
      'POST',
      `/api/deployments/${created.id}/cancel`,
      {},
    );
    expect(again.body.error.code).toBe('MC_ERR_CONFLICT');
  });

  it('refuses a second deployment to a device that is in an active one', async () => {
    const env = await startDeployController(teardown);
    const [r1] = await fleet(env, ['r1']);
    if (!r1) throw new Error('fleet');
    r1.reactTo = () => 'ignore';
    await uploadRelease(env, 'v1');
    await create(env, { release: 'v1', devices: ['r1'] });
    const second = await env.api<{ error: { code: string } }>('POST', '/api/deployments', {
      release: 'v1',
      devices: ['r1'],
    });
    expect([second.status, second.body.error.code]).toEqual([409, 'MC_ERR_CONFLICT']);
  });
});

// Crash safety: a controller stopped in the middle of a deployment and started again on the
// same data dir picks the deployment up from LMDB and finishes it; devices that reconnect
// converge from the retained desired state alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../controller/deploy/types.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import {
  DeploySimDevice,
  deploymentOf,
  registerDevice,
  startDeployController,
  uploadRelease,
} from '../helpers/deploy-sim-device.ts';

const teardown = teardownEach();

describe('a deployment across a controller restart', () => {
  it('resumes from its last persisted step and completes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-deploy-restart-'));
    teardown.add('data dir', () => rmSync(dir, { recursive: true, force: true }));
    const first = await startDeployController(teardown, { dir });
    const passwords = new Map<string, string>();
    const devices: DeploySimDevice[] = [];
    for (const name of ['s1', 's2']) {
      passwords.set(name, await registerDevice(first, name));
      devices.push(
        await DeploySimDevice.connect(teardown, first, name, { password: passwords.get(name) ?? '' }),
      );
      await expect.poll(() => first.controller.store?.device(name)?.health, { timeout: 5000 }).toBe('online');
    }
    await uploadRelease(first, 'v1');
    // s1 holds the first batch open: the controller stops with the deployment in flight.
    const [s1] = devices;
    if (!s1) throw new Error('fleet');
    s1.reactTo = () => 'ignore';
    const res = await first.api<Deployment>('POST', '/api/deployments', {
      release: 'v1',
      devices: ['s1', 's2'],
      batch_size: 1,
      min_healthy_time: 0.2,
      healthy_deadline: 20,
    });
    expect(res.status).toBe(201);
    const id = res.body.id;
    await expect.poll(() => s1.desiredSeen.length, { timeout: 5000 }).toBe(1);
    await first.controller.stop();

    const second = await startDeployController(teardown, { dir });
    const resumed = second.controller.deployer?.get(id);
    expect(resumed?.status).toBe('in_progress');
    expect(resumed?.devices.s1?.step).toBe('deploying');
    // Fresh device processes: they know nothing but what the broker kept retained for them.
    const again: DeploySimDevice[] = [];
    for (const name of ['s1', 's2']) {
      again.push(
        await DeploySimDevice.connect(teardown, second, name, { password: passwords.get(name) ?? '' }),
      );
    }
    await expect
      .poll(async () => (await deploymentOf(second, id)).status, { timeout: 15_000, interval: 50 })
      .toBe('completed');
    const d = await deploymentOf(second, id);
    expect([d.devices.s1?.step, d.devices.s2?.step]).toEqual(['healthy', 'healthy']);
    expect(again.map((x) => x.release)).toEqual(['v1', 'v1']);
    // The generation a device was given survives the restart: no second desired state for s1.
    expect(again[0]?.generation).toBe(d.devices.s1?.generation);
  });
});

// Rolling deployments end to end: a controller process with its embedded broker and four
// real `mctl up` daemons, each registered with its own credentials. Releases are packed by
// `mctl deploy DIR --version V` from real workload YAML and a script; what the devices run is
// read back from what they report. The tests share one fleet and run in order: each
// deployment starts from the release the previous one left.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deployment } from '../../controller/deploy/types.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren, runMctl } from '../helpers/child.ts';
import {
  appRelease,
  type ControllerProcess,
  deviceOf,
  mctlAgainst,
  reportedBy as reportedOf,
  startControllerProcess,
  startDevice,
  TOKEN,
  waitDeployment,
} from '../helpers/deploy-real-fleet.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());
const DEVICES = ['e2e-1', 'e2e-2', 'e2e-3', 'e2e-4'];
const TIMES = { min_healthy_time: 1, healthy_deadline: 15 };
let ctl: ControllerProcess;

const release = (version: string, crash = false) => appRelease(teardown, version, crash);
const device = (name: string) => deviceOf(ctl, name);

/** What the device itself last reported: its release and its workloads with their states. */
async function reportedBy(name: string): Promise<{ release: string; workloads: string[] }> {
  const { release, workloads } = await reportedOf(ctl, name);
  return { release, workloads };
}

const mctlDeploy = (args: string[]) => mctlAgainst(ctl, ['deploy', ...args]);

const times = ['--min-healthy-time', '1', '--healthy-deadline', '15'];
// `--version=V`, not `--version V`: the program's own -V/--version is found anywhere on the
// command line and prints mctl's version, unless the value is attached.

beforeAll(async () => {
  ctl = await startControllerProcess(teardown);
  await Promise.all(DEVICES.map((name) => startDevice(teardown, ctl, name, ['e2e'])));
  for (const name of DEVICES) {
    await vi.waitFor(async () => expect((await device(name)).health).toBe('online'), {
      timeout: 15_000,
      interval: 100,
    });
  }
}, 60_000);

describe('rolling deployments to real device daemons', () => {
  it('takes a good release to every device, batch after batch, and each runs its workloads', async () => {
    const dir = release('v1');
    const run = await mctlDeploy([dir, '--version=v1', '--batch-size', '2', '--tag', 'e2e', ...times]);
    expect(run.out).toMatch(/deployment \S+: \[e2e-1, e2e-2\] → \[e2e-3, e2e-4\]/);
    expect(run.out).toMatch(/batch 2\/2/);
    expect(run.code).toBe(0);
    const list = (await ctl.api<Deployment[]>('GET', '/api/fleet/deployments')).body;
    const d = list[0];
    expect(d?.status).toBe('completed');
    const p = d?.devices ?? {};
    const firstDone = Math.max(p['e2e-1']?.finished_ms ?? 0, p['e2e-2']?.finished_ms ?? 0);
    expect(Math.min(p['e2e-3']?.started_ms ?? 0, p['e2e-4']?.started_ms ?? 0)).toBeGreaterThanOrEqual(
      firstDone,
    );
    for (const name of DEVICES) {
      expect(p[name]?.step).toBe('healthy');
      // The release's workloads replaced the first-install ones.
      expect(await reportedBy(name)).toEqual({ release: 'v1', workloads: ['app:running'] });
    }
  });

  it('refuses a second deployment to a device already in one', async () => {
    const dir = release('v1b');
    const pack = runMctl([
      'release',
      'create',
      dir,
      '--version=v1b',
      '--controller',
      ctl.http,
      '--token',
      TOKEN,
    ]);
    expect(await pack.exited).toBe(0);
    // The seed's body: version, target_clients, health_check_timeout.
    const first = await ctl.api<Deployment>('POST', '/api/fleet/deployments', {
      version: 'v1b',
      target_clients: DEVICES,
      batch_size: 4,
      min_healthy_time: TIMES.min_healthy_time,
      health_check_timeout: TIMES.healthy_deadline,
    });
    expect([first.status, first.body.status]).toEqual([201, 'pending']);
    const second = await ctl.api<{ error: { code: string; message: string } }>(
      'POST',
      '/api/fleet/deployments',
      {
        version: 'v1b',
        target_clients: ['e2e-2'],
      },
    );
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('MC_ERR_CONFLICT');
    expect(second.body.error.message).toContain(`${first.body.id} is still running on e2e-2`);
    const done = await waitDeployment(ctl.api, first.body.id);
    expect(done.status, JSON.stringify(done.devices)).toBe('completed');
    for (const name of DEVICES) expect((await reportedBy(name)).release).toBe('v1b');
  });

  it('rolls a crashing release back on the first batch, and the previous release runs again', async () => {
    const run = await mctlDeploy([release('v2', true), '--version=v2', '--batch-size', '2', ...times]);
    expect(run.code).toBe(1);
    const d = (await ctl.api<Deployment[]>('GET', '/api/fleet/deployments')).body[0];
    expect(d?.status).toBe('rolled_back');
    expect(d?.error).toMatch(/failed the health gate/);
    for (const name of ['e2e-1', 'e2e-2']) {
      expect(d?.devices[name]).toMatchObject({ step: 'rolled_back', previous: { release: 'v1b' } });
    }
    for (const name of ['e2e-3', 'e2e-4']) expect(d?.devices[name]?.step).toBe('pending');
    for (const name of DEVICES) {
      await expect
        .poll(() => reportedBy(name), { timeout: 15_000 })
        .toEqual({ release: 'v1b', workloads: ['app:running'] });
    }
  });

  it('finishes (or rolls back) a deployment whose controller was SIGKILLed mid-way', async () => {
    const run = runMctl([
      'release',
      'create',
      release('v3'),
      '--version=v3',
      '--controller',
      ctl.http,
      '--token',
      TOKEN,
    ]);
    expect(await run.exited).toBe(0);
    const created = await ctl.api<Deployment>('POST', '/api/fleet/deployments', {
      version: 'v3',
      batch_size: 1,
      auto_rollback: true,
      health_check_timeout: TIMES.healthy_deadline,
      min_healthy_time: TIMES.min_healthy_time,
    });
    expect(created.status).toBe(201);
    // Neither target_clients nor a tag: every known device, as the seed did.
    expect(created.body.batches).toEqual(DEVICES.map((n) => [n]));
    // An operator following it with the CLI rides out the controller's restart.
    const follower = runMctl([
      'deploy',
      'show',
      created.body.id,
      '--wait',
      '--controller',
      ctl.http,
      '--token',
      TOKEN,
    ]);
    await follower.waitForLine((l) => l.startsWith(`${created.body.id} `), 20_000);
    await waitDeployment(ctl.api, created.body.id, (d) => d.current_batch >= 1);
    await ctl.child.kill('SIGKILL');
    // The follower polls once a second: the controller stays down until it has met the outage
    // (a restart quicker than one poll left nothing to ride out, and this test failed in CI).
    await expect.poll(() => follower.stderr(), { timeout: 15_000 }).toContain('still following, retrying');
    await ctl.restart();
    const end = await waitDeployment(ctl.api, created.body.id, undefined, 60_000);
    expect(end.status).toMatch(/^(completed|rolled_back)$/);
    expect(await follower.exited, follower.stderr()).toBe(end.status === 'completed' ? 0 : 1);
    expect(follower.lines.join('\n')).toContain(`${created.body.id} ${end.status}`);
    const expected = end.status === 'completed' ? 'v3' : 'v1b';
    for (const name of DEVICES) {
      await expect.poll(async () => (await reportedBy(name)).release, { timeout: 15_000 }).toBe(expected);
    }
  });
});

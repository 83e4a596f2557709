// R3, controller crash mid-deployment and mid-task: a controller process with three real
// daemons is SIGKILLed at several points of rolling deployments (right after creation, while
// the first batch deploys, while a failed release rolls back; test/e2e/deploy-real.test.ts
// already kills one between batches) and while fleet tasks are dispatched or running. After
// each restart on the same data dir: the deployment ends (completed or rolled back, never
// left in progress) and the devices run what its end says; a task ends once, and every time
// its script ran on a device is one of its recorded attempts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deployment } from '../../controller/deploy/types.ts';
import type { DeviceSnapshot } from '../../controller/store/types.ts';
import type { Task } from '../../controller/tasks/types.ts';
import { teardownAll } from '../helpers/broker-teardown.ts';
import { killAllChildren, runMctl } from '../helpers/child.ts';
import {
  type ControllerProcess,
  releaseDir,
  startControllerProcess,
  TOKEN,
  waitDeployment,
} from '../helpers/deploy-real-fleet.ts';
import { type FleetDevice, registeredDevice, upAll } from '../helpers/faults-fleet.ts';

const teardown = teardownAll();
afterAll(() => killAllChildren());

const DEVICES = ['r3-1', 'r3-2', 'r3-3'];
let ctl: ControllerProcess;
let devices: FleetDevice[];

async function snapshot(name: string): Promise<DeviceSnapshot> {
  return (await ctl.api<{ device: DeviceSnapshot }>('GET', `/api/fleet/clients/${name}`)).body.device;
}

async function createRelease(version: string, crash = false): Promise<void> {
  const dir = releaseDir(teardown, {
    'app.yaml':
      'name: app\ntype: service\nrun_mode: forever\ncommand: sh ./app.sh\nrestart_delay: 0.2\nstop_timeout: 2\n',
    'app.sh': crash ? 'echo crashing; exit 1\n' : `echo "app ${version}"\nexec sleep 1000\n`,
  });
  const child = runMctl([
    'release',
    'create',
    dir,
    `--version=${version}`,
    '--controller',
    ctl.http,
    '--token',
    TOKEN,
  ]);
  expect(await child.exited, child.stderr()).toBe(0);
}

async function deploy(version: string): Promise<Deployment> {
  const res = await ctl.api<Deployment>('POST', '/api/fleet/deployments', {
    version,
    target_clients: DEVICES,
    batch_size: 1,
    auto_rollback: true,
    min_healthy_time: 1,
    health_check_timeout: 15,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function crashAndRestart(): Promise<void> {
  await ctl.child.kill('SIGKILL');
  await ctl.restart();
}

/** Polls a deployment until `when` holds; the controller may be restarting meanwhile. */
async function deploymentReaches(id: string, when: (d: Deployment) => boolean): Promise<Deployment> {
  return waitDeployment(ctl.api, id, when, 30_000);
}

beforeAll(async () => {
  ctl = await startControllerProcess(teardown);
  devices = [];
  for (const name of DEVICES) devices.push(await registeredDevice(teardown, ctl, name));
  await upAll(devices);
  for (const d of devices) {
    await vi.waitFor(async () => expect((await snapshot(d.name)).health).toBe('online'), {
      timeout: 30_000,
      interval: 200,
    });
  }
  // A first release everywhere, so that a rollback has somewhere to go.
  await createRelease('r3-base');
  const base = await waitDeployment(ctl.api, (await deploy('r3-base')).id, undefined, 60_000);
  expect(base.status).toBe('completed');
}, 120_000);

describe('controller SIGKILLed in the middle of its work', () => {
  const points: Array<{ name: string; version: string; crash: boolean; when: (d: Deployment) => boolean }> = [
    { name: 'right after the deployment was created', version: 'r3-a', crash: false, when: () => true },
    {
      name: 'while the first batch deploys',
      version: 'r3-b',
      crash: false,
      when: (d) => Object.values(d.devices).some((p) => p.step === 'deploying'),
    },
    {
      name: 'while a failed release rolls back',
      version: 'r3-c',
      crash: true,
      when: (d) =>
        d.status === 'rolling_back' || Object.values(d.devices).some((p) => p.step === 'rolling_back'),
    },
  ];

  for (const point of points) {
    it(`ends a deployment killed ${point.name}, and the devices run what its end says`, async () => {
      const before = (await snapshot('r3-1')).release;
      await createRelease(point.version, point.crash);
      const created = await deploy(point.version);
      await deploymentReaches(created.id, point.when);
      await crashAndRestart();
      const end = await waitDeployment(ctl.api, created.id, undefined, 90_000);
      expect(end.status, JSON.stringify(end.devices)).toMatch(
        point.crash ? /^rolled_back$/ : /^(completed|rolled_back)$/,
      );
      const expected = end.status === 'completed' ? point.version : before;
      for (const name of DEVICES) {
        await expect.poll(async () => (await snapshot(name)).release, { timeout: 20_000 }).toBe(expected);
      }
      // Nothing of it is left active.
      const list = (await ctl.api<Deployment[]>('GET', '/api/fleet/deployments')).body;
      expect(list.filter((d) => ['pending', 'in_progress', 'rolling_back'].includes(d.status))).toEqual([]);
    }, 150_000);
  }

  it('finishes tasks killed while dispatching and while running, each run recorded as an attempt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-faults-tasks-'));
    teardown.add(`task dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
    const submit = async (tag: string, device: string) => {
      const res = await ctl.api<Task>('POST', '/api/tasks', {
        name: `r3 ${tag}`,
        script: `echo run >> ${join(dir, tag)}\nsleep 3\necho finished`,
        device,
        timeout: 60,
        retries: 2,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id;
    };
    const taskOf = async (id: string): Promise<Task | undefined> => {
      try {
        return (await ctl.api<Task>('GET', `/api/tasks/${id}`)).body;
      } catch {
        return undefined; // restarting
      }
    };
    const runsOf = (tag: string) => {
      try {
        return readFileSync(join(dir, tag), 'utf8').split('\n').filter(Boolean).length;
      } catch {
        return 0;
      }
    };

    // Killed at once: the task may be queued or its ExecCmd on the wire.
    const dispatching = await submit('dispatching', 'r3-1');
    await crashAndRestart();
    // Killed while the script runs on the device.
    const running = await submit('running', 'r3-2');
    await vi.waitFor(async () => expect((await taskOf(running))?.state).toBe('running'), {
      timeout: 30_000,
      interval: 50,
    });
    await crashAndRestart();

    for (const [id, tag] of [
      [dispatching, 'dispatching'],
      [running, 'running'],
    ] as const) {
      const end = await vi.waitFor(
        async () => {
          const task = await taskOf(id);
          expect(task?.state).toMatch(/^(succeeded|failed|timeout|cancelled|lost)$/);
          return task as Task;
        },
        { timeout: 60_000, interval: 200 },
      );
      expect(end.state, JSON.stringify(end.attempts)).toBe('succeeded');
      // Every run on a device is a recorded attempt (nothing ran unrecorded), and it ran.
      const recorded = end.attempts.filter((a) => a.state !== 'refused').length;
      expect(runsOf(tag), `${tag}: runs vs attempts ${JSON.stringify(end.attempts)}`).toBeGreaterThanOrEqual(
        1,
      );
      expect(runsOf(tag)).toBeLessThanOrEqual(recorded);
      expect(end.result?.exit_code).toBe(0);
    }
  }, 150_000);
});

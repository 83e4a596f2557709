// Tasks on the live feed of a real controller (its own task queue, broker and LMDB) with a
// real device daemon running them: a task's life — queued, on its device, finished with its
// output — reaches a connected socket as it happens, and a socket that connects later gets
// it in its snapshot.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LiveDelta, LiveMessage, Task } from '../../controller/live/messages.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren } from '../helpers/child.ts';
import { type DeployEnv, registerDevice, startDeployController } from '../helpers/deploy-sim-device.ts';
import { daemonFixture } from '../helpers/fleet-daemon.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());

async function openLive(env: DeployEnv) {
  const socket = new WebSocket(`${env.http.replace(/^http/, 'ws')}/api/live`, {
    headers: { authorization: `Bearer ${env.token}` },
  });
  teardown.add('live socket', () => socket.close());
  const messages: LiveMessage[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  await waitFor('the snapshot', () => messages.length > 0);
  const deltas = (): LiveDelta[] =>
    messages.flatMap((m) => (m.type === 'batch' ? m.messages : m.type === 'snapshot' ? [] : [m]));
  return { messages, tasks: () => deltas().flatMap((d) => (d.type === 'task' ? [d.task] : [])) };
}

describe('live feed: tasks', () => {
  it('streams a task from queued to succeeded with its output, and a later snapshot carries it', async () => {
    const env = await startDeployController(teardown);
    const password = await registerDevice(env, 'runner-1');
    const fixture = daemonFixture(teardown, {
      device: 'runner-1',
      brokerUrl: env.mqtt,
      workloads: [],
      fleet: `  username: runner-1\n  password: ${password}`,
    });
    await fixture.up();
    await waitFor(
      'runner-1 online',
      () => env.controller.store?.device('runner-1')?.health === 'online',
      15_000,
    );
    const live = await openLive(env);
    const snapshot = live.messages[0];
    if (snapshot?.type !== 'snapshot') throw new Error(`first message is ${snapshot?.type}`);
    expect(snapshot.tasks).toEqual([]);

    const created = await env.api<Task>('POST', '/api/tasks', {
      name: 'greet',
      argv: ['sh', '-c', 'echo hello from the task; sleep 0.3'],
      device: 'runner-1',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const seen = await waitFor(
      'the task succeeded on the feed',
      () => {
        const mine = live.tasks().filter((t) => t.id === id);
        return mine.at(-1)?.state === 'succeeded' ? mine : undefined;
      },
      20_000,
    );
    const last = seen.at(-1);
    expect(last?.result).toMatchObject({ device: 'runner-1', exit_code: 0 });
    expect(last?.result?.output_tail).toContain('hello from the task');
    // The feed's record is the API's.
    expect(last).toEqual((await env.api<Task>('GET', `/api/tasks/${id}`)).body);
    // It was seen on its way, not only at the end; states only move forward.
    const order = ['queued', 'dispatching', 'running', 'succeeded'];
    const ranks = seen.map((t) => order.indexOf(t.state));
    expect(ranks).not.toContain(-1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);

    const later = await openLive(env);
    const again = later.messages[0];
    if (again?.type !== 'snapshot') throw new Error(`first message is ${again?.type}`);
    expect(again.tasks.map((t) => [t.id, t.state])).toEqual([[id, 'succeeded']]);
  });

  it('still sends a snapshot, without tasks, while the task queue is already stopped (controller shutdown)', async () => {
    const env = await startDeployController(teardown);
    await registerDevice(env, 'idle-1');
    await env.controller.tasks?.stop();
    const live = await openLive(env);
    const snapshot = live.messages[0];
    if (snapshot?.type !== 'snapshot') throw new Error(`first message is ${snapshot?.type}`);
    expect(snapshot.tasks).toEqual([]);
    expect(snapshot.devices.map((d) => d.name)).toEqual(['idle-1']);
  });
});

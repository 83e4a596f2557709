// Deployments on the live feed of a real controller (its own Deployer, broker and LMDB), with
// devices played over the contract: a rolling deployment's progress reaches a connected
// socket as it happens — each device's steps, batch after batch, to completed — and a socket
// that connects later gets the deployment in its snapshot.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DeploymentView, LiveMessage } from '../../controller/live/messages.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import {
  type DeployEnv,
  DeploySimDevice,
  registerDevice,
  startDeployController,
  uploadRelease,
} from '../helpers/deploy-sim-device.ts';

const teardown = teardownEach();

interface LiveClient {
  messages: LiveMessage[];
  deployments(): DeploymentView[];
  /** Receive time of every deployment record, in order. */
  deploymentTimes(): number[];
  close(): Promise<void>;
}

async function openLive(env: DeployEnv): Promise<LiveClient> {
  const url = `${env.http.replace(/^http/, 'ws')}/api/live`;
  const socket = new WebSocket(url, { headers: { authorization: `Bearer ${env.token}` } });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  teardown.add('live socket', () => socket.close());
  const messages: LiveMessage[] = [];
  const times: number[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    times.push(Date.now());
  });
  await waitFor('the snapshot', () => messages.length > 0);
  const timed = () =>
    messages.flatMap((m, i) =>
      (m.type === 'batch' ? m.messages : m.type === 'snapshot' ? [] : [m]).map((delta) => ({
        delta,
        at: times[i] ?? 0,
      })),
    );
  const deployments = () =>
    timed().flatMap(({ delta, at }) => (delta.type === 'deployment' ? [{ d: delta.deployment, at }] : []));
  return {
    messages,
    deployments: () => deployments().map((x) => x.d),
    deploymentTimes: () => deployments().map((x) => x.at),
    close: () => {
      socket.close();
      return closed;
    },
  };
}

async function fleet(env: DeployEnv, names: string[]): Promise<void> {
  for (const name of names) {
    const password = await registerDevice(env, name, ['edge']);
    await DeploySimDevice.connect(teardown, env, name, { password });
  }
  await waitFor('devices online', () =>
    names.every((n) => env.controller.store?.device(n)?.health === 'online'),
  );
}

describe('live feed: deployments', () => {
  it('streams a rolling deployment from pending to completed, device steps batch by batch, at most 4 records a second', async () => {
    const env = await startDeployController(teardown);
    await fleet(env, ['d1', 'd2']);
    await uploadRelease(env, 'v1');
    const live = await openLive(env);
    const snapshot = live.messages[0];
    if (snapshot?.type !== 'snapshot') throw new Error(`first message is ${snapshot?.type}`);
    expect(snapshot.deployments).toEqual([]);

    const created = await env.api<DeploymentView>('POST', '/api/deployments', {
      release: 'v1',
      devices: ['d1', 'd2'],
      batch_size: 1,
      // Long enough that each device is seen deploying between two records (≥ 250 ms apart).
      min_healthy_time: 1,
      healthy_deadline: 10,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const seen = await waitFor(
      'the deployment completed on the feed',
      () => {
        const mine = live.deployments().filter((d) => d.id === id);
        return mine.at(-1)?.status === 'completed' ? mine : undefined;
      },
      15_000,
    );
    const last = seen.at(-1);
    // The feed's record is the API's: the same view, seed names included.
    const api = await env.api<DeploymentView>('GET', `/api/deployments/${id}`);
    expect(last).toEqual(api.body);
    expect(last).toMatchObject({ version: 'v1', target_clients: ['d1', 'd2'], current_batch: 2 });
    // Progress arrived in steps, not only as the end state: d1 passed before d2 started.
    const stepsOf = (device: string) => [...new Set(seen.map((d) => d.devices[device]?.step))];
    expect(seen.length).toBeGreaterThan(2);
    expect(stepsOf('d1')).toEqual(expect.arrayContaining(['deploying', 'healthy']));
    const d2Started = seen.findIndex((d) => d.devices.d2?.step !== 'pending');
    expect(seen[d2Started]?.devices.d1?.step).toBe('healthy');
    // Throttled per deployment: the hub sends a record of it at most every 250 ms (a save per
    // device step would be more). Arrival gaps jitter on a busy machine (one late frame makes
    // the next gap short), so judge the median gap rather than the smallest.
    const times = live.deploymentTimes();
    const gaps = times
      .slice(1)
      .map((t, i) => t - (times[i] ?? 0))
      .sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThanOrEqual(200);
    // Statuses only move forward.
    const order = ['pending', 'in_progress', 'completed'];
    const ranks = seen.map((d) => order.indexOf(d.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).not.toContain(-1);

    // A dashboard that connects (or reconnects) now gets it in its snapshot.
    const later = await openLive(env);
    const again = later.messages[0];
    if (again?.type !== 'snapshot') throw new Error(`first message is ${again?.type}`);
    expect(again.deployments.map((d) => [d.id, d.status])).toEqual([[id, 'completed']]);
  });

  it('shows a cancel live, keeps active deployments in the snapshot, and detaches from the deployer when no socket is left', async () => {
    const env = await startDeployController(teardown);
    await fleet(env, ['c1', 'c2']);
    await uploadRelease(env, 'v1');
    const deployer = env.controller.deployer;
    if (!deployer) throw new Error('no deployer');
    const before = deployer.listenerCount('change');
    const live = await openLive(env);
    expect(deployer.listenerCount('change')).toBe(before + 1);

    // A long health gate keeps it active while the second socket connects.
    const created = await env.api<DeploymentView>('POST', '/api/deployments', {
      release: 'v1',
      devices: ['c1', 'c2'],
      batch_size: 1,
      min_healthy_time: 30,
      healthy_deadline: 60,
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await waitFor('c1 deploying on the feed', () =>
      live.deployments().some((d) => d.id === id && d.devices.c1?.step === 'deploying'),
    );
    const second = await openLive(env);
    const snapshot = second.messages[0];
    if (snapshot?.type !== 'snapshot') throw new Error(`first message is ${snapshot?.type}`);
    expect(snapshot.deployments.map((d) => [d.id, d.status])).toEqual([[id, 'in_progress']]);
    expect(deployer.listenerCount('change')).toBe(before + 1); // one listener however many sockets

    const cancel = await env.api<DeploymentView>('POST', `/api/deployments/${id}/cancel`, {});
    expect(cancel.status).toBe(200);
    await waitFor('the cancel on both feeds', () =>
      [live, second].every((l) => l.deployments().some((d) => d.id === id && d.cancel_requested)),
    );

    await live.close();
    await second.close();
    await waitFor('the deployer listener removed', () => deployer.listenerCount('change') === before);
  });
});

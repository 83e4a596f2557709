// The live feed over a real WebSocket on a listening controller: a snapshot first, then the
// fleet's changes in order, coalesced so a burst cannot flood a browser, behind the same
// access rule as API reads, and without leaving listeners behind.
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LiveDelta, LiveMessage } from '../../controller/live/messages.ts';
import { eventTypeOf } from '../../proto/names.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import {
  AUTH,
  type ControllerHarness,
  type HarnessOptions,
  startController,
  TEST_TOKEN,
} from '../helpers/controller-api-harness.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';

const teardown = teardownEach();

interface LiveClient {
  socket: WebSocket;
  frames: Array<{ at: number; message: LiveMessage }>;
  /** Every delta received so far, batches unpacked, in order. */
  deltas(): LiveDelta[];
}

async function listening(opts: HarnessOptions = {}): Promise<{ ctl: ControllerHarness; base: string }> {
  const ctl = await startController(teardown, opts);
  const address = await ctl.app.listen({ host: '127.0.0.1', port: 0 });
  return { ctl, base: address.replace(/^http/, 'ws') };
}

async function openLive(url: string, headers: Record<string, string> = {}): Promise<LiveClient> {
  const socket = new WebSocket(url, { headers });
  teardown.add('live socket', () => socket.close());
  const frames: LiveClient['frames'] = [];
  socket.on('message', (data) => frames.push({ at: Date.now(), message: JSON.parse(String(data)) }));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return {
    socket,
    frames,
    deltas: () =>
      frames.flatMap(({ message }) =>
        message.type === 'batch' ? message.messages : message.type === 'snapshot' ? [] : [message],
      ),
  };
}

describe('live feed', () => {
  it('sends the fleet snapshot first, then workload and event deltas in order', async () => {
    const { ctl, base } = await listening();
    const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 online', () => ctl.store.device('pump-1')?.workloads.length === 1);

    const live = await openLive(`${base}/api/live`);
    await waitFor('the snapshot', () => live.frames.length > 0);
    const first = live.frames[0]?.message;
    expect(first?.type).toBe('snapshot');
    if (first?.type !== 'snapshot') return;
    expect(first.devices.map((d) => d.name)).toEqual(['pump-1']);
    expect(first.devices[0]?.workloads[0]).toMatchObject({ name: 'svc', status: 'running' });

    // A crash as the daemon reports it: the workload state, then the event.
    await device.setWorkload('svc', 'failed', { last_exit_code: 3, consecutive_failures: 1 });
    await device.publishEvent({
      type: eventTypeOf('failed'),
      workload: 'svc',
      message: 'exited with code 3',
      exit_code: 3,
    });
    await device.setWorkload('svc', 'running', { pid: 200 });

    const deltas = await waitFor('the workload running again', () => {
      const all = live.deltas();
      const last = all.filter((d) => d.type === 'workload').at(-1);
      return last?.type === 'workload' && last.workload?.status === 'running' ? all : undefined;
    });
    const events = deltas.flatMap((d) => (d.type === 'events' ? d.events : []));
    expect(events).toEqual([
      expect.objectContaining({ device: 'pump-1', workload: 'svc', type: 'failed', exit_code: 3 }),
    ]);
    // The failed state is seen unless a later state of the same workload replaced it in the same frame.
    const statuses = deltas.flatMap((d) => (d.type === 'workload' ? [d.workload?.status] : []));
    expect(statuses.at(-1)).toBe('running');
    expect(['failed', 'running']).toEqual(expect.arrayContaining(statuses));
    const devicesSeen = deltas.flatMap((d) => (d.type === 'device' ? [d.device] : []));
    expect(devicesSeen.at(-1)?.name).toBe('pump-1');
  });

  it('coalesces a burst of 200 changes of one workload into a few frames, latest state last', async () => {
    const rate = 5;
    const { ctl, base } = await listening({ config: { liveMaxMessagesPerSecond: rate } });
    const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 online', () => ctl.store.device('pump-1')?.workloads.length === 1);
    const live = await openLive(`${base}/api/live`);
    await waitFor('the snapshot', () => live.frames.length === 1);

    const started = Date.now();
    for (let i = 1; i <= 200; i++)
      await device.setWorkload('svc', i % 2 ? 'failed' : 'running', { run_count: i });
    const last = await waitFor(
      'run 200 on the feed',
      () =>
        live
          .deltas()
          .filter((d) => d.type === 'workload')
          .at(-1)?.workload?.run_count === 200,
      10_000,
    );
    expect(last).toBe(true);
    const elapsedS = (Date.now() - started) / 1000;
    const deltaFrames = live.frames.slice(1);
    // At most `rate` frames per second, plus the one a new burst may send at once.
    expect(deltaFrames.length).toBeLessThanOrEqual(Math.ceil(elapsedS * rate) + 1);
    const workloadDeltas = live.deltas().filter((d) => d.type === 'workload');
    expect(workloadDeltas.length).toBeLessThan(200);
    const runs = workloadDeltas.map((d) => (d.type === 'workload' ? d.workload?.run_count : 0));
    expect(runs).toEqual([...runs].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('announces devices registered and removed through the API', async () => {
    const { ctl, base } = await listening();
    const live = await openLive(`${base}/api/live`);
    await waitFor('the snapshot', () => live.frames.length === 1);
    await ctl.app.inject({ method: 'POST', url: '/api/devices', headers: AUTH, payload: { name: 'edge-1' } });
    await waitFor('edge-1 on the feed', () =>
      live
        .deltas()
        .some((d) => d.type === 'device' && d.device.name === 'edge-1' && d.device.health === 'unknown'),
    );
    await ctl.app.inject({ method: 'DELETE', url: '/api/devices/edge-1', headers: AUTH });
    await waitFor('edge-1 removed on the feed', () =>
      live.deltas().some((d) => d.type === 'removed' && d.device === 'edge-1'),
    );
  });

  it('needs the token when reads do, as a header or ?token=, and refuses before the upgrade', async () => {
    const { base } = await listening({ config: { readAuth: 'token' } });
    const refused = new WebSocket(`${base}/api/live`);
    // Terminating a refused handshake reports an error; that is the expected end here.
    refused.on('error', () => {});
    teardown.add('refused socket', () => refused.terminate());
    const status = await new Promise<number | undefined>((resolve) => {
      refused.once('unexpected-response', (_req, res) => resolve(res.statusCode));
      refused.once('open', () => resolve(undefined));
    });
    expect(status).toBe(401);
    const byQuery = await openLive(`${base}/api/live?token=${TEST_TOKEN}`);
    const byHeader = await openLive(`${base}/api/live`, AUTH);
    await waitFor('both snapshots', () => byQuery.frames.length === 1 && byHeader.frames.length === 1);
    expect(byHeader.frames[0]?.message.type).toBe('snapshot');
  });

  it('terminates a socket that stops answering pings', async () => {
    const { ctl, base } = await listening({ config: { livePingIntervalMs: 100 } });
    const before = ctl.store.listenerCount('change');
    const live = await openLive(`${base}/api/live`);
    await waitFor('the snapshot', () => live.frames.length === 1);
    expect(ctl.store.listenerCount('change')).toBe(before + 1);
    // A peer that vanished without a FIN: nothing it receives is read, so no pong comes back.
    (live.socket as unknown as { _socket: Socket })._socket.pause();
    await waitFor('the silent socket dropped', () => ctl.store.listenerCount('change') === before);
    expect(await ctl.metrics.render()).toContain('mc_live_connections 0');
  });

  it('detaches from the store when the last socket closes', async () => {
    const { ctl, base } = await listening();
    const before = ctl.store.listenerCount('change');
    const a = await openLive(`${base}/api/live`);
    const b = await openLive(`${base}/api/live`);
    await waitFor('both snapshots', () => a.frames.length === 1 && b.frames.length === 1);
    // One store listener however many sockets.
    expect(ctl.store.listenerCount('change')).toBe(before + 1);
    a.socket.close();
    b.socket.close();
    await waitFor('the store listener removed', () => ctl.store.listenerCount('change') === before);
    expect(await ctl.metrics.render()).toContain('mc_live_connections 0');
  });
});

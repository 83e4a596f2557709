// A browser that stops reading must not make the controller buffer without bound: once the
// socket's send buffer is over the high-water mark, frames wait; the events that pile up
// meanwhile are capped, the oldest dropped, and the client is told how many when it reads
// again.
import type { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LiveDelta, LiveMessage } from '../../controller/live/messages.ts';
import type { StoredEvent } from '../../controller/store/types.ts';
import { eventTypeOf } from '../../proto/names.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { startController } from '../helpers/controller-api-harness.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';

const teardown = teardownEach();
const EVENTS = 60;
/** 60 × 400 kB = 24 MB: more than loopback TCP buffers hold, so the send buffer must fill. */
const BIG = 'x'.repeat(400_000);

describe('live feed backpressure', () => {
  it('holds frames for a socket that stopped reading, caps its event backlog and reports the drop', async () => {
    const ctl = await startController(teardown, {
      // A frame every 5 ms: 20 events of 400 kB cannot arrive within one interval, so any drop
      // comes from the held-back socket, not from the rate limit.
      config: { liveMaxEvents: 20, liveMaxMessagesPerSecond: 200 },
    });
    const device = await SimDevice.connect(teardown, ctl.mqttUrl, 'pump-1', { workloads: ['svc'] });
    await waitFor('pump-1 online', () => ctl.store.device('pump-1')?.health === 'online');
    const base = (await ctl.app.listen({ host: '127.0.0.1', port: 0 })).replace(/^http/, 'ws');
    const socket = new WebSocket(`${base}/api/live`, { maxPayload: 64 << 20 });
    teardown.add('live socket', () => socket.terminate());
    const messages: LiveMessage[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await waitFor('the snapshot', () => messages.length === 1);

    // A reader that stopped reading: its TCP socket no longer drains the kernel buffers.
    const tcp = (socket as unknown as { _socket: Socket })._socket;
    tcp.pause();
    for (let i = 0; i < EVENTS; i++) {
      await device.publishEvent({ type: eventTypeOf('started'), workload: 'svc', message: `${i} ${BIG}` });
    }
    await waitFor(
      'every event stored',
      () => ctl.store.events('pump-1', { limit: 1000 }).length === EVENTS,
      20_000,
    );
    tcp.resume();

    const deltas = (): LiveDelta[] =>
      messages.flatMap((m) => (m.type === 'batch' ? m.messages : m.type === 'snapshot' ? [] : [m]));
    const received = (): StoredEvent[] => deltas().flatMap((d) => (d.type === 'events' ? d.events : []));
    const dropped = () => deltas().reduce((n, d) => n + (d.type === 'dropped' ? d.count : 0), 0);
    await waitFor(
      'every event received or reported dropped',
      () => received().length + dropped() === EVENTS,
      20_000,
    );
    expect(dropped()).toBeGreaterThan(0);
    const seqs = received().map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // The newest events are the ones kept.
    expect(seqs.at(-1)).toBe(EVENTS);
    expect(await ctl.metrics.render()).toContain(`mc_live_dropped_events_total ${dropped()}`);
  });
});

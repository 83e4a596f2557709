// Bad network input (garbage, oversized packets, absurd topics, connection floods) must
// close the offending connection only: the broker stays up and a well-behaved client keeps
// publishing and receiving throughout, while the stats count what was refused.
import { connect as netConnect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Broker } from '../../broker/broker.ts';
import { topics } from '../../proto/topics.ts';
import { startTestBroker } from '../helpers/broker-fixtures.ts';
import { connectClient, type TestClient } from '../helpers/broker-mqtt.ts';
import { teardownAll, teardownEach } from '../helpers/broker-teardown.ts';
import { onceWithin, waitFor } from '../helpers/broker-wait.ts';

const perFile = teardownAll();
const perTest = teardownEach();

const RATE = 50; // connections per second; burst = 100

/** Back-to-back QoS 1 round trips between two clients until stopped; counts successes. */
function startPinger(pub: TestClient, sub: TestClient, topic: string) {
  let count = 0;
  let stopped = false;
  let failure: unknown;
  const loop = (async () => {
    while (!stopped) {
      const payload = Buffer.from(`ping ${count}`);
      await pub.client.publishAsync(topic, payload, { qos: 1 });
      const received = await sub.inbox.next(topic);
      if (!received.payload.equals(payload)) throw new Error(`pinger got ${received.payload} for ${payload}`);
      count += 1;
    }
  })().catch((err: unknown) => {
    failure = err;
  });
  return {
    /** Waits until `n` more round trips succeeded, proving the broker still serves clients. */
    async advances(n = 20): Promise<void> {
      const target = count + n;
      await waitFor(`${n} more ping round trips`, () => {
        if (failure !== undefined) throw failure;
        return count >= target;
      });
    },
    async stop(): Promise<number> {
      stopped = true;
      await loop;
      if (failure !== undefined) throw failure;
      return count;
    },
  };
}

function rawConnect(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = netConnect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** MQTT remaining-length varint [MQTT-2.2.3]. */
function varint(n: number): Buffer {
  const bytes: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    bytes.push(byte);
  } while (n > 0);
  return Buffer.from(bytes);
}

describe('bad network input', () => {
  let broker: Broker;
  let url: string;
  let pinger: ReturnType<typeof startPinger>;
  let watcher: TestClient;

  beforeAll(async () => {
    ({ broker, mqttUrl: url } = await startTestBroker(perFile, { limits: { connectionsPerSecond: RATE } }));
    const pub = await connectClient(perFile, url, { clientId: 'pinger-pub' });
    const sub = await connectClient(perFile, url, { clientId: 'pinger-sub' });
    await sub.client.subscribeAsync(topics.heartbeat('pinger'), { qos: 1 });
    // Sees every message on the broker: nothing from a bad client may get through.
    watcher = await connectClient(perFile, url, { clientId: 'watcher' });
    await watcher.client.subscribeAsync('#', { qos: 0 });
    pinger = startPinger(pub, sub, topics.heartbeat('pinger'));
    await pinger.advances();
  });

  afterAll(async () => {
    expect(await pinger.stop()).toBeGreaterThan(0);
  });

  it('closes a connection that sends garbage bytes', async () => {
    const garbage = [
      Buffer.from('GET / HTTP/1.1\r\nHost: broker\r\n\r\n'),
      Buffer.alloc(32), // packet type 0 is reserved
      Buffer.from([0x10, 0xff, 0xff, 0xff, 0xff, 0x7f]), // remaining length of five bytes
    ];
    for (const bytes of garbage) {
      const socket = await rawConnect(url);
      perTest.add('garbage socket', () => socket.destroy());
      socket.on('error', () => {});
      const closed = onceWithin(socket, 'close', 3_000);
      socket.write(bytes);
      await closed;
      await pinger.advances();
    }
  });

  it('closes a connection that sends a 2 MB PUBLISH, before the body arrives', async () => {
    // A header announcing 2 MB is enough: the broker must not wait for (or buffer) the body.
    const socket = await rawConnect(url);
    perTest.add('oversize socket', () => socket.destroy());
    socket.on('error', () => {});
    const closed = onceWithin(socket, 'close', 3_000);
    socket.write(Buffer.concat([Buffer.from([0x30]), varint(2_000_000)]));
    await closed;
    expect(broker.stats().oversizedPackets).toBe(1);

    // A connected MQTT.js client publishing 2 MB for real loses its connection, and nobody
    // receives the message.
    const big = await connectClient(perTest, url, { clientId: 'big-publisher' });
    const lost = onceWithin(big.client, 'close', 5_000);
    big.client.publish(topics.events('big'), Buffer.alloc(2 * 1024 * 1024, 7), { qos: 0 });
    await lost;
    expect(broker.stats().oversizedPackets).toBe(2);
    await pinger.advances();
    expect(watcher.inbox.all.some((m) => m.topic === topics.events('big'))).toBe(false);
  });

  it('closes a connection that publishes to a topic of 20 levels', async () => {
    const deep = await connectClient(perTest, url, { clientId: 'deep-publisher' });
    const lost = onceWithin(deep.client, 'close', 5_000);
    const topic = Array.from({ length: 20 }, (_, i) => `l${i}`).join('/');
    deep.client.publish(topic, 'too deep', { qos: 1 });
    await lost;
    await pinger.advances();
    expect(watcher.inbox.all.some((m) => m.topic === topic)).toBe(false);
  });

  it('destroys connections over the rate limit at once and counts them', async () => {
    const before = broker.stats().rejectedConnections;
    const flood = 400;
    let closedByBroker = 0;
    const sockets = await Promise.all(
      Array.from({ length: flood }, async () => {
        const socket = await rawConnect(url);
        socket.on('error', () => {});
        socket.once('close', () => {
          closedByBroker += 1;
        });
        return socket;
      }),
    );
    perTest.add('flood sockets', () => {
      for (const socket of sockets) socket.destroy();
    });
    // The bucket holds 2 × RATE tokens and refills RATE per second; the flood takes well
    // under a second, so most of the 400 sockets are refused and the rest admitted.
    const rejected = await waitFor('refused sockets to be closed', () => {
      const count = broker.stats().rejectedConnections - before;
      return count >= flood / 2 && closedByBroker === count ? count : undefined;
    });
    expect(rejected).toBeLessThan(flood);
    await pinger.advances();
    // Once tokens refill, well-behaved newcomers get in again.
    const newcomer = await waitFor('a connection after the flood', () =>
      connectClient(perTest, url, { clientId: 'newcomer' }).catch(() => undefined),
    );
    expect(newcomer.client.connected).toBe(true);
  });
});

// Browsers and firewalled devices reach the broker over WebSocket, either on the broker's
// own WS listener or on the controller's Fastify port: both must be the same broker as TCP.
import { randomBytes } from 'node:crypto';
import websocket from '@fastify/websocket';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerMqttRoute } from '../../broker/fastify.ts';
import { topics } from '../../proto/topics.ts';
import { startTestBroker } from '../helpers/broker-fixtures.ts';
import { connectClient, type TestClient } from '../helpers/broker-mqtt.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';

const teardown = teardownEach();

/** Publishes from `from` and expects the exact bytes on `to` (both subscribed already). */
async function roundTrip(from: TestClient, to: TestClient, topic: string): Promise<void> {
  const payload = randomBytes(64);
  await from.client.publishAsync(topic, payload, { qos: 1 });
  const received = await to.inbox.next(topic);
  expect(Buffer.compare(received.payload, payload)).toBe(0);
}

async function crossTraffic(tcp: TestClient, ws: TestClient): Promise<void> {
  const toWs = topics.cmd('dev1');
  const toTcp = topics.events('dev1');
  await ws.client.subscribeAsync(toWs, { qos: 1 });
  await tcp.client.subscribeAsync(toTcp, { qos: 1 });
  await roundTrip(tcp, ws, toWs);
  await roundTrip(ws, tcp, toTcp);
}

describe('MQTT over WebSocket', () => {
  it('serves the same broker on its standalone WebSocket listener as on TCP', async () => {
    const { addresses } = await startTestBroker(teardown, { ws: { host: '127.0.0.1', port: 0 } });
    expect(addresses.ws).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/mqtt$/);
    const tcp = await connectClient(teardown, addresses.mqtt ?? '', { clientId: 'tcp-client' });
    const ws = await connectClient(teardown, addresses.ws ?? '', { clientId: 'ws-client' });
    await crossTraffic(tcp, ws);
  });

  it('serves the same broker on a Fastify route registered with registerMqttRoute', async () => {
    const { broker, mqttUrl } = await startTestBroker(teardown);
    const app = Fastify();
    teardown.add('fastify app', () => app.close());
    await app.register(websocket);
    registerMqttRoute(app, broker);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('fastify has no TCP address');

    const tcp = await connectClient(teardown, mqttUrl, { clientId: 'tcp-client' });
    const ws = await connectClient(teardown, `ws://127.0.0.1:${address.port}/mqtt`, {
      clientId: 'route-client',
    });
    await crossTraffic(tcp, ws);
    expect(broker.stats().clients).toBe(2);
  });
});

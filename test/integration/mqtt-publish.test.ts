// publishUntilAcked against the one case MQTT.js drops a QoS 1 publish: the connection closes
// while MQTT.js is resending its stored packets after a CONNACK, and publishes made meanwhile
// (queued behind that resend) are rejected, never sent. The peer is a minimal MQTT server on
// an ephemeral port that cuts the connection at exactly that moment — the fault the
// broker-crash test hit by chance (devices reconnecting to a restarted broker).
import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { connect, type MqttClient } from 'mqtt';
import mqttPacket, { type Packet } from 'mqtt-packet';
import { afterEach, describe, expect, it } from 'vitest';
import { publishUntilAcked } from '../../proto/mqtt-publish.ts';

interface Received {
  connection: number;
  packet: Packet;
}

/**
 * Connection 1 takes the first PUBLISH and closes without a PUBACK (it stays in the client's
 * store); connection 2 takes its resend and waits, unacknowledged, until cut(); from
 * connection 3 on every PUBLISH is acknowledged.
 */
function cuttingServer() {
  const received: Received[] = [];
  const sockets: Socket[] = [];
  const waiters: Array<() => void> = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    const connection = sockets.length;
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    const send = (packet: object) => socket.write(mqttPacket.generate(packet as Packet));
    parser.on('packet', (packet: Packet) => {
      if (packet.cmd === 'connect') send({ cmd: 'connack', returnCode: 0, sessionPresent: true });
      if (packet.cmd === 'pingreq') send({ cmd: 'pingresp' });
      if (packet.cmd !== 'publish') return;
      received.push({ connection, packet });
      for (const wake of waiters.splice(0)) wake();
      if (connection === 1) socket.destroy();
      else if (connection >= 3) send({ cmd: 'puback', messageId: packet.messageId });
    });
    socket.on('data', (chunk) => parser.parse(chunk));
    socket.on('error', () => {});
  });
  return {
    server,
    received,
    /** Resolves once a PUBLISH matching `test` has arrived. */
    async publishArrived(test: (r: Received) => boolean): Promise<void> {
      while (!received.some(test)) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    cut(connection: number): void {
      sockets[connection - 1]?.destroy();
    },
  };
}

let client: MqttClient | undefined;
let server: Server | undefined;
afterEach(async () => {
  await client?.endAsync(true);
  if (server) await new Promise((resolve) => server?.close(resolve));
  client = undefined;
  server = undefined;
});

/**
 * A persistent-session client of a cutting server, with one QoS 1 publish (`t/stored`) in its
 * store being resent, unacknowledged, on connection 2: MQTT.js is in its post-CONNACK resend.
 */
async function clientInResend(clientId: string) {
  const peer = cuttingServer();
  const s = peer.server;
  server = s;
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as { port: number }).port;
  const c = connect(`mqtt://127.0.0.1:${port}`, {
    clientId,
    clean: false,
    reconnectPeriod: 20,
    protocolVersion: 4,
  });
  client = c;
  await new Promise((resolve) => c.once('connect', resolve));
  // Stays in MQTT.js's store (connection 1 closes without a PUBACK) and is resent on connection 2.
  const stored = c.publishAsync('t/stored', Buffer.from('stored'), { qos: 1 });
  stored.catch(() => {});
  await peer.publishArrived((r) => r.connection === 2 && r.packet.cmd === 'publish');
  return { peer, c, stored };
}

describe('publishUntilAcked', () => {
  it('publishes again what MQTT.js rejected when the connection closed during its resend', async () => {
    const { peer, c, stored } = await clientInResend('resend-cut');

    // Connection 2 is resending, unacknowledged: both publishes below are queued behind it.
    const plain = c.publishAsync('t/plain', Buffer.from('plain'), { qos: 1 });
    const kept = publishUntilAcked(c, 't/kept', Buffer.from('kept'), { qos: 1 });
    peer.cut(2);

    // What this guards against: MQTT.js gives the queued publish up.
    await expect(plain).rejects.toThrow('Connection closed');
    await kept;
    await stored;
    const onThird = peer.received
      .filter((r) => r.connection === 3 && r.packet.cmd === 'publish')
      .map((r) => (r.packet as { topic: string }).topic);
    expect(onThird).toContain('t/kept');
    expect(onThird).toContain('t/stored');
    expect(onThird).not.toContain('t/plain');
  });

  it('rejects once the client is ended instead of waiting for a connect that never comes', async () => {
    const { c } = await clientInResend('resend-end');
    const kept = publishUntilAcked(c, 't/kept', Buffer.from('kept'), { qos: 1 });
    const ended = c.endAsync(true);
    await expect(kept).rejects.toThrow();
    await ended;
  });
});

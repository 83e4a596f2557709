// The broker asks its Authorizer who may connect and what they may publish and subscribe
// to. Refusals must be visible to the client the way MQTT 3.1.1 allows (CONNACK code,
// SUBACK 0x80), and a denied PUBLISH must never reach a subscriber or the retained store.
import { Duplex } from 'node:stream';
import { type IClientOptions, MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { type Authorizer, type ConnectionMeta, isLoopbackAddress } from '../../broker/authorizer.ts';
import type { Broker } from '../../broker/broker.ts';
import { filters, topics } from '../../proto/topics.ts';
import { startTestBroker } from '../helpers/broker-fixtures.ts';
import { connectClient, openClient } from '../helpers/broker-mqtt.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { onceWithin } from '../helpers/broker-wait.ts';

const teardown = teardownEach();

/** Two connected in-memory duplex ends, like a socket without the network. */
function duplexPair(): [Duplex, Duplex] {
  const ends: Duplex[] = [];
  const end = (peer: () => Duplex | undefined) =>
    new Duplex({
      read() {},
      write(chunk: Buffer, _encoding, callback) {
        peer()?.push(chunk);
        callback();
      },
      final(callback) {
        peer()?.push(null);
        callback();
      },
      // Closing one end closes the other, like a reset TCP connection.
      destroy(err, callback) {
        const other = peer();
        if (other && !other.destroyed) other.destroy();
        callback(err);
      },
    });
  ends.push(
    end(() => ends[1]),
    end(() => ends[0]),
  );
  return [ends[0] as Duplex, ends[1] as Duplex];
}

/** Connects an MQTT.js client through broker.handleStream with the given transport metadata. */
function connectThroughStream(broker: Broker, meta: ConnectionMeta, clientId: string): MqttClient {
  const [clientEnd, brokerEnd] = duplexPair();
  broker.handleStream(brokerEnd, meta);
  const options: IClientOptions = { protocolVersion: 4, reconnectPeriod: 0, clientId };
  const client = new MqttClient(() => clientEnd, options);
  teardown.add(`stream client ${clientId}`, () => client.endAsync(true));
  return client;
}

/** Devices (username 'device') publish only under mc/{self}/ and read only their own cmd. */
function fleetAuthorizer(): Authorizer {
  const ownPrefix = (device: string | undefined) => `mc/${device}/`;
  return {
    async authenticate({ clientId, username, meta }) {
      if (username === 'device') return { clientId, username, role: 'device', device: clientId, meta };
      if (username === 'operator') return { clientId, username, role: 'operator', meta };
      return null;
    },
    authorizePublish: (identity, topic) =>
      identity.role === 'operator' || topic.startsWith(ownPrefix(identity.device)),
    authorizeSubscribe: (identity, filter) =>
      identity.role === 'operator' ||
      (identity.device !== undefined && filter === topics.cmd(identity.device)),
  };
}

describe('loopbackOnly (the default authorizer)', () => {
  it('refuses a client whose remote address is not loopback with CONNACK 5', async () => {
    const { broker } = await startTestBroker(teardown);
    const remote = connectThroughStream(broker, { transport: 'tcp', remoteAddress: '10.0.0.5' }, 'remote');
    const [err] = await onceWithin<[Error & { code?: number }]>(remote, 'error');
    expect(err.code).toBe(5);
    expect(broker.stats().refusedConnects).toBe(1);

    // The same path with a loopback address, or over a Unix socket, is accepted.
    for (const meta of [
      { transport: 'tcp', remoteAddress: '::ffff:127.0.0.1' },
      { transport: 'unix' },
    ] satisfies ConnectionMeta[]) {
      const local = connectThroughStream(broker, meta, `local-${meta.transport}`);
      await onceWithin(local, 'connect');
    }
    expect(broker.stats()).toMatchObject({ clients: 2, refusedConnects: 1 });
  });

  it('counts 127.0.0.0/8, ::1 and IPv4-mapped loopback as local, nothing else', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(address), address).toBe(true);
    }
    for (const address of ['10.0.0.5', '::ffff:10.0.0.5', '::2', 'localhost', '', undefined]) {
      expect(isLoopbackAddress(address), String(address)).toBe(false);
    }
  });
});

describe('a custom authorizer', () => {
  it('acknowledges and drops a denied publish: no subscriber and no retained store sees it', async () => {
    const { broker, mqttUrl } = await startTestBroker(teardown, { authorizer: fleetAuthorizer() });
    const operator = await connectClient(teardown, mqttUrl, { clientId: 'controller', username: 'operator' });
    await operator.client.subscribeAsync('mc/#', { qos: 1 });
    const device = await connectClient(teardown, mqttUrl, { clientId: 'dev1', username: 'device' });

    // dev1 pretends to be dev2: PUBACK comes back (QoS 1 clients must not resend it forever)...
    await device.client.publishAsync(topics.status('dev2'), 'forged', { qos: 1, retain: true });
    await device.client.publishAsync(topics.status('dev1'), 'genuine', { qos: 1, retain: true });
    const genuine = await operator.inbox.next(topics.status('dev1'));
    expect(genuine.payload.toString()).toBe('genuine');
    // ...but the forged message reached nobody, and dev1 is still connected.
    expect(operator.inbox.all.map((m) => m.topic)).not.toContain(topics.status('dev2'));
    expect(device.client.connected).toBe(true);
    expect(broker.stats().deniedPublishes).toBe(1);

    // A later subscriber gets the genuine retained status, never the forged one.
    const late = await connectClient(teardown, mqttUrl, { clientId: 'dashboard', username: 'operator' });
    await late.client.subscribeAsync(filters.status(), { qos: 1 });
    await late.inbox.next(topics.status('dev1'));
    await late.client.publishAsync(topics.status('dev3'), 'after', { qos: 1 });
    await late.inbox.next(topics.status('dev3'));
    expect(late.inbox.all.map((m) => m.topic)).not.toContain(topics.status('dev2'));
  });

  it('answers a denied subscription with SUBACK 0x80 and keeps the connection', async () => {
    const { broker, mqttUrl } = await startTestBroker(teardown, { authorizer: fleetAuthorizer() });
    const device = await connectClient(teardown, mqttUrl, { clientId: 'dev1', username: 'device' });
    await expect(device.client.subscribeAsync(topics.cmd('dev2'), { qos: 1 })).rejects.toMatchObject({
      packet: { cmd: 'suback', granted: [0x80] },
    });
    const granted = await device.client.subscribeAsync(topics.cmd('dev1'), { qos: 1 });
    expect(granted.map((g) => g.qos)).toEqual([1]);
    expect(broker.stats().deniedSubscribes).toBe(1);

    const operator = await connectClient(teardown, mqttUrl, { clientId: 'controller', username: 'operator' });
    await operator.client.publishAsync(topics.cmd('dev2'), 'not for dev1', { qos: 1 });
    await operator.client.publishAsync(topics.cmd('dev1'), 'for dev1', { qos: 1 });
    expect((await device.inbox.next()).topic).toBe(topics.cmd('dev1'));
    expect(device.inbox.all).toHaveLength(1);
  });

  it('refuses a client the authorizer does not know, and a will on a topic it may not publish', async () => {
    const { broker, mqttUrl } = await startTestBroker(teardown, { authorizer: fleetAuthorizer() });
    const stranger = openClient(teardown, mqttUrl, { clientId: 'stranger' });
    const [unknown] = await onceWithin<[Error & { code?: number }]>(stranger.client, 'error');
    expect(unknown.code).toBe(5);

    const forger = openClient(teardown, mqttUrl, {
      clientId: 'dev1',
      username: 'device',
      will: { topic: topics.presence('dev2'), payload: Buffer.from('offline'), qos: 1, retain: true },
    });
    const [forged] = await onceWithin<[Error & { code?: number }]>(forger.client, 'error');
    expect(forged.code).toBe(5);
    expect(broker.stats().refusedConnects).toBe(2);
  });

  it('refuses a client id longer than maxClientIdLength with CONNACK 2', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: fleetAuthorizer() });
    const ok = await connectClient(teardown, mqttUrl, { clientId: 'd'.repeat(128), username: 'device' });
    expect(ok.client.connected).toBe(true);
    const long = openClient(teardown, mqttUrl, { clientId: 'd'.repeat(129), username: 'device' });
    const [err] = await onceWithin<[Error & { code?: number }]>(long.client, 'error');
    expect(err.code).toBe(2);
  });
});

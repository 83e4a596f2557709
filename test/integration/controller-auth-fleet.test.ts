// The fleet's broker security end to end: a real broker with the fleet authorizer, a real
// LMDB device registry and real MQTT.js clients. Devices get in only with their registry
// credentials and their own client id, and then reach only their own topics; observers
// read telemetry only; operators command. "Never arrives" is always shown against a later
// message that does arrive.
import { readFile } from 'node:fs/promises';
import { open } from 'lmdb';
import type { IClientOptions } from 'mqtt';
import { describe, expect, it } from 'vitest';
import type { BrokerOptions } from '../../broker/broker.ts';
import { fleetAuthorizer } from '../../controller/auth/fleet-authorizer.ts';
import { DeviceRegistry, type NewDeviceCredentials } from '../../controller/registry/device-registry.ts';
import { encode } from '../../proto/codec.ts';
import { filters, topics } from '../../proto/topics.ts';
import { makeSelfSignedCert, makeTempDir, startTestBroker, testLogger } from '../helpers/broker-fixtures.ts';
import { connectClient, openClient, type TestClient } from '../helpers/broker-mqtt.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { onceWithin, waitFor } from '../helpers/broker-wait.ts';

const teardown = teardownEach();
const OPERATOR_TOKEN = 'operator-test-token';
const OBSERVER_TOKEN = 'observer-test-token';

async function startFleet(brokerOpts: Partial<BrokerOptions> = {}) {
  const dir = await makeTempDir(teardown, 'mc-controller-auth-');
  const root = open({ path: dir, maxDbs: 4 });
  teardown.add('registry lmdb', () => root.close());
  const registry = new DeviceRegistry({ root, logger: testLogger() });
  const a = await registry.add('a', { brokerUrls: ['mqtt://127.0.0.1:1883'] });
  const b = await registry.add('b', { brokerUrls: ['mqtt://127.0.0.1:1883'] });
  const authorizer = fleetAuthorizer({
    registry,
    operatorToken: OPERATOR_TOKEN,
    observerToken: OBSERVER_TOKEN,
    logger: testLogger(),
  });
  const { broker, mqttUrl } = await startTestBroker(teardown, { authorizer, ...brokerOpts });
  const operator = () =>
    connectClient(teardown, mqttUrl, { clientId: 'mctl-op', username: 'operator', password: OPERATOR_TOKEN });
  const observer = () =>
    connectClient(teardown, mqttUrl, { clientId: 'dash-1', username: 'observer', password: OBSERVER_TOKEN });
  return { registry, broker, url: mqttUrl, dir, a, b, operator, observer };
}

/** What the device daemon sends: its name, its password, client id mc-dev-<name>. */
function deviceLogin(creds: NewDeviceCredentials, extra: IClientOptions = {}): IClientOptions {
  return { clientId: `mc-dev-${creds.name}`, username: creds.username, password: creds.password, ...extra };
}

async function refusalCode(url: string, opts: IClientOptions): Promise<number | undefined> {
  const { client } = openClient(teardown, url, opts);
  const [err] = await onceWithin<[Error & { code?: number }]>(client, 'error');
  return err.code;
}

async function expectSubackRefused(client: TestClient, filter: string): Promise<void> {
  await expect(client.client.subscribeAsync(filter, { qos: 1 })).rejects.toMatchObject({
    packet: { cmd: 'suback', granted: [0x80] },
  });
}

describe('fleet authentication', () => {
  it('refuses an unknown device, a wrong password and another device’s client id with CONNACK 5', async () => {
    const { url, a } = await startFleet();
    expect(await refusalCode(url, deviceLogin({ ...a, name: 'ghost', username: 'ghost' }))).toBe(5);
    expect(await refusalCode(url, deviceLogin({ ...a, password: `${a.password.slice(1)}x` }))).toBe(5);
    expect(await refusalCode(url, deviceLogin(a, { clientId: 'mc-dev-b' }))).toBe(5);
    expect(await refusalCode(url, { clientId: 'anon' })).toBe(5);
    // The right credentials with the right client id get in.
    const ok = await connectClient(teardown, url, deviceLogin(a));
    expect(ok.client.connected).toBe(true);
  });

  it('refuses a device whose Last Will targets another device, and accepts its own presence as will', async () => {
    const { url, a } = await startFleet();
    const will = (topic: string) => ({
      will: { topic, payload: Buffer.alloc(0), qos: 1 as const, retain: true },
    });
    expect(await refusalCode(url, deviceLogin(a, will(topics.presence('b'))))).toBe(5);
    const ok = await connectClient(teardown, url, deviceLogin(a, will(topics.presence('a'))));
    expect(ok.client.connected).toBe(true);
  });

  it('refuses an observer or operator that takes a device’s client id (and with it its session)', async () => {
    const { url } = await startFleet();
    const asObserver = { username: 'observer', password: OBSERVER_TOKEN, clientId: 'mc-dev-a' };
    expect(await refusalCode(url, asObserver)).toBe(5);
    expect(await refusalCode(url, { ...asObserver, username: 'operator', password: OPERATOR_TOKEN })).toBe(5);
    expect(await refusalCode(url, { username: 'observer', password: OPERATOR_TOKEN, clientId: 'x' })).toBe(5);
  });

  it('refuses a removed device at its next connect', async () => {
    const { url, a, registry } = await startFleet();
    const first = await connectClient(teardown, url, deviceLogin(a));
    await first.client.endAsync();
    expect(await registry.remove('a')).toBe(true);
    expect(await refusalCode(url, deviceLogin(a))).toBe(5);
  });

  it('refuses the old password after a rotation and accepts the new one', async () => {
    const { url, a, registry } = await startFleet();
    // A successful login first, so the old password sits in the verification cache.
    const before = await connectClient(teardown, url, deviceLogin(a));
    await before.client.endAsync();
    const rotated = await registry.rotate('a', { brokerUrls: ['mqtt://127.0.0.1:1883'] });
    expect(await refusalCode(url, deviceLogin(a))).toBe(5);
    const after = await connectClient(teardown, url, deviceLogin(rotated));
    expect(after.client.connected).toBe(true);
  });

  it('admits a registered device over mqtts with the CA of a self-signed certificate', async () => {
    const certDir = await makeTempDir(teardown, 'mc-controller-auth-tls-');
    const { cert, key } = await makeSelfSignedCert(certDir);
    const { url, a } = await startFleet({ tls: { cert, key } });
    expect(url).toMatch(/^mqtts:/);
    const ca = await readFile(cert);
    const device = await connectClient(teardown, url, deviceLogin(a, { ca }));
    await device.client.subscribeAsync(topics.cmd('a'), { qos: 1 });
    expect(await refusalCode(url, deviceLogin(a, { ca, password: 'wrong' }))).toBe(5);
  });
});

describe('fleet topic rights', () => {
  it('lets a device publish its own telemetry and replies, and drops what it says about another device', async () => {
    const { url, a, broker, operator } = await startFleet();
    const op = await operator();
    await op.client.subscribeAsync(filters.all(), { qos: 1 });
    const device = await connectClient(teardown, url, deviceLogin(a));

    await device.client.publishAsync(topics.status('b'), 'forged', { qos: 1, retain: true });
    await device.client.publishAsync(topics.cmd('a'), 'self-command', { qos: 1 });
    await device.client.publishAsync(topics.desired('a'), 'self-desired', { qos: 1 });
    await device.client.publishAsync(topics.release('9.9.9'), 'fake release', { qos: 1 });
    // A reply must name the device that sends it: one in b's name, or garbage, is dropped.
    const reply = (name: string) =>
      Buffer.from(encode('reply', { command_id: 'c1', ok: true, device: name }));
    await device.client.publishAsync(topics.reply('mctl-op'), reply('b'), { qos: 1 });
    await device.client.publishAsync(topics.reply('mctl-op'), 'not a reply', { qos: 1 });
    const own = [
      topics.presence('a'),
      topics.status('a'),
      topics.heartbeat('a'),
      topics.events('a'),
      topics.workload('a', 'web'),
      topics.logs('a', 'web'),
    ];
    for (const topic of own) await device.client.publishAsync(topic, 'ok', { qos: 1 });
    await device.client.publishAsync(topics.reply('mctl-op'), reply('a'), { qos: 1 });

    for (const topic of own) expect((await op.inbox.next(topic)).payload.toString()).toBe('ok');
    expect((await op.inbox.next(topics.reply('mctl-op'))).payload).toEqual(reply('a'));
    expect(op.inbox.all.map((m) => m.topic)).toEqual([...own, topics.reply('mctl-op')]);
    expect(broker.stats().deniedPublishes).toBe(6);
    expect(device.client.connected).toBe(true);
  });

  it('lets a device subscribe only to its own cmd and desired and to releases', async () => {
    const { url, a, operator } = await startFleet();
    const device = await connectClient(teardown, url, deviceLogin(a));
    await expectSubackRefused(device, topics.cmd('b'));
    await expectSubackRefused(device, filters.all());
    await expectSubackRefused(device, 'mc/+/cmd');
    await expectSubackRefused(device, filters.status());
    await expectSubackRefused(device, '#');
    for (const filter of [topics.cmd('a'), topics.desired('a'), 'mc/releases/#']) {
      expect((await device.client.subscribeAsync(filter, { qos: 1 })).map((g) => g.qos)).toEqual([1]);
    }

    const op = await operator();
    await op.client.publishAsync(topics.cmd('b'), 'for b', { qos: 1 });
    await op.client.publishAsync(topics.status('b'), 'b status', { qos: 1 });
    await op.client.publishAsync(topics.cmd('a'), 'for a', { qos: 1 });
    await op.client.publishAsync(topics.desired('a'), 'desired a', { qos: 1 });
    await op.client.publishAsync(topics.release('1.0.0'), 'release', { qos: 1 });
    await device.inbox.next(topics.release('1.0.0'));
    expect(device.inbox.all.map((m) => m.topic)).toEqual([
      topics.cmd('a'),
      topics.desired('a'),
      topics.release('1.0.0'),
    ]);
  });

  it('lets an observer read telemetry but not commands, and drops whatever it publishes', async () => {
    const { url, a, broker, observer, operator } = await startFleet();
    const obs = await observer();
    expect((await obs.client.subscribeAsync(filters.status(), { qos: 1 })).map((g) => g.qos)).toEqual([1]);
    await expectSubackRefused(obs, 'mc/+/cmd');
    await expectSubackRefused(obs, filters.all());
    await expectSubackRefused(obs, 'mc/reply/#');
    await expectSubackRefused(obs, 'mc/releases/#');

    const device = await connectClient(teardown, url, deviceLogin(a));
    await device.client.subscribeAsync(topics.cmd('a'), { qos: 1 });
    const op = await operator();
    await op.client.publishAsync(topics.cmd('a'), 'operator command', { qos: 1 });
    await device.inbox.next(topics.cmd('a'));

    // The observer's command is acknowledged (QoS 1 clients must not resend it forever) and dropped.
    await obs.client.publishAsync(topics.cmd('a'), 'observer command', { qos: 1 });
    await obs.client.publishAsync(topics.status('a'), 'observer status', { qos: 1 });
    await waitFor('both observer publishes denied', () => broker.stats().deniedPublishes === 2);
    await op.client.publishAsync(topics.cmd('a'), 'second operator command', { qos: 1 });
    await device.client.publishAsync(topics.status('a'), 'device status', { qos: 1 });
    expect((await device.inbox.next(topics.cmd('a'))).payload.toString()).toBe('second operator command');
    expect((await obs.inbox.next(topics.status('a'))).payload.toString()).toBe('device status');
    expect(device.inbox.all.map((m) => m.payload.toString())).toEqual([
      'operator command',
      'second operator command',
    ]);
    expect(obs.inbox.all.map((m) => m.payload.toString())).toEqual(['device status']);
  });

  it('lets an operator clear a removed device’s retained telemetry with empty payloads', async () => {
    const { url, a, operator, observer } = await startFleet();
    // Aedes acknowledges a QoS 1 publish before storing it, and stores it before delivering
    // it: waiting for each delivery orders the retained writes.
    const watcher = await observer();
    await watcher.client.subscribeAsync(filters.status(), { qos: 1 });
    const device = await connectClient(teardown, url, deviceLogin(a));
    await device.client.publishAsync(topics.status('a'), 'last status', { qos: 1, retain: true });
    await watcher.inbox.next(topics.status('a'));
    const op = await operator();
    await op.client.publishAsync(topics.status('a'), Buffer.alloc(0), { qos: 1, retain: true });
    expect((await watcher.inbox.next(topics.status('a'))).payload.length).toBe(0);
    await op.client.publishAsync(topics.status('b'), 'b status', { qos: 1, retain: true });
    await watcher.inbox.next(topics.status('b'));

    // A late subscriber gets only what is still retained.
    const late = await connectClient(teardown, url, {
      clientId: 'dash-2',
      username: 'observer',
      password: OBSERVER_TOKEN,
    });
    await late.client.subscribeAsync(filters.status(), { qos: 1 });
    expect((await late.inbox.next(topics.status('b'))).payload.toString()).toBe('b status');
    expect(late.inbox.all.map((m) => m.topic)).toEqual([topics.status('b')]);
  });
});

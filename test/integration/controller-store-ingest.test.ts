// The fleet store fed from a real broker by FleetIngest, with real MQTT clients publishing
// real encoded messages as devices do: presence and the Last Will, stale vs offline, events
// deduplicated, workloads cleared by empty retained payloads, garbage survived, and the whole
// store rebuilt from retained topics after its directory was deleted. Every wait is for a
// store change, never a fixed sleep.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { describe, expect, it } from 'vitest';
import { allowAll } from '../../broker/authorizer.ts';
import { FleetStore } from '../../controller/store/fleet-store.ts';
import { FleetIngest } from '../../controller/store/ingest.ts';
import type { DeviceSnapshot } from '../../controller/store/types.ts';
import { encode, type MessageInput } from '../../proto/codec.ts';
import { eventTypeOf, workloadStatusOf } from '../../proto/names.ts';
import { topics } from '../../proto/topics.ts';
import { startTestBroker, testLogger } from '../helpers/broker-fixtures.ts';
import { connectClient } from '../helpers/broker-mqtt.ts';
import { Teardown, teardownEach } from '../helpers/broker-teardown.ts';

const teardown = teardownEach();
const logger = testLogger();

interface Controller {
  store: FleetStore;
  ingest: FleetIngest;
  client: MqttClient;
}

async function startStore(
  t: Teardown,
  mqttUrl: string,
  dataDir: string,
  opts: { now?: () => number; staleAfterMs?: number } = {},
): Promise<Controller> {
  const store = new FleetStore({ dataDir, logger, staleAfterMs: opts.staleAfterMs ?? 30_000, ...opts });
  await store.open();
  t.add('fleet store', () => store.close());
  const client = await connectAsync(mqttUrl, { protocolVersion: 4, reconnectPeriod: 0 });
  t.add('controller client', () => client.endAsync(true));
  const ingest = new FleetIngest({ client, store, logger });
  await ingest.start();
  t.add('fleet ingest', () => ingest.stop());
  return { store, ingest, client };
}

/** Resolves once probe() returns something truthy, checked now and after every store change. */
function until<T>(store: FleetStore, what: string, probe: () => T | undefined | null | false, ms = 5_000) {
  return new Promise<T>((resolve, reject) => {
    const finish = () => {
      clearTimeout(timer);
      store.off('change', check);
    };
    const check = () => {
      const value = probe();
      if (!value) return;
      finish();
      resolve(value);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    store.on('change', check);
    check();
  });
}

const healthIs = (store: FleetStore, name: string, health: DeviceSnapshot['health']) =>
  until(store, `${name} ${health}`, () => store.device(name)?.health === health && store.device(name));

function presence(online: boolean, since_ms: number): Buffer {
  return Buffer.from(encode('presence', { online, since_ms, boot_id: 'boot-1', daemon_version: 't' }));
}

/** A device client: its Last Will is the offline presence, as the daemon registers it. */
async function device(t: Teardown, mqttUrl: string, name: string) {
  const since = Date.now();
  const { client } = await connectClient(t, mqttUrl, {
    clientId: `dev-${name}`,
    will: { topic: topics.presence(name), payload: presence(false, since), qos: 1, retain: true },
  });
  const publish = (topic: string, payload: Uint8Array, retain = true, qos: 0 | 1 = 1) =>
    client.publishAsync(topic, Buffer.from(payload), { qos, retain });
  return {
    client,
    online: () => publish(topics.presence(name), presence(true, since)),
    status: (seq: number, extra: Partial<MessageInput<'status'>> = {}) =>
      publish(topics.status(name), encode('status', { device: name, seq, boot_id: 'boot-1', ...extra })),
    workload: (w: string, status: 'running' | 'failed', run_count = 1) =>
      publish(
        topics.workload(name, w),
        encode('workload', { name: w, status: workloadStatusOf(status), run_count }),
      ),
    clearWorkload: (w: string) => publish(topics.workload(name, w), new Uint8Array()),
    heartbeat: (seq: number) => publish(topics.heartbeat(name), encode('heartbeat', { seq }), false, 0),
    event: (seq: number, type = 'started') =>
      publish(
        topics.events(name),
        encode('events', { seq, type: eventTypeOf(type), boot_id: 'boot-1' }),
        false,
      ),
    raw: (topic: string, payload: Uint8Array) => publish(topic, payload, false),
  };
}

function tempDir(t: Teardown): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-store-ingest-'));
  t.add(`temp dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('fleet store ingest from a real broker', () => {
  it('is online from presence and offline at once when the Last Will fires', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });
    const { store } = await startStore(teardown, mqttUrl, tempDir(teardown));
    const d = await device(teardown, mqttUrl, 'pi-1');
    await d.online();
    const online = await healthIs(store, 'pi-1', 'online');
    // Delivered live (not as a retained copy on subscribe), so it counts as hearing from it.
    expect(online.last_seen_ms).not.toBeNull();
    // The socket dies without DISCONNECT: only the broker can tell, with the will.
    d.client.stream.destroy();
    const offline = await healthIs(store, 'pi-1', 'offline');
    expect(offline).toMatchObject({ online: false, presence: { online: false, boot_id: 'boot-1' } });
  });

  it('tells stale (silent, presence online) from offline (Last Will), with an injected clock', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });
    const clock = { t: 1_000_000 };
    const { store } = await startStore(teardown, mqttUrl, tempDir(teardown), {
      now: () => clock.t,
      staleAfterMs: 200,
    });
    const beating = await device(teardown, mqttUrl, 'beating');
    const silent = await device(teardown, mqttUrl, 'silent');
    await beating.online();
    await silent.online();
    await healthIs(store, 'silent', 'online');
    await beating.heartbeat(1);
    await until(store, 'first heartbeat', () => store.device('beating')?.heartbeat?.seq === 1);

    clock.t += 201;
    store.checkHealth();
    expect(store.device('beating')?.health).toBe('stale');
    expect(store.device('silent')?.health).toBe('stale');

    await beating.heartbeat(2);
    await healthIs(store, 'beating', 'online');
    silent.client.stream.destroy();
    await healthIs(store, 'silent', 'offline');
    clock.t += 100;
    store.checkHealth();
    expect(store.device('beating')?.health).toBe('online');
    expect(store.device('silent')?.health).toBe('offline');
  });

  it('stores events once when they are delivered again', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });
    const { store } = await startStore(teardown, mqttUrl, tempDir(teardown));
    const d = await device(teardown, mqttUrl, 'pi-1');
    await d.event(1, 'started');
    await d.event(2, 'exited');
    await d.event(2, 'exited'); // what a QoS 1 redelivery looks like to the store
    await d.event(1, 'started');
    await d.event(3, 'restarted');
    await until(store, 'event 3', () => store.events('pi-1', { limit: 1 })[0]?.seq === 3);
    expect(store.events('pi-1').map((e) => [e.seq, e.type])).toEqual([
      [3, 'restarted'],
      [2, 'exited'],
      [1, 'started'],
    ]);
    expect(store.runHistory('pi-1').map((e) => e.seq)).toEqual([2]);
    expect(store.stats()).toMatchObject({ duplicates: 2, events: 3 });
  });

  it('removes a workload when its retained topic is cleared with an empty payload', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });
    const { store } = await startStore(teardown, mqttUrl, tempDir(teardown));
    const d = await device(teardown, mqttUrl, 'pi-1');
    await d.workload('svc', 'running');
    await d.workload('job', 'failed');
    await until(store, 'two workloads', () => store.device('pi-1')?.workloads.length === 2);
    const cleared = until(store, 'the clear', () => store.device('pi-1')?.workloads.length === 1);
    await d.clearWorkload('svc');
    await cleared;
    expect(store.device('pi-1')?.workloads.map((w) => w.name)).toEqual(['job']);
    expect(store.device('pi-1')?.counts).toEqual({ running: 0, failed: 1, total: 1 });
  });

  it('counts garbage and goes on ingesting', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });
    const { store } = await startStore(teardown, mqttUrl, tempDir(teardown));
    const d = await device(teardown, mqttUrl, 'pi-1');
    await d.raw(topics.status('pi-1'), Buffer.from('definitely not protobuf \xff\xff'));
    await d.raw('mc/pi-1/events', Buffer.from([0x08, 0xff]));
    await d.raw('mc/pi-1/heartbeat', Buffer.from([0x0a]));
    await d.status(1, { release: 'fine' }); // QoS 1 from one client: arrives after the garbage
    await until(store, 'the good status', () => store.device('pi-1')?.release === 'fine');
    expect(store.stats()).toMatchObject({ rejected: 3, ingested: 1 });
  });

  it('rebuilds presence, status and workloads from retained topics after the store was deleted', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });
    const dataDir = tempDir(teardown);
    // The first controller is closed by hand, half-way through the test.
    const first = new Teardown();
    const a = await startStore(first, mqttUrl, dataDir);
    const devices = [await device(teardown, mqttUrl, 'pi-1'), await device(teardown, mqttUrl, 'pi-2')];
    for (const [i, d] of devices.entries()) {
      await d.online();
      await d.status(5, { release: `r${i}`, tags: ['lab'] });
      await d.workload('svc', 'running', 3);
      await d.workload('job', 'failed');
      await d.event(1);
    }
    const complete = (store: FleetStore) =>
      ['pi-1', 'pi-2'].every(
        (n) => store.device(n)?.workloads.length === 2 && store.device(n)?.status !== null,
      );
    await until(a.store, 'both devices', () => complete(a.store));
    const before = a.store.devices();
    await first.run();

    rmSync(join(dataDir, 'fleet'), { recursive: true, force: true });
    const b = await startStore(teardown, mqttUrl, dataDir);
    await until(b.store, 'both devices again', () => complete(b.store));
    const comparable = (d: DeviceSnapshot) => ({
      name: d.name,
      health: d.health,
      online: d.online,
      presence: d.presence,
      status: d.status,
      release: d.release,
      tags: d.tags,
      workloads: d.workloads,
      counts: d.counts,
    });
    expect(b.store.devices().map(comparable).sort(byName)).toEqual(before.map(comparable).sort(byName));
    // Events are history, not retained: they do not come back; retained copies are not news.
    expect(b.store.events('pi-1')).toEqual([]);
    expect(b.store.device('pi-1')?.last_seen_ms).toBeNull();
  });

  it('starts and stops idempotently and stops feeding the store', async () => {
    const { mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });
    const { store, ingest, client } = await startStore(teardown, mqttUrl, tempDir(teardown));
    const listeners = client.listenerCount('message');
    await Promise.all([ingest.start(), ingest.start()]);
    expect(client.listenerCount('message')).toBe(listeners);
    await ingest.stop();
    await ingest.stop();
    expect(client.listenerCount('message')).toBe(listeners - 1);
    await ingest.start();
    const d = await device(teardown, mqttUrl, 'pi-9');
    await d.online();
    await healthIs(store, 'pi-9', 'online');
  });
});

const byName = (x: { name: string }, y: { name: string }) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);

// The controller's persistent MQTT session (clean: false): device events published while the
// controller is not connected reach its fleet store once it is back, with no hole in the
// device's event sequence. Real processes throughout: the controller is `mctl controller up`
// (stopped with SIGTERM, and SIGKILLed), the device a real `mctl up` daemon whose workload
// crashes and restarts all the time, so it produces events during every outage.
//   - embedded broker: while the controller is down the device holds its events in its
//     outbox; on restart the broker listens before the controller's client has connected, and
//     what the device sends in that window must be queued for the controller's session.
//   - external broker (Mosquitto): the device keeps publishing to the broker while the
//     controller is down; the broker acknowledges, so only the session's queue keeps them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync } from 'mqtt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBroker } from '../../broker/broker.ts';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller } from '../../controller/controller.ts';
import type { StoredEvent } from '../../controller/store/types.ts';
import { decode, encode } from '../../proto/codec.ts';
import { eventTypeName } from '../../proto/names.ts';
import { topics } from '../../proto/topics.ts';
import { makeTempDir, testLogger } from '../helpers/broker-fixtures.ts';
import { type Teardown, teardownEach } from '../helpers/broker-teardown.ts';
import { killAllChildren, type RunningChild, runMctl } from '../helpers/child.ts';
import { SimDevice } from '../helpers/controller-sim-device.ts';
import {
  type Api,
  type ControllerProcess,
  startControllerProcess,
  TOKEN,
} from '../helpers/deploy-real-fleet.ts';
import { type DaemonFixture, daemonFixture } from '../helpers/fleet-daemon.ts';
import { freePort, startMosquitto } from '../helpers/mosquitto.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());

const WAIT = { timeout: 30_000, interval: 200 };

/** Exits after a moment and is restarted at once, for ever: ~3 events a second. */
const FLAP_YAML = [
  'name: flap',
  'type: service',
  'run_mode: forever',
  'command: "sleep 0.2; exit 3"',
  'restart_delay: 0.1',
  'restart_backoff: { factor: 1 }',
  'crash_loop: { max_failures: 1000000, window: 1 }',
  'stop_timeout: 1',
  '',
].join('\n');

function flappingDevice(t: Teardown, device: string, brokerUrl: string, fleet?: string): DaemonFixture {
  const fixture = daemonFixture(t, { device, brokerUrl, workloads: [], ...(fleet ? { fleet } : {}) });
  writeFileSync(join(fixture.configDir, 'flap.yaml'), FLAP_YAML);
  return fixture;
}

/** How many runs the flapping workload has had, asked over the daemon's local socket. */
async function runsOf(fixture: DaemonFixture): Promise<number> {
  const r = await fixture.mctl(['--socket-path', fixture.socket, '--json', 'ls']);
  if (r.code !== 0) throw new Error(`mctl ls: ${r.err}`);
  const reply = JSON.parse(r.out) as { workloads?: { workloads?: { name: string; run_count?: number }[] } };
  return Number(reply.workloads?.workloads?.find((w) => w.name === 'flap')?.run_count ?? 0);
}

/** Waits (polling the device itself) until the workload ran `more` more times. */
async function moreRuns(fixture: DaemonFixture, more: number): Promise<void> {
  const from = await runsOf(fixture);
  await vi.waitFor(async () => expect(await runsOf(fixture)).toBeGreaterThanOrEqual(from + more), WAIT);
}

async function storedEvents(api: Api, device: string): Promise<StoredEvent[]> {
  const res = await api<StoredEvent[]>('GET', `/api/fleet/clients/${device}/events?limit=1000`);
  return res.status === 200 ? res.body : [];
}

/** Seqs missing between the smallest and the largest stored one. */
function holes(seqs: number[]): number[] {
  const have = new Set(seqs);
  const missing: number[] = [];
  for (let s = Math.min(...seqs); s <= Math.max(...seqs); s++) if (!have.has(s)) missing.push(s);
  return missing;
}

/** Stops the workload on the box and waits until its `stopped` event is in the store. */
async function stopAndSettle(api: Api, fixture: DaemonFixture, device: string): Promise<StoredEvent[]> {
  const stop = await fixture.mctl(['--socket-path', fixture.socket, 'stop', 'flap']);
  expect(stop.code).toBe(0);
  let events: StoredEvent[] = [];
  await vi.waitFor(async () => {
    events = await storedEvents(api, device);
    expect(events.some((e) => e.type === 'stopped' && e.workload === 'flap')).toBe(true);
  }, WAIT);
  return events;
}

describe('the controller session keeps device events while the controller is away', () => {
  it('embedded broker: events sent while the broker runs but the controller client is not yet connected are queued for it', async () => {
    // The start-up window made deterministic: the controller's data dir served by its broker
    // alone (as between broker.start() and the client's CONNECT), a device publishing into it.
    const dir = await makeTempDir(teardown, 'mc-session-window-');
    const config = controllerConfigFrom({ port: 0, data_dir: 'data', broker: { mqtt_port: 0 } }, dir);
    const run = async () => {
      const controller = new Controller({ config, logger: testLogger(), version: 'test' });
      teardown.add('controller', () => controller.stop());
      await controller.start();
      return controller;
    };
    await (await run()).stop(); // a first run leaves its session (subscriptions) in the broker store

    const broker = createBroker({ dataDir: config.data_dir, tcp: { port: 0 }, logger: testLogger() });
    teardown.add('broker alone', () => broker.stop());
    const { mqtt } = await broker.start();
    const device = await SimDevice.connect(teardown, mqtt as string, 'win-1');
    const sent: number[] = [];
    for (let i = 0; i < 5; i++)
      sent.push(await device.publishEvent({ type: 2, workload: 'w', message: `e${i}` }));
    await device.client.endAsync();
    await broker.stop();

    const controller = await run();
    await vi.waitFor(
      () =>
        expect((controller.store?.events('win-1') ?? []).map((e) => e.seq).sort((a, b) => a - b)).toEqual(
          sent,
        ),
      WAIT,
    );
  });

  it('embedded broker: live events that overtake the queued ones (Aedes streams the queue after live delivery began) leave no gap', async () => {
    const QUEUED = 3000;
    const LIVE = 200;
    const dir = await makeTempDir(teardown, 'mc-session-overtake-');
    const port = await freePort();
    const config = controllerConfigFrom(
      { port: 0, data_dir: 'data', events_per_device: 5000, broker: { mqtt_port: port, websocket: false } },
      dir,
    );
    const run = async () => {
      const controller = new Controller({ config, logger: testLogger(), version: 'test' });
      teardown.add('controller', () => controller.stop());
      await controller.start();
      return controller;
    };
    const first = await run();
    const { password } = await (first.registry as NonNullable<typeof first.registry>).add('ovt-1', {
      brokerUrls: [`mqtt://127.0.0.1:${port}`],
    });
    await first.stop();
    const event = (seq: number) =>
      Buffer.from(encode('events', { seq, ts_ms: Date.now(), type: 2, message: 'e' }));
    const publishAll = (client: Awaited<ReturnType<typeof connectAsync>>, from: number, n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          client.publishAsync(topics.events('ovt-1'), event(from + i), { qos: 1 }),
        ),
      );

    // A big queue for the controller's session (the broker alone, as in the start-up window) ...
    const broker = createBroker({ dataDir: config.data_dir, tcp: { port: 0 }, logger: testLogger() });
    teardown.add('broker alone', () => broker.stop());
    const { mqtt } = await broker.start();
    const queued = await connectAsync(mqtt as string, {
      protocolVersion: 4,
      clientId: 'mc-dev-ovt-1',
      clean: false,
    });
    await publishAll(queued, 1, QUEUED);
    await queued.endAsync();
    await broker.stop();

    // ... and the device's next events sent live while the controller is still being handed it.
    const controller = await run();
    const live = await connectAsync(`mqtt://127.0.0.1:${port}`, {
      protocolVersion: 4,
      clientId: 'mc-dev-ovt-1',
      clean: false,
      username: 'ovt-1',
      password,
    });
    teardown.add('live device', () => live.endAsync(true));
    await publishAll(live, QUEUED + 1, LIVE);
    const store = controller.store as NonNullable<typeof controller.store>;
    await vi.waitFor(() => expect(store.stats().ingested).toBeGreaterThanOrEqual(QUEUED + LIVE), WAIT);
    const seqs = store.events('ovt-1', { limit: 5000 }).map((e) => e.seq);
    expect(seqs.length).toBe(QUEUED + LIVE);
    expect(holes(seqs)).toEqual([]);
    expect(store.stats()).toMatchObject({ gaps: 0, duplicates: 0 });
  });

  it('embedded broker: no hole in the event sequence across a SIGTERM and a SIGKILL of the controller', async () => {
    const ctl: ControllerProcess = await startControllerProcess(teardown);
    const name = 'sess-emb';
    const reg = await ctl.api<{ password: string }>('POST', '/api/devices', { name });
    expect(reg.status).toBe(201);
    const fixture = flappingDevice(
      teardown,
      name,
      ctl.mqtt,
      `  username: ${name}\n  password: ${reg.body.password}`,
    );
    await fixture.up();
    await vi.waitFor(async () => expect((await storedEvents(ctl.api, name)).length).toBeGreaterThan(3), WAIT);

    const outages: { signal: NodeJS.Signals; storedBefore: number }[] = [];
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const storedBefore = Math.max(...(await storedEvents(ctl.api, name)).map((e) => e.seq));
      await ctl.child.kill(signal);
      await moreRuns(fixture, 3); // events of these runs wait in the device's outbox
      await ctl.restart();
      outages.push({ signal, storedBefore });
      // The outage's events arrive, and the device goes on producing.
      await vi.waitFor(async () => {
        const seqs = (await storedEvents(ctl.api, name)).map((e) => e.seq);
        expect(Math.max(...seqs)).toBeGreaterThan(storedBefore + 6);
      }, WAIT);
    }

    const events = await stopAndSettle(ctl.api, fixture, name);
    const seqs = events.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(seqs.length); // duplicates were dropped by seq
    expect(holes(seqs)).toEqual([]);
    for (const o of outages) expect(Math.max(...seqs)).toBeGreaterThan(o.storedBefore + 6);
  }, 120_000);

  it('external broker (Mosquitto): events published while the controller process is stopped all reach its store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-session-ext-'));
    teardown.add(`dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
    const mosquitto = await startMosquitto(dir);
    teardown.add('mosquitto', () => mosquitto.stop());
    const ctl = await externalController(teardown, dir, mosquitto.url);
    const name = 'sess-ext';

    // Everything the device published, as the broker saw it (an independent subscriber).
    const observer = await connectAsync(mosquitto.url, { protocolVersion: 4, clientId: 'sess-observer' });
    teardown.add('observer', () => observer.endAsync(true));
    const published = new Map<number, string>();
    observer.on('message', (_topic, payload) => {
      const r = decode('events', payload);
      if (r.ok) published.set(Number(r.value.seq), eventTypeName(r.value.type));
    });
    await observer.subscribeAsync(topics.events(name), { qos: 1 });

    const fixture = flappingDevice(teardown, name, mosquitto.url);
    await fixture.up();
    await vi.waitFor(async () => expect((await storedEvents(ctl.api, name)).length).toBeGreaterThan(3), WAIT);

    await ctl.stop();
    const before = new Set(published.keys());
    await vi.waitFor(() => expect(published.size).toBeGreaterThanOrEqual(before.size + 6), WAIT);
    const publishedWhileDown = [...published.keys()].filter((s) => !before.has(s));
    await ctl.start();

    const events = await stopAndSettle(ctl.api, fixture, name);
    const stored = new Set(events.map((e) => e.seq));
    const lost = [...published.keys()].filter((s) => !stored.has(s));
    expect(publishedWhileDown.length).toBeGreaterThanOrEqual(6);
    expect(lost).toEqual([]);
    expect(holes([...stored])).toEqual([]);
  }, 90_000);
});

/** `mctl controller up` against an external broker; stop() and start() on the same data dir. */
async function externalController(
  t: Teardown,
  dir: string,
  brokerUrl: string,
): Promise<{ api: Api; stop(): Promise<void>; start(): Promise<void> }> {
  const port = await freePort();
  const file = join(dir, 'controller.yaml');
  writeFileSync(file, `port: ${port}\ndata_dir: data\napi_token: ${TOKEN}\nbroker:\n  url: ${brokerUrl}\n`);
  const http = `http://127.0.0.1:${port}`;
  let child: RunningChild | undefined;
  const start = async () => {
    const c = runMctl(['controller', 'up', '-c', file, '--json'], { MC_LOG_LEVEL: 'warn' });
    t.add('controller process', () => c.kill('SIGKILL'));
    await c.waitForLine((l) => l.includes('"listening"'), 20_000);
    child = c;
  };
  await start();
  return {
    async api<T>(method: string, path: string) {
      const res = await fetch(`${http}${path}`, { method, headers: { authorization: `Bearer ${TOKEN}` } });
      return { status: res.status, body: (await res.json()) as T };
    },
    async stop() {
      await child?.kill('SIGTERM');
    },
    start,
  };
}

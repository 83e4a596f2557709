// The fleet simulator (bench/sim) must speak the contract, or the ingest benchmark measures
// nothing: 20 simulated devices, registered with real generated credentials, against a real
// controller (embedded broker, registry ACL, fleet store, API). They show up online with
// their workloads and events, answer a command through the API, and go offline through
// their Last Will when the simulator process is killed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync } from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { simDeviceName } from '../../bench/sim/options.ts';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller } from '../../controller/controller.ts';
import { decodeTopic } from '../../proto/codec.ts';
import { filters } from '../../proto/topics.ts';
import { testLogger } from '../helpers/broker-fixtures.ts';
import { teardownEach } from '../helpers/broker-teardown.ts';
import { waitFor } from '../helpers/broker-wait.ts';
import { killAllChildren, runChild } from '../helpers/child.ts';

const teardown = teardownEach();
afterEach(() => killAllChildren());
const TOKEN = 'sim-contract-operator-token-0123';
const N = 20;

async function startController() {
  const dir = mkdtempSync(join(tmpdir(), 'mc-sim-contract-'));
  teardown.add('temp dir', () => rmSync(dir, { recursive: true, force: true }));
  const config = controllerConfigFrom(
    {
      port: 0,
      data_dir: 'data',
      api_token: TOKEN,
      broker: { mqtt_port: 0, websocket: false },
    },
    dir,
  );
  const controller = new Controller({ config, logger: testLogger(), version: '0.0.0-test' });
  const addresses = await controller.start();
  teardown.add('controller', () => controller.stop());
  return { controller, addresses, dir };
}

describe('fleet simulator against a real controller', () => {
  it('brings 20 devices online with workloads and events, answers commands, and fires wills', async () => {
    const { controller, addresses, dir } = await startController();
    const registry = controller.registry;
    const store = controller.store;
    if (!registry || !store || !addresses.mqtt) throw new Error('controller not started');
    const lines: string[] = [];
    for (let i = 0; i < N; i++) {
      const name = simDeviceName('sim-', i);
      const credentials = await registry.add(name, { brokerUrls: [addresses.mqtt] });
      lines.push(`${name} ${credentials.password}`);
    }
    const credentialsFile = join(dir, 'credentials');
    writeFileSync(credentialsFile, `${lines.join('\n')}\n`, { mode: 0o600 });

    // Fast heartbeats and heavy churn so that events flow within the test's time.
    const sim = runChild(process.execPath, [
      '--import',
      'tsx',
      'bench/sim/main.ts',
      ...['--broker', addresses.mqtt, '--devices', String(N), '--credentials', credentialsFile],
      ...['--heartbeat', '1', '--churn-state', '1', '--churn-reconnect', '0', '--report', '1'],
    ]);
    await waitFor(
      `${N} simulated devices online with 10 workloads and a status`,
      () => {
        const devices = store.devices().filter((d) => d.name.startsWith('sim-'));
        return (
          devices.length === N &&
          devices.every((d) => d.health === 'online' && d.workloads.length === 10 && d.status !== null)
        );
      },
      20_000,
    );
    await waitFor('events from the churn', () => store.stats().events >= 5, 15_000);
    expect(store.stats().rejected).toBe(0);

    const api = async (path: string, method = 'GET') => {
      const res = await fetch(`${addresses.http}${path}`, {
        method,
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const online = await api('/api/fleet/clients?health=online');
    expect(online.status).toBe(200);
    expect(online.body).toHaveLength(N);

    const device = simDeviceName('sim-', 3);
    // Churn may change w02 again right after the stop: record the stop as the store saw it.
    let stoppedInStore = false;
    store.on('change', (change) => {
      if (change.kind === 'workload' && change.device === device && change.workload?.status === 'stopped') {
        stoppedInStore ||= change.name === 'w02';
      }
    });
    const status = await api(`/api/fleet/clients/${device}/workloads/w01`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      ok: true,
      device,
      result: 'detail',
      detail: { state: { name: 'w01' } },
    });
    const stop = await api(`/api/fleet/clients/${device}/workloads/w02/stop`, 'POST');
    expect(stop.body).toMatchObject({ ok: true, workload: { name: 'w02', status: 'stopped' } });
    const missing = await api(`/api/fleet/clients/${device}/workloads/nope/start`, 'POST');
    expect(missing.status).toBe(404);
    await waitFor('the stop in the store through the retained state', () => stoppedInStore);

    const replied = (line: string) => (JSON.parse(line) as { replies: number }).replies >= 3;
    const report = JSON.parse(await sim.waitForLine(replied, 10_000)) as { errors: number; commands: number };
    expect(report).toMatchObject({ errors: 0, commands: 3 });

    // No DISCONNECT: the broker publishes every device's Last Will (retained, QoS 1). Checked
    // on the bus: what the store makes of a will is the controller's concern, not the sim's.
    const watcher = await connectAsync(addresses.mqtt, {
      protocolVersion: 4,
      clientId: 'sim-contract-watcher',
      username: 'operator',
      password: TOKEN,
    });
    teardown.add('watcher', () => watcher.endAsync(true));
    const wills = new Set<string>();
    watcher.on('message', (topic, payload, packet) => {
      const decoded = decodeTopic(topic, payload);
      if (!packet.retain && decoded.ok && decoded.kind === 'presence' && decoded.message?.online === false) {
        expect(decoded.message.reason).toBe('connection lost');
        wills.add(decoded.topic.device);
      }
    });
    await watcher.subscribeAsync(filters.presence(), { qos: 1 });
    await sim.kill('SIGKILL');
    await waitFor("every device's will", () => wills.size === N, 15_000);
    console.log(
      store
        .devices()
        .map((d) => d.health)
        .join(','),
    );
    expect(store.stats().gaps).toBe(0);
  });
});

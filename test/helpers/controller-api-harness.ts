// A controller assembled from its real parts for API and live-feed tests: an embedded broker
// on an ephemeral port, the device registry and fleet store on real LMDB in a temp dir, the
// store fed from the bus by the real ingest, the command client, metrics, and the Fastify app
// from buildApi (not listening unless a test asks). Devices: controller-sim-device.ts, or a
// real daemon process (fleet-daemon.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { open } from 'lmdb';
import { connectAsync } from 'mqtt';
import { allowAll } from '../../broker/authorizer.ts';
import type { Broker } from '../../broker/broker.ts';
import { type ApiConfig, buildApi } from '../../controller/api/app.ts';
import { ControllerMetrics } from '../../controller/metrics.ts';
import { DeviceRegistry } from '../../controller/registry/device-registry.ts';
import { FleetStore } from '../../controller/store/fleet-store.ts';
import { FleetIngest } from '../../controller/store/ingest.ts';
import { CommandClient } from '../../proto/command-client.ts';
import { startTestBroker, testLogger } from './broker-fixtures.ts';
import type { Teardown } from './broker-teardown.ts';

export const TEST_TOKEN = 'test-operator-token-0123456789';
export const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

export interface ControllerHarness {
  app: FastifyInstance;
  store: FleetStore;
  registry: DeviceRegistry;
  broker: Broker;
  metrics: ControllerMetrics;
  mqttUrl: string;
  dir: string;
}

export interface HarnessOptions {
  config?: Partial<ApiConfig>;
  staleAfterMs?: number;
}

function tempDir(teardown: Teardown, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  teardown.add(`temp dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function startController(
  teardown: Teardown,
  opts: HarnessOptions = {},
): Promise<ControllerHarness> {
  const logger = testLogger();
  const dir = tempDir(teardown, 'mc-controller-api-');
  const { broker, mqttUrl } = await startTestBroker(teardown, { authorizer: allowAll() });

  const registryDb = open({ path: join(dir, 'registry'), maxDbs: 4 });
  teardown.add('registry lmdb', () => registryDb.close());
  const registry = new DeviceRegistry({ root: registryDb, logger });
  const store = new FleetStore({ dataDir: dir, logger, staleAfterMs: opts.staleAfterMs ?? 30_000 });
  await store.open();
  teardown.add('fleet store', () => store.close());

  const client = await connectAsync(mqttUrl, {
    protocolVersion: 4,
    clientId: 'mc-controller',
    reconnectPeriod: 0,
  });
  teardown.add('controller mqtt client', () => client.endAsync());
  const ingest = new FleetIngest({ client, store, logger });
  await ingest.start();
  teardown.add('fleet ingest', () => ingest.stop());
  const commands = new CommandClient({ client, replyName: 'mc-controller', issuer: 'mc-controller' });
  await commands.start();
  teardown.add('command client', () => commands.stop());

  const metrics = new ControllerMetrics({ store, broker });
  teardown.add('metrics', () => metrics.stop());
  const app = await buildApi({
    store,
    registry,
    commands,
    metrics,
    broker,
    logger,
    config: {
      apiToken: TEST_TOKEN,
      readAuth: 'open',
      deviceBrokerUrls: [mqttUrl],
      commandTimeoutMs: 2_000,
      commandExpiryMs: 600_000,
      liveMaxMessagesPerSecond: 20,
      version: '0.0.0-test',
      ...opts.config,
    },
  });
  teardown.add('api app', () => app.close());
  await app.ready();
  return { app, store, registry, broker, metrics, mqttUrl, dir };
}

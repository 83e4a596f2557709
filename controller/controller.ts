// The controller process: the embedded broker (unless an external one is configured), the
// device registry and its broker ACL, the fleet store fed from the bus, the command client,
// and the HTTP API + live feed + metrics on one port.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { open, type RootDatabase } from 'lmdb';
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { type Broker, createBroker } from '../broker/broker.ts';
import { CommandClient } from '../proto/command-client.ts';
import { keepNoDelay } from '../proto/mqtt-nodelay.ts';
import { topics } from '../proto/topics.ts';
import { buildApi } from './api/app.ts';
import { registerDeployRoutes } from './api/deploy-routes.ts';
import { registerReleaseRoutes } from './api/release-routes.ts';
import { registerTaskRoutes } from './api/task-routes.ts';
import { fleetAuthorizer } from './auth/fleet-authorizer.ts';
import type { LoadedControllerConfig } from './config/load.ts';
import { Deployer } from './deploy/deployer.ts';
import { ControllerMetrics } from './metrics.ts';
import { DeviceRegistry } from './registry/device-registry.ts';
import { ReleaseDb } from './releases/release-db.ts';
import { ReleasePublisher } from './releases/release-publisher.ts';
import { ReleaseStore } from './releases/release-store.ts';
import { FleetStore } from './store/fleet-store.ts';
import { FleetIngest } from './store/ingest.ts';
import { TaskQueue } from './tasks/task-queue.ts';

/** The controller's own MQTT client id; also the name of its reply topic. */
export const CONTROLLER_CLIENT_ID = 'mc-controller';

export interface ControllerAddresses {
  http: string;
  mqtt?: string;
  ws?: string;
}

interface Parts {
  registryDb: RootDatabase;
  registry: DeviceRegistry;
  store: FleetStore;
  broker?: Broker;
  client: MqttClient;
  ingest: FleetIngest;
  commands: CommandClient;
  metrics: ControllerMetrics;
  app: FastifyInstance;
  healthTimer: NodeJS.Timeout;
  addresses: ControllerAddresses;
  releaseDb: ReleaseDb;
  releases: ReleaseStore;
  deployer: Deployer;
  tasks: TaskQueue;
}

/** Room for the MQTT header and the Release message's own fields around the files. */
const RELEASE_PACKET_OVERHEAD = 64 * 1024;

export class Controller {
  readonly #config: LoadedControllerConfig;
  readonly #logger: Logger;
  readonly #version: string;
  readonly #uiDir: string | undefined;
  readonly #releaseLimitBytes: number;
  #parts: Parts | undefined;
  #stopping: Promise<void> | undefined;

  constructor(opts: {
    config: LoadedControllerConfig;
    logger: Logger;
    version: string;
    uiDir?: string;
    /** Largest release (total file bytes), default 16 MiB. */
    releaseLimitBytes?: number;
  }) {
    this.#config = opts.config;
    this.#releaseLimitBytes = opts.releaseLimitBytes ?? opts.config.release_max_bytes;
    this.#logger = opts.logger.child({ component: 'controller' });
    this.#version = opts.version;
    this.#uiDir = opts.uiDir;
  }

  get registry(): DeviceRegistry | undefined {
    return this.#parts?.registry;
  }

  get store(): FleetStore | undefined {
    return this.#parts?.store;
  }

  get releases(): ReleaseStore | undefined {
    return this.#parts?.releases;
  }

  /** Emits 'change' ({kind: 'deployment'}) on every persisted step, for the live feed. */
  get deployer(): Deployer | undefined {
    return this.#parts?.deployer;
  }

  /** Emits 'change' ({kind: 'task'}) on every persisted change of a task. */
  get tasks(): TaskQueue | undefined {
    return this.#parts?.tasks;
  }

  /** Broker URLs devices should be given in their fleet block. */
  deviceBrokerUrls(): string[] {
    const b = this.#config.broker;
    if (b.public_urls) return b.public_urls;
    if (b.url) return b.url;
    return this.#parts?.addresses.mqtt ? [this.#parts.addresses.mqtt] : [];
  }

  async start(): Promise<ControllerAddresses> {
    if (this.#parts) return this.#parts.addresses;
    const c = this.#config;
    mkdirSync(c.data_dir, { recursive: true });
    // The registry lives apart from the fleet store, so deleting the store (it rebuilds from
    // retained topics) never loses device credentials.
    const registryDb = open({ path: join(c.data_dir, 'registry'), maxDbs: 4 });
    const registry = new DeviceRegistry({
      root: registryDb,
      logger: this.#logger,
      passwordHash: c.device_password_hash,
    });
    const store = new FleetStore({
      dataDir: c.data_dir,
      logger: this.#logger,
      staleAfterMs: c.stale_after * 1000,
      eventsPerDevice: c.events_per_device,
      auditLimit: c.audit_limit,
    });
    await store.open();
    const releaseDb = ReleaseDb.open(c.data_dir);
    const releases = new ReleaseStore({ db: releaseDb, limitBytes: this.#releaseLimitBytes });

    let broker: Broker | undefined;
    let mqttUrls: string[];
    const addresses: ControllerAddresses = { http: '' };
    if (c.broker.url) {
      mqttUrls = c.broker.url;
    } else {
      broker = createBroker({
        dataDir: c.data_dir,
        tcp: { host: c.broker.mqtt_host, port: c.broker.mqtt_port },
        ...(c.tls ? { tls: c.tls } : {}),
        authorizer: fleetAuthorizer({
          registry,
          operatorToken: c.api_token,
          ...(c.observer_token ? { observerToken: c.observer_token } : {}),
        }),
        limits: { maxPacketBytes: c.broker.max_packet_bytes },
        // Operators (this controller among them) publish whole release bundles; devices keep the default.
        packetLimitOf: (identity) =>
          identity.role === 'operator'
            ? Math.max(c.broker.max_packet_bytes, this.#releaseLimitBytes + RELEASE_PACKET_OVERHEAD)
            : undefined,
        logger: this.#logger,
      });
      const bound = await broker.start();
      addresses.mqtt = bound.mqtt;
      mqttUrls = bound.mqtt ? [bound.mqtt] : [];
      const embedded = broker;
      // A removed device loses its live session at once, not at its next reconnect.
      registry.on('removed', (name: string) => {
        const client = (embedded.aedes as unknown as { clients: Record<string, { close(): void }> }).clients[
          `mc-dev-${name}`
        ];
        client?.close();
      });
    }

    const client = this.#client(mqttUrls);
    // Its retained telemetry goes too, or the device would come back with the next rebuild.
    registry.on('removed', (name: string) => void this.#clearRetained(client, store, name));
    const ingest = new FleetIngest({ client, store, logger: this.#logger });
    // Before the connection: the session's queued messages (events published while this
    // controller was away) arrive right after the CONNACK, before any SUBSCRIBE is answered.
    ingest.listen();
    try {
      await this.#connected(client);
    } catch (err) {
      await client.endAsync(true).catch(() => {});
      throw err;
    }
    await ingest.start();
    const commands = new CommandClient({
      client,
      replyName: CONTROLLER_CLIENT_ID,
      issuer: CONTROLLER_CLIENT_ID,
      defaultTimeoutMs: c.command_timeout * 1000,
      defaultExpiresInMs: c.command_expiry * 1000,
    });
    await commands.start();
    const metrics = new ControllerMetrics({ store, ...(broker ? { broker } : {}) });
    const publisher = new ReleasePublisher({ client, store: releases });
    const deployer = new Deployer({
      db: releaseDb,
      releases,
      publisher,
      client,
      store,
      registry,
      logger: this.#logger,
    });
    const tasks = new TaskQueue({
      dataDir: c.data_dir,
      store,
      registry,
      commands,
      client,
      logger: this.#logger,
      metricsRegistry: metrics.registry,
      replyTimeoutMs: c.command_timeout * 1000,
      lostAfterMs: c.task_lost_after * 1000,
      keep: c.tasks_keep,
    });
    await tasks.start();
    const app = await buildApi({
      store,
      registry,
      commands,
      metrics,
      config: {
        apiToken: c.api_token,
        readAuth: c.read_auth,
        deviceBrokerUrls: c.broker.public_urls ?? c.broker.url ?? mqttUrls,
        commandTimeoutMs: c.command_timeout * 1000,
        commandExpiryMs: c.command_expiry * 1000,
        liveMaxMessagesPerSecond: c.live_max_messages_per_second,
        version: this.#version,
      },
      ...(broker && c.broker.websocket ? { broker } : {}),
      ...(this.#uiDir ? { uiDir: this.#uiDir } : {}),
      ...(c.tls ? { https: { cert: readFileSync(c.tls.cert), key: readFileSync(c.tls.key) } } : {}),
      logger: this.#logger,
      deployments: deployer,
      tasks,
      routes: [
        (api) => registerReleaseRoutes(api, { releases, publisher }),
        (api) => registerDeployRoutes(api, deployer),
        (api) => registerTaskRoutes(api, tasks),
      ],
    });
    const listening = await app.listen({ host: c.host, port: c.port });
    addresses.http = listening;
    if (broker && c.broker.websocket) addresses.ws = `${listening.replace(/^http/, 'ws')}/mqtt`;
    const healthTimer = setInterval(() => store.checkHealth(), Math.min(1000, (c.stale_after * 1000) / 4));
    // After ingest and the API: resumed deployments read the fleet and can be followed at once.
    await deployer.start();
    this.#parts = {
      registryDb,
      registry,
      store,
      ...(broker ? { broker } : {}),
      client,
      ingest,
      commands,
      metrics,
      app,
      healthTimer,
      addresses,
      releaseDb,
      releases,
      deployer,
      tasks,
    };
    this.#logger.info(addresses, 'controller started');
    return addresses;
  }

  /** Empty retained payloads delete a removed device's presence, status and workload states. */
  async #clearRetained(client: MqttClient, store: FleetStore, name: string): Promise<void> {
    const workloads = store.device(name)?.workloads.map((w) => w.name) ?? [];
    const retained = [
      topics.presence(name),
      topics.status(name),
      topics.desired(name),
      ...workloads.map((w) => topics.workload(name, w)),
    ];
    try {
      await Promise.all(
        retained.map((t) => client.publishAsync(t, Buffer.alloc(0), { qos: 1, retain: true })),
      );
    } catch (err) {
      this.#logger.warn({ err, device: name }, 'could not clear the retained topics of a removed device');
    }
  }

  /**
   * The controller's MQTT client, not yet connected (listeners go on first). Its session is
   * persistent (clean: false under a fixed client id): while the controller is stopped,
   * killed or cut off, the broker queues the QoS 1 telemetry its subscriptions match —
   * device events above all, which exist nowhere else once the broker acknowledged them —
   * and hands the queue over on the next connect. In embedded mode the subscriptions live in
   * the broker's LevelDB store, so devices that reconnect before this client after a restart
   * publish into the queue, not into nobody. Bounds and costs: docs/controller.md.
   */
  #client(urls: string[]): MqttClient {
    const c = this.#config;
    const [first, ...rest] = urls;
    if (!first) throw new Error('no broker URL to connect to');
    const external = c.broker.url !== undefined;
    const options: IClientOptions = {
      protocolVersion: 4,
      clientId: CONTROLLER_CLIENT_ID,
      clean: false,
      reconnectPeriod: 1000,
      manualConnect: true,
      username: external ? c.broker.username : 'operator',
      password: external ? c.broker.password : c.api_token,
      ...(rest.length > 0
        ? { servers: urls.map((u) => ({ host: new URL(u).hostname, port: Number(new URL(u).port) })) }
        : {}),
      ...(c.tls ? { ca: readFileSync(c.tls.ca ?? c.tls.cert) } : {}),
    };
    const client = connect(first, options);
    keepNoDelay(client);
    return client;
  }

  /** Connects and resolves on the first CONNACK; rejects on the first error (as connectAsync). */
  #connected(client: MqttClient): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const settle = (err?: Error) => {
        client.off('connect', onConnect);
        client.off('error', onError);
        client.off('end', onEnd);
        if (err) reject(err);
        else resolve();
      };
      const onConnect = () => settle();
      const onError = (err: Error) => settle(err);
      const onEnd = () => settle(new Error('the MQTT client ended before it connected'));
      client.on('connect', onConnect);
      client.on('error', onError);
      client.on('end', onEnd);
      client.connect();
    });
  }

  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  async #stop(): Promise<void> {
    const p = this.#parts;
    if (!p) return;
    clearInterval(p.healthTimer);
    await p.deployer.stop();
    await p.tasks.stop();
    // Pending commands end now (MC_ERR_UNAVAILABLE) instead of holding app.close() for their timeout.
    await p.commands.stop();
    await p.app.close();
    p.metrics.stop();
    // Disconnect first, then stop feeding the store: MQTT.js acknowledges what arrives in
    // between whether or not anyone listens. No UNSUBSCRIBE: the persistent session keeps
    // queueing for the next run (#client).
    await p.client.endAsync();
    await p.ingest.stop();
    if (p.broker) await p.broker.stop();
    await p.store.close();
    await p.registryDb.close();
    await p.releaseDb.close();
    this.#parts = undefined;
    this.#logger.info('controller stopped');
  }
}

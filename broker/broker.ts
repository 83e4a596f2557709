// The embeddable MQTT broker: Aedes behind our own listeners, guards and authorizer, with
// LevelDB persistence. The controller embeds it; `mctl broker up` runs it alone.
import type { Duplex } from 'node:stream';
import { Aedes } from 'aedes';
import type { Logger } from 'pino';
import { McError } from '../proto/errors.ts';
import { createAdmission } from './admission.ts';
import { type BrokerCounters, createAuthHooks } from './auth-hooks.ts';
import { type Authorizer, type ClientIdentity, type ConnectionMeta, loopbackOnly } from './authorizer.ts';
import { logAedesEvents } from './events-log.ts';
import { GuardedStream } from './guarded-stream.ts';
import { type BrokerLimits, resolveLimits } from './limits.ts';
import type { Listener } from './listeners.ts';
import { useRingQueues } from './mq-queue.ts';
import type { BrokerPersistence } from './persistence.ts';

export type { BrokerLimits } from './limits.ts';
export { DEFAULT_LIMITS } from './limits.ts';

export interface BrokerOptions {
  /** Persistence in <dataDir>/broker (LevelDB); omitted means in memory. */
  dataDir?: string;
  /** Default { host: '127.0.0.1', port: 1883 }; port 0 picks a free port; false disables TCP. */
  tcp?: { host?: string; port?: number } | false;
  /** Standalone MQTT-over-WebSocket listener; default path '/mqtt'. */
  ws?: { host?: string; port: number; path?: string };
  /** PEM file paths; when set, TCP is mqtts and WS is wss. */
  tls?: { cert: string; key: string; ca?: string };
  /** Default loopbackOnly(). */
  authorizer?: Authorizer;
  limits?: Partial<BrokerLimits>;
  /**
   * The packet limit of an authenticated client, when it differs from limits.maxPacketBytes
   * (undefined keeps the default). The controller gives operators room for release bundles
   * while devices keep 1 MiB. Applies from the first packet after CONNECT.
   */
  packetLimitOf?: (identity: ClientIdentity) => number | undefined;
  /** TCP_NODELAY on accepted sockets, default true (latency 10 ms -> 0.35 ms, see docs/broker.md). */
  noDelay?: boolean;
  logger: Logger;
}

export interface BrokerAddresses {
  mqtt?: string;
  ws?: string;
}

export interface BrokerStats {
  clients: number;
  /** Sockets destroyed by the connection rate limit. */
  rejectedConnections: number;
  /** CONNECTs answered with a refusal (authorizer said no, client id too long, will denied). */
  refusedConnects: number;
  oversizedPackets: number;
  deniedPublishes: number;
  deniedSubscribes: number;
  /** LevelDB write batching (batches, writes, queued-not-awaited, dropped, batch ms); none in memory. */
  store?: Readonly<Record<string, number>>;
}

export interface Broker {
  /** Only valid after start(). */
  readonly aedes: Aedes;
  start(): Promise<BrokerAddresses>;
  stop(): Promise<void>;
  addresses(): BrokerAddresses;
  /** Hands any duplex stream (Fastify /mqtt route, Unix socket) to the broker with the same guards. */
  handleStream(stream: Duplex, meta: ConnectionMeta): void;
  stats(): BrokerStats;
}

interface Running {
  aedes: Aedes;
  persistence: BrokerPersistence;
  listeners: Listener[];
  addresses: BrokerAddresses;
}

/**
 * Aedes drops a message to a client when another message with a higher broker counter
 * reached that client first (its `dedupe`, meant for overlapping subscriptions). With the
 * LevelDB store a later message can overtake an earlier one, so QoS 1 commands, replies and
 * retained updates were lost under concurrent traffic (moscajs/aedes#955, #994; seen here:
 * 20 concurrent commands to a clean:false client, 19 delivered in about one run in five).
 * An always-empty counter map turns dedupe off: a client with overlapping subscriptions may
 * then get a message twice, which MQTT 3.1.1 allows for QoS 1 (§4.3.2); losing it is not.
 */
function disableDedupe(aedes: Aedes): void {
  const neverSeen = () => new Proxy({}, { get: () => 0, set: () => true });
  aedes.on('client', (client) => {
    Reflect.set(client, 'duplicates', neverSeen());
  });
}

/** Aedes' own memory store (openPersistence's answer without a data dir), without loading LevelDB. */
function inMemoryPersistence(logger: Logger): BrokerPersistence {
  logger.info(
    'broker persistence: in memory (no dataDir); retained messages and sessions end with the process',
  );
  return { aedesPersistence: undefined, close: async () => {} };
}

export function createBroker(opts: BrokerOptions): Broker {
  // An empty dataDir would put the LevelDB files in the working directory, unnoticed.
  if (opts.dataDir !== undefined && opts.dataDir.trim() === '') {
    throw new McError(
      'MC_ERR_INVALID_ARGUMENT',
      'broker dataDir is empty: give a directory, or omit it for memory',
    );
  }
  const limits = resolveLimits(opts.limits);
  const logger = opts.logger.child({ component: 'broker' });
  const noDelay = opts.noDelay ?? true;
  const counters: BrokerCounters = {
    rejectedConnections: 0,
    refusedConnects: 0,
    oversizedPackets: 0,
    deniedPublishes: 0,
    deniedSubscribes: 0,
  };
  const admit = createAdmission(limits.connectionsPerSecond, counters, logger);
  const metas = new WeakMap<Duplex, ConnectionMeta>();
  const hooks = createAuthHooks({
    authorizer: opts.authorizer ?? loopbackOnly(),
    maxClientIdLength: limits.maxClientIdLength,
    metaOf: (client) => metas.get(client.conn),
    counters,
    logger,
    accepted: (tag) => running?.persistence.whenAccepted?.(tag) ?? Promise.resolve(),
    onAuthenticated(client, identity) {
      const limit = opts.packetLimitOf?.(identity);
      if (limit === undefined || !(client.conn instanceof GuardedStream)) return;
      try {
        // Validated like the configured limit: a bad rule is reported, never clamped.
        client.conn.setMaxPacketBytes(resolveLimits({ maxPacketBytes: limit }).maxPacketBytes);
      } catch (err) {
        logger.error({ err, clientId: client.id }, 'packetLimitOf gave an invalid limit; default kept');
      }
    },
  });
  let running: Running | undefined;
  let starting: Promise<BrokerAddresses> | undefined;
  let stopping: Promise<void> | undefined;

  function accept(stream: Duplex, meta: ConnectionMeta): void {
    const aedes = running?.aedes;
    if (!aedes || aedes.closed) {
      stream.destroy();
      return;
    }
    const guarded = new GuardedStream(stream, limits.maxPacketBytes, (violation) => {
      if (violation.reason === 'oversize') counters.oversizedPackets += 1;
    });
    metas.set(guarded, meta);
    aedes.handle(guarded);
  }

  async function startOnce(): Promise<BrokerAddresses> {
    // The listeners (node:http, https, tls, zlib and ws; node:tls builds its root CA list on
    // import) are loaded only by a broker that listens: the daemon's socket-only local broker
    // stays ~1 MB lighter (docs/benchmarks.md, device).
    const net = opts.tcp !== false || opts.ws || opts.tls ? await import('./listeners.ts') : undefined;
    const tls = opts.tls && net ? await net.readTlsMaterial(opts.tls) : undefined;
    // LevelDB (classic-level, a native addon, and its codec) is loaded only by a broker with a
    // data dir. Without one, Aedes' memory store, as openPersistence would answer: the device
    // daemon's local broker stays ~1 MB and ~35 ms of start-up lighter (docs/benchmarks.md, device).
    const persistence: BrokerPersistence =
      opts.dataDir === undefined
        ? inMemoryPersistence(logger)
        : await (await import('./persistence.ts')).openPersistence(opts.dataDir, logger, {
            // A message for a session that is not connected cannot be acknowledged soon: stored at once.
            isOnline: (clientId) =>
              (running?.aedes as unknown as { clients: Record<string, unknown> } | undefined)?.clients[
                clientId
              ] !== undefined,
          });
    const listeners: Listener[] = [];
    const addresses: BrokerAddresses = {};
    let aedes: Aedes | undefined;
    try {
      aedes = await Aedes.createBroker({
        persistence: persistence.aedesPersistence,
        connectTimeout: limits.connectTimeoutMs,
        maxTopicLevels: limits.maxTopicLevels,
        maxClientsIdLength: limits.maxClientIdLength,
        preConnect: hooks.preConnect,
        authenticate: hooks.authenticate,
        authorizePublish: hooks.authorizePublish,
        authorizeSubscribe: hooks.authorizeSubscribe,
      });
      hooks.installPublishDrop(aedes);
      disableDedupe(aedes);
      if (!useRingQueues(Reflect.get(aedes, 'mq')))
        logger.warn('mqemitter queues not replaced: unexpected mqemitter version');
      logAedesEvents(aedes, logger, (client) => metas.get(client.conn));
      running = { aedes, persistence, listeners, addresses };

      const deps = { admit, noDelay, accept, logger };
      if (opts.tcp !== false && net) {
        const tcp = await net.listenMqtt(
          { host: opts.tcp?.host ?? '127.0.0.1', port: opts.tcp?.port ?? 1883, ...(tls ? { tls } : {}) },
          deps,
        );
        listeners.push(tcp);
        addresses.mqtt = tcp.url;
      }
      if (opts.ws && net) {
        const ws = await net.listenWebSocket(
          {
            host: opts.ws.host ?? (opts.tcp ? opts.tcp.host : undefined) ?? '127.0.0.1',
            port: opts.ws.port,
            path: opts.ws.path ?? '/mqtt',
            // The guard enforces the MQTT packet limit; this only bounds one WebSocket frame's buffer.
            maxPayload: 2 * limits.maxPacketBytes + 16,
            ...(tls ? { tls } : {}),
          },
          deps,
        );
        listeners.push(ws);
        addresses.ws = ws.url;
      }
    } catch (err) {
      running = undefined;
      await Promise.all(listeners.map((l) => l.close()));
      const created = aedes;
      if (created) await new Promise<void>((resolve) => created.close(() => resolve()));
      await persistence.close();
      throw err;
    }
    logger.info({ ...addresses, limits, noDelay }, 'broker listening');
    return { ...addresses };
  }

  async function stopOnce(): Promise<void> {
    const current = running;
    if (!current) return;
    // Listeners first, so no new client arrives while Aedes closes the existing ones.
    await Promise.all(current.listeners.map((l) => l.close()));
    await new Promise<void>((resolve) => current.aedes.close(() => resolve()));
    // Let wills and queued writes of the clients just closed reach the store before it closes.
    await new Promise((resolve) => setImmediate(resolve));
    await current.persistence.close();
    running = undefined;
    logger.info('broker stopped');
  }

  return {
    get aedes(): Aedes {
      if (!running) throw new McError('MC_ERR_UNAVAILABLE', 'broker not started');
      return running.aedes;
    },

    start() {
      // `running` is set before the listeners are bound: a concurrent start() must wait too.
      if (starting) return starting;
      if (running && !stopping) return Promise.resolve({ ...running.addresses });
      starting = (stopping ?? Promise.resolve()).then(startOnce).finally(() => {
        starting = undefined;
      });
      return starting;
    },

    stop() {
      stopping ??= (starting ?? Promise.resolve())
        .catch(() => {})
        .then(stopOnce)
        .finally(() => {
          stopping = undefined;
        });
      return stopping;
    },

    addresses: () => ({ ...running?.addresses }),

    handleStream(stream, meta) {
      if (!admit()) {
        stream.destroy();
        return;
      }
      accept(stream, meta);
    },

    stats: () => {
      const store = running?.persistence.storeStats?.();
      return {
        clients: running?.aedes.connectedClients ?? 0,
        ...counters,
        ...(store ? { store } : {}),
      };
    },
  };
}

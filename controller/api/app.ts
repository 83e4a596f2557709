// Builds the controller's HTTP app — REST API, live feed, metrics, MQTT over WebSocket and the
// dashboard — on one Fastify instance, without listening (the entry point does, tests use
// inject() or listen(0)). Route areas live in their own files; this one wires them together.

import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyContextConfig, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Broker } from '../../broker/broker.ts';
import { registerMqttRoute } from '../../broker/fastify.ts';
import type { CommandClient } from '../../proto/command-client.ts';
import { McError } from '../../proto/errors.ts';
import { type DeploymentSource, LiveHub, type TaskSource } from '../live/live-hub.ts';
import { registerLiveRoute } from '../live/live-route.ts';
import { DEFAULT_LIVE_LIMITS } from '../live/live-session.ts';
import type { ControllerMetrics } from '../metrics.ts';
import type { DeviceRegistry } from '../registry/device-registry.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import { createAuthHook } from './auth.ts';
import { registerCommandRoutes } from './command-routes.ts';
import { CommandRunner } from './command-runner.ts';
import { frameworkErrors, registerErrorHandlers } from './errors.ts';
import { registerFleetRoutes } from './fleet-routes.ts';
import { listDevices } from './fleet-view.ts';
import { registerRegistryRoutes } from './registry-routes.ts';
import { addSharedSchemas } from './schemas.ts';
import { registerSystemRoutes } from './system-routes.ts';

export interface ApiConfig {
  apiToken: string;
  readAuth: 'open' | 'token';
  /** Broker URLs written into the fleet: block of newly registered devices. */
  deviceBrokerUrls: string[];
  /** How long a command waits for its reply (default 10 s). */
  commandTimeoutMs: number;
  /** How long a command stays queued for an offline device (default 10 min). */
  commandExpiryMs: number;
  /** Frames per second per live-feed socket (default 20). */
  liveMaxMessagesPerSecond: number;
  version: string;
  /** Events a slow live socket may have queued before the oldest are dropped (default 1000). */
  liveMaxEvents?: number;
  /** Ping period of live sockets; an unanswered ping closes the socket (default 30 s). */
  livePingIntervalMs?: number;
}

export interface ApiDeps {
  store: FleetStore;
  registry: DeviceRegistry;
  commands: CommandClient;
  metrics: ControllerMetrics;
  config: ApiConfig;
  /** The embedded broker: MQTT over WebSocket at /mqtt, and its client count in /api/health. */
  broker?: Broker;
  /** Built dashboard files served at /; without them / is a plain status page. */
  uiDir?: string;
  /** Certificate and key (PEM) to serve HTTPS (and wss) instead of HTTP. */
  https?: { cert: Buffer | string; key: Buffer | string };
  logger: Logger;
  /** The deployer: its progress goes out on the live feed. */
  deployments?: DeploymentSource;
  /** The task queue: its changes go out on the live feed. */
  tasks?: TaskSource;
  now?: () => number;
  routes?: Array<(app: FastifyInstance) => void>; // route areas owned by other components (releases, deployments)
}

/** Checked once: a bad value here is a programming or configuration error, not a request error. */
function validateConfig(config: ApiConfig): Readonly<ApiConfig> {
  const problems: string[] = [];
  if (config.apiToken.length < 16) problems.push('apiToken must be at least 16 characters');
  if (!(config.commandTimeoutMs > 0)) problems.push('commandTimeoutMs must be positive');
  if (!(config.commandExpiryMs >= config.commandTimeoutMs))
    problems.push('commandExpiryMs must be at least commandTimeoutMs');
  if (!(config.liveMaxMessagesPerSecond > 0)) problems.push('liveMaxMessagesPerSecond must be positive');
  if (config.liveMaxEvents !== undefined && !(config.liveMaxEvents >= 1))
    problems.push('liveMaxEvents must be at least 1');
  if (problems.length > 0) throw new McError('MC_ERR_CONFIG', `API configuration: ${problems.join('; ')}`);
  return Object.freeze({ ...config, deviceBrokerUrls: [...config.deviceBrokerUrls] });
}

/**
 * Command routes take no body, yet many HTTP clients send `Content-Type: application/json`
 * with an empty one, which Fastify refuses; an empty body is treated as none. Everything else
 * goes through Fastify's own parser (with its prototype-poisoning protection).
 */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, typeof body === 'string' ? body : body.toString('utf8'), done);
  });
}

export async function buildApi(deps: ApiDeps): Promise<FastifyInstance> {
  const config = validateConfig(deps.config);
  const now = deps.now ?? Date.now;
  const app = Fastify({
    // Typed as Fastify's base logger so the app is a plain FastifyInstance (pino's Logger type
    // would make every route signature generic over it).
    loggerInstance: deps.logger.child({ component: 'api' }) as FastifyBaseLogger,
    ...(deps.https ? { https: deps.https } : {}),
    // Reject unknown body fields instead of silently dropping them (STYLE.md: no silent ignoring).
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors,
  });

  addSharedSchemas(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Master Control controller API',
        version: config.version,
        description: 'Fleet state, device commands, device registry and live feed. See docs/api.md.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    // Name shared schemas after their $id rather than def-0, def-1…
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
    // Documented: exactly the routes declared with routeOptions(), WebSocket ones included
    // (@fastify/websocket hides those by default). Not: /mqtt and the dashboard's files.
    transform: ({ schema, url, route }) => ({
      schema: { ...schema, hide: (route.config as FastifyContextConfig | undefined)?.access === undefined },
      url,
    }),
  });
  await app.register(websocket, { options: { maxPayload: 1 << 20 } });
  registerErrorHandlers(app, { spaFallback: deps.uiDir !== undefined });
  acceptEmptyJsonBodies(app);
  app.decorateRequest('actor', '');
  app.addHook('onRequest', createAuthHook(config));

  const view = { store: deps.store, registry: deps.registry };
  const hub = new LiveHub(deps.store, {
    ...(deps.deployments ? { deployments: deps.deployments } : {}),
    ...(deps.tasks ? { tasks: deps.tasks } : {}),
  });
  const runner = new CommandRunner({
    ...view,
    commands: deps.commands,
    metrics: deps.metrics,
    timeoutMs: config.commandTimeoutMs,
    expiryMs: config.commandExpiryMs,
    now,
  });
  registerFleetRoutes(app, view);
  registerCommandRoutes(app, runner);
  registerRegistryRoutes(app, {
    ...view,
    deviceBrokerUrls: config.deviceBrokerUrls,
    announce: (change) => hub.announce(change),
  });
  registerSystemRoutes(app, {
    ...view,
    metrics: deps.metrics,
    ...(deps.broker ? { broker: deps.broker } : {}),
    version: config.version,
    statusPageAtRoot: deps.uiDir === undefined,
    now,
  });
  registerLiveRoute(app, {
    hub,
    devices: () => listDevices(view),
    limits: {
      ...DEFAULT_LIVE_LIMITS,
      maxMessagesPerSecond: config.liveMaxMessagesPerSecond,
      ...(config.liveMaxEvents === undefined ? {} : { maxEvents: config.liveMaxEvents }),
      ...(config.livePingIntervalMs === undefined ? {} : { pingIntervalMs: config.livePingIntervalMs }),
    },
    metrics: deps.metrics,
  });
  for (const addRoutes of deps.routes ?? []) addRoutes(app);
  if (deps.broker) registerMqttRoute(app, deps.broker);
  if (deps.uiDir !== undefined) await app.register(fastifyStatic, { root: deps.uiDir, prefix: '/' });
  return app;
}

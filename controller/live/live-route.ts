// GET /api/live: the dashboard's WebSocket. Access is checked by the API's auth hook before
// the upgrade (a refused client gets a plain 401, not a socket); the token may come as
// ?token= because browsers cannot set headers on a WebSocket.
import type {} from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { McError } from '../../proto/errors.ts';
import { routeOptions } from '../api/schemas.ts';
import type { ControllerMetrics } from '../metrics.ts';
import type { DeviceSnapshot } from '../store/types.ts';
import type { LiveHub } from './live-hub.ts';
import { type LiveLimits, LiveSession } from './live-session.ts';

export interface LiveRouteDeps {
  hub: LiveHub;
  devices: () => DeviceSnapshot[];
  limits: LiveLimits;
  metrics: ControllerMetrics;
}

export function registerLiveRoute(app: FastifyInstance, deps: LiveRouteDeps): void {
  const sessions = new Set<LiveSession>();
  const options = routeOptions('read', {
    summary: 'Live feed (WebSocket): a snapshot of the fleet, then coalesced deltas; see docs/api.md',
    tags: ['live'],
    querystring: {
      type: 'object',
      properties: {
        token: { type: 'string', description: 'The API token, for clients that cannot set headers' },
      },
    },
  });
  app.route({
    method: 'GET',
    url: '/api/live',
    ...options,
    config: { ...options.config, tokenInQuery: true },
    // A plain GET (no Upgrade header) gets a clear error instead of an empty 404.
    handler: async () => {
      throw new McError(
        'MC_ERR_INVALID_ARGUMENT',
        '/api/live is a WebSocket endpoint: connect with Upgrade: websocket',
      );
    },
    wsHandler: (socket, request) => {
      const session = new LiveSession({
        socket,
        hub: deps.hub,
        devices: deps.devices,
        limits: deps.limits,
        metrics: deps.metrics,
        logger: request.log,
      });
      sessions.add(session);
      socket.once('close', () => sessions.delete(session));
      session.start();
    },
  });
  // Sessions end with their sockets, which @fastify/websocket closes on app.close(); this
  // covers a session whose socket never got to emit 'close'.
  app.addHook('onClose', async () => {
    for (const session of sessions) session.stop();
    sessions.clear();
    deps.hub.close();
  });
}

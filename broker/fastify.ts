// MQTT over WebSocket on a Fastify server: a `{ websocket: true }` GET route that hands the
// socket to the broker, so the controller serves HTTP API, dashboard and MQTT on one port.
// The app must have @fastify/websocket registered first.
import type {} from '@fastify/websocket'; // route typings for `{ websocket: true }`
import type { FastifyInstance } from 'fastify';
import { createWebSocketStream } from 'ws';
import type { Broker } from './broker.ts';

export interface MqttRouteOptions {
  /** Default '/mqtt', the path MQTT.js and most WebSocket MQTT clients expect. */
  path?: string;
}

export function registerMqttRoute(app: FastifyInstance, broker: Broker, opts: MqttRouteOptions = {}): void {
  app.get(opts.path ?? '/mqtt', { websocket: true }, (socket, request) => {
    broker.handleStream(createWebSocketStream(socket), {
      transport: request.protocol === 'https' ? 'wss' : 'ws',
      // request.ip honours the app's trustProxy setting: behind a trusted reverse proxy it is
      // the real client, so loopbackOnly() does not mistake every client for a local one.
      remoteAddress: request.ip,
    });
  });
}

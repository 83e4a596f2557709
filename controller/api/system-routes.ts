// Routes about the controller itself: health (for load balancers and `mctl`), the audit
// log of commands, the OpenAPI document, Prometheus metrics and the status page at /.
import type { FastifyInstance } from 'fastify';
import type { Broker } from '../../broker/broker.ts';
import type { ControllerMetrics } from '../metrics.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import { countByHealth, type FleetView, listDevices } from './fleet-view.ts';
import { LIMIT_QUERY, NAME_SCHEMA, ref, routeOptions } from './schemas.ts';
import { statusPage } from './status-page.ts';

export interface SystemRoutesDeps extends FleetView {
  store: FleetStore;
  metrics: ControllerMetrics;
  broker?: Broker;
  version: string;
  /** When false, / serves the status page; the dashboard's static files take / otherwise. */
  statusPageAtRoot: boolean;
  now: () => number;
}

const COUNTS_SCHEMA = {
  type: 'object',
  properties: Object.fromEntries(
    ['online', 'stale', 'offline', 'unknown', 'total'].map((k) => [k, { type: 'integer' }]),
  ),
};

export function registerSystemRoutes(app: FastifyInstance, deps: SystemRoutesDeps): void {
  const startedMs = deps.now();

  app.get(
    '/api/health',
    routeOptions('open', {
      summary: 'Liveness of the controller, device counts by health, broker clients when embedded',
      tags: ['system'],
      response: {
        200: {
          type: 'object',
          properties: {
            ok: { type: 'boolean' },
            version: { type: 'string' },
            uptime_s: { type: 'number' },
            devices: COUNTS_SCHEMA,
            broker: {
              type: ['object', 'null'],
              description: 'Null when the controller uses an external broker',
              properties: { clients: { type: 'integer' } },
            },
          },
        },
      },
    }),
    async () => ({
      ok: true,
      version: deps.version,
      uptime_s: Math.round((deps.now() - startedMs) / 1000),
      devices: countByHealth(listDevices(deps)),
      broker: deps.broker ? { clients: deps.broker.stats().clients } : null,
    }),
  );

  app.get<{ Querystring: { limit: number; device?: string } }>(
    '/api/audit',
    routeOptions('read', {
      summary: 'Commands sent through the API, newest first: who, what, when, and the outcome',
      tags: ['system'],
      querystring: {
        type: 'object',
        properties: { limit: LIMIT_QUERY(10_000, 100), device: NAME_SCHEMA },
      },
      response: { 200: { type: 'array', items: ref('AuditEntry') } },
    }),
    async (request) => {
      const { limit, device } = request.query;
      return deps.store.auditLog({ limit, ...(device === undefined ? {} : { device }) });
    },
  );

  app.get(
    '/api/openapi.json',
    routeOptions('open', {
      summary: 'This API as an OpenAPI 3 document',
      tags: ['system'],
      response: { 200: { type: 'object', additionalProperties: true } },
    }),
    async () => app.swagger(),
  );

  app.get(
    '/metrics',
    routeOptions('read', {
      summary: 'Prometheus metrics (text exposition format); see docs/api.md for the list',
      tags: ['system'],
      produces: ['text/plain'],
      response: { 200: { type: 'string' } },
    }),
    async (_request, reply) => {
      const body = await deps.metrics.render();
      return reply.type(deps.metrics.contentType).send(body);
    },
  );

  if (deps.statusPageAtRoot) {
    app.get(
      '/',
      routeOptions('open', {
        summary: 'Status page (device counts and links) until the dashboard is installed',
        tags: ['system'],
        produces: ['text/html'],
        response: { 200: { type: 'string' } },
      }),
      async (_request, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .send(statusPage({ version: deps.version, counts: countByHealth(listDevices(deps)) })),
    );
  }
}

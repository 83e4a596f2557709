// Read routes over the fleet store: the seed's client overview and client detail, run
// history and events. Everything here answers from the controller's LMDB store, so it works
// while the devices are offline; live answers from a device are in command-routes.ts.
import type { FastifyInstance } from 'fastify';
import { McError } from '../../proto/errors.ts';
import { type FleetView, findDevice, listDevices, overview } from './fleet-view.ts';
import { DEVICE_PARAMS, LIMIT_QUERY, NAME_SCHEMA, ref, routeOptions } from './schemas.ts';

const RECENT_EVENTS = 20;
const TAGS = ['fleet'];

const OVERVIEW_SCHEMA = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    health: { type: 'string', enum: ['online', 'stale', 'offline', 'unknown'] },
    health_since_ms: { type: ['number', 'null'] },
    last_seen_ms: { type: ['number', 'null'] },
    release: { type: 'string' },
    tags: { type: 'array', items: { type: 'string' } },
    workloads: {
      type: 'object',
      properties: { running: { type: 'integer' }, failed: { type: 'integer' }, total: { type: 'integer' } },
    },
    cpu_percent: { type: ['number', 'null'] },
    mem_percent: { type: ['number', 'null'] },
    system: { type: ['object', 'null'], additionalProperties: true },
  },
} as const;

interface NameParams {
  name: string;
}

export function registerFleetRoutes(app: FastifyInstance, view: FleetView): void {
  const known = (name: string) => {
    const device = findDevice(view, name);
    if (!device) throw new McError('MC_ERR_NOT_FOUND', `unknown device ${name}`);
    return device;
  };

  app.get<{ Querystring: { health?: string; tag?: string } }>(
    '/api/fleet/clients',
    routeOptions('read', {
      summary: 'Overview of every device (registered ones that never connected have health "unknown")',
      tags: TAGS,
      querystring: {
        type: 'object',
        properties: {
          health: { type: 'string', enum: ['online', 'stale', 'offline', 'unknown'] },
          tag: NAME_SCHEMA,
        },
      },
      response: { 200: { type: 'array', items: OVERVIEW_SCHEMA } },
    }),
    async (request) => {
      const { health, tag } = request.query;
      return listDevices(view)
        .filter(
          (d) => (health === undefined || d.health === health) && (tag === undefined || d.tags.includes(tag)),
        )
        .map(overview);
    },
  );

  app.get<{ Params: NameParams }>(
    '/api/fleet/clients/:name',
    routeOptions('read', {
      summary: `One device: its full snapshot and its ${RECENT_EVENTS} most recent events`,
      tags: TAGS,
      params: DEVICE_PARAMS,
      response: {
        200: {
          type: 'object',
          properties: {
            device: ref('DeviceSnapshot'),
            events: { type: 'array', items: ref('StoredEvent') },
          },
        },
      },
    }),
    async (request) => {
      const device = known(request.params.name);
      return { device, events: view.store.events(device.name, { limit: RECENT_EVENTS }) };
    },
  );

  app.get<{ Params: NameParams; Querystring: { workload?: string; limit: number } }>(
    '/api/fleet/clients/:name/history',
    routeOptions('read', {
      summary: 'Finished runs of a device’s workloads, newest first, from the exited/failed/completed events',
      tags: TAGS,
      params: DEVICE_PARAMS,
      querystring: {
        type: 'object',
        properties: { workload: NAME_SCHEMA, limit: LIMIT_QUERY(1000, 50) },
      },
      response: { 200: { type: 'array', items: ref('StoredEvent') } },
    }),
    async (request) => {
      const device = known(request.params.name);
      const { workload, limit } = request.query;
      return view.store.runHistory(device.name, { limit, ...(workload === undefined ? {} : { workload }) });
    },
  );

  app.get<{
    Params: NameParams;
    Querystring: { limit: number; before_seq?: number; workload?: string; type?: string[] };
  }>(
    '/api/fleet/clients/:name/events',
    routeOptions('read', {
      summary: 'A device’s events, newest first; page back with before_seq',
      tags: TAGS,
      params: DEVICE_PARAMS,
      querystring: {
        type: 'object',
        properties: {
          limit: LIMIT_QUERY(1000, 100),
          before_seq: { type: 'integer', minimum: 0, description: 'Only events with a smaller seq' },
          workload: NAME_SCHEMA,
          type: {
            type: 'array',
            items: { type: 'string' },
            description: 'Only these event types (short names: started, failed, …); repeat the parameter',
          },
        },
      },
      response: { 200: { type: 'array', items: ref('StoredEvent') } },
    }),
    async (request) => {
      const device = known(request.params.name);
      const { limit, before_seq, workload, type } = request.query;
      return view.store.events(device.name, {
        limit,
        ...(before_seq === undefined ? {} : { before_seq }),
        ...(workload === undefined ? {} : { workload }),
        ...(type === undefined ? {} : { types: type }),
      });
    },
  );
}

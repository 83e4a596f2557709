// The device registry over HTTP (the same operations as `mctl device add|ls|rm`): which
// devices may connect to the fleet broker, and their credentials. A password is only ever in
// the answer that created it; the registry keeps a hash.
import type { FastifyInstance } from 'fastify';
import { McError } from '../../proto/errors.ts';
import type { DeviceRegistry } from '../registry/device-registry.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import type { FleetChange } from '../store/types.ts';
import { neverSeen } from './fleet-view.ts';
import { NAME_SCHEMA, ref, routeOptions } from './schemas.ts';

export interface RegistryRoutesDeps {
  registry: DeviceRegistry;
  store: FleetStore;
  deviceBrokerUrls: string[];
  /** Tells the live feed about devices that appear or vanish without telemetry. */
  announce(change: FleetChange): void;
}

const TAGS = ['devices'];
const PARAMS = { type: 'object', properties: { name: NAME_SCHEMA }, required: ['name'] } as const;

export function registerRegistryRoutes(app: FastifyInstance, deps: RegistryRoutesDeps): void {
  const { registry, store } = deps;

  app.get(
    '/api/devices',
    routeOptions('read', {
      summary: 'Registered devices (allowed on the fleet broker) with their current health',
      tags: TAGS,
      response: {
        200: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              created_ms: { type: 'number' },
              credentials_rotated_ms: { type: 'number' },
              tags: { type: 'array', items: { type: 'string' } },
              health: { type: 'string', enum: ['online', 'stale', 'offline', 'unknown'] },
            },
          },
        },
      },
    }),
    async () =>
      registry.list().map((info) => ({ ...info, health: store.device(info.name)?.health ?? 'unknown' })),
  );

  app.post<{ Body: { name: string; tags?: string[] } }>(
    '/api/devices',
    routeOptions('write', {
      summary: 'Register a device: answers its password (shown only here) and the daemon.yaml fleet: block',
      description:
        'Errors: 400 MC_ERR_INVALID_NAME (pattern or reserved name), 409 MC_ERR_CONFLICT (already registered).',
      tags: TAGS,
      body: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            description: 'Device name: [a-z0-9][a-z0-9_-]{0,62}, not reply/releases/all/sys',
          },
          tags: { type: 'array', items: NAME_SCHEMA, maxItems: 64 },
        },
        required: ['name'],
      },
      response: { 201: ref('Credentials') },
    }),
    async (request, reply) => {
      const { name, tags } = request.body;
      // The registry validates the name (pattern and reserved names) with the contract's rules.
      const credentials = await registry.add(name, {
        brokerUrls: deps.deviceBrokerUrls,
        ...(tags === undefined ? {} : { tags }),
      });
      const info = registry.get(name);
      if (info && !store.device(name)) deps.announce({ kind: 'device', device: neverSeen(info) });
      return reply.status(201).send(credentials);
    },
  );

  app.post<{ Params: { name: string } }>(
    '/api/devices/:name/rotate',
    routeOptions('write', {
      summary: 'Give a device a new password; the old one stops working at once',
      description: 'Errors: 404 MC_ERR_NOT_FOUND (not registered).',
      tags: TAGS,
      params: PARAMS,
      response: { 200: ref('Credentials') },
    }),
    async (request) => registry.rotate(request.params.name, { brokerUrls: deps.deviceBrokerUrls }),
  );

  app.delete<{ Params: { name: string } }>(
    '/api/devices/:name',
    routeOptions('write', {
      summary: 'Unregister a device and forget what the fleet store knows about it',
      description:
        'The device is refused at its next connect. Errors: 404 MC_ERR_NOT_FOUND (neither registered nor known to the store).',
      tags: TAGS,
      params: PARAMS,
      response: {
        200: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            unregistered: { type: 'boolean', description: 'It was in the registry' },
            forgotten: { type: 'boolean', description: 'The fleet store had data about it' },
          },
        },
      },
    }),
    async (request) => {
      const { name } = request.params;
      const inStore = store.device(name) !== undefined;
      const unregistered = await registry.remove(name);
      if (!unregistered && !inStore) throw new McError('MC_ERR_NOT_FOUND', `unknown device ${name}`);
      // The store announces its own removal; a device that only was registered has nobody to.
      if (inStore) await store.removeDevice(name);
      else deps.announce({ kind: 'removed', device: name });
      return { name, unregistered, forgotten: inStore };
    },
  );
}

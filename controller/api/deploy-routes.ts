// Rolling deployments over HTTP: create one, follow it (per-batch and per-device progress),
// cancel it, promote it after its canary. The deployer (controller/deploy/) does the work;
// these routes only validate, translate the seed's field names and seconds, and name the
// actor. Every route is served under /api/deployments and, for clients written against the
// seed, under /api/fleet/deployments: the same handlers registered twice, not a copy.
import type { FastifyInstance } from 'fastify';
import { McError } from '../../proto/errors.ts';
import type { Deployer } from '../deploy/deployer.ts';
import type { Deployment, DeploymentSpec } from '../deploy/types.ts';
import { NAME_SCHEMA, routeOptions } from './schemas.ts';

export const DEPLOYMENT_PREFIXES = ['/api/deployments', '/api/fleet/deployments'] as const;

export interface DeploymentRequest {
  release?: string;
  /** The seed's name for release. */
  version?: string;
  devices?: string[];
  /** The seed's name for devices. */
  target_clients?: string[];
  tag?: string;
  batch_size: number;
  canary: number | boolean;
  pause_after_canary: boolean;
  min_healthy_time: number;
  healthy_deadline?: number;
  /** The seed's name for healthy_deadline (seconds). */
  health_check_timeout?: number;
  max_failures: number;
  auto_rollback: boolean;
}

/** The record as served: the persisted deployment plus the seed's names for the same facts. */
export type DeploymentView = Deployment & {
  version: string;
  target_clients: string[];
  created_at: string;
  completed_at: string | null;
};

const TAGS = ['deployments'];
const DEFAULT_DEADLINE_S = 300;
const VERSION = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' } as const;
const seconds = (description: string) =>
  ({ type: 'number', exclusiveMinimum: 0, maximum: 86_400, description }) as const;
const DEVICE_LIST = { type: 'array', items: NAME_SCHEMA, minItems: 1, maxItems: 10_000 } as const;

const CREATE_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    release: VERSION,
    version: { ...VERSION, description: 'Same as release (the seed’s name)' },
    devices: DEVICE_LIST,
    target_clients: { ...DEVICE_LIST, description: 'Same as devices (the seed’s name)' },
    tag: { type: 'string', minLength: 1, maxLength: 64 },
    batch_size: { type: 'integer', minimum: 1, default: 1 },
    canary: {
      anyOf: [{ type: 'integer', minimum: 0 }, { type: 'boolean' }],
      default: 0,
      description: 'Size of a first batch on its own; true means 1',
    },
    pause_after_canary: {
      type: 'boolean',
      default: false,
      description: 'With canary: wait for POST …/promote once the canary passed',
    },
    min_healthy_time: { ...seconds('How long a device must stay healthy to pass'), default: 10 },
    healthy_deadline: seconds(
      `Time from a device’s desired state to passing, else it failed (default ${DEFAULT_DEADLINE_S})`,
    ),
    health_check_timeout: seconds('Same as healthy_deadline (the seed’s name)'),
    max_failures: { type: 'integer', minimum: 0, default: 0, description: 'Failed devices tolerated' },
    auto_rollback: { type: 'boolean', default: true },
  },
} as const;

/** The whole persisted record: it is small, and every field is meant for operators. */
const DEPLOYMENT = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    release: { type: 'string' },
    version: { type: 'string' },
    status: {
      type: 'string',
      enum: ['pending', 'in_progress', 'completed', 'failed', 'rolling_back', 'rolled_back', 'cancelled'],
    },
    current_batch: { type: 'integer' },
    batches: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
    target_clients: { type: 'array', items: { type: 'string' } },
    awaiting_promote: { type: 'boolean' },
    created_at: { type: 'string' },
    completed_at: { type: ['string', 'null'] },
    error: { type: ['string', 'null'] },
  },
} as const;
const ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } },
  required: ['id'],
} as const;

function one<T>(a: T | undefined, b: T | undefined, names: string): T | undefined {
  if (a !== undefined && b !== undefined)
    throw new McError('MC_ERR_INVALID_ARGUMENT', `give only one of ${names}`);
  return a ?? b;
}

/** The request in the deployer's terms; both vocabularies accepted, each fact given once. */
export function specOf(b: DeploymentRequest): DeploymentSpec {
  const release = one(b.release, b.version, 'release and version');
  if (release === undefined) throw new McError('MC_ERR_INVALID_ARGUMENT', 'give release (or version)');
  const devices = one(b.devices, b.target_clients, 'devices and target_clients');
  if (devices !== undefined && b.tag !== undefined)
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'give devices (target_clients) or tag, not both');
  const deadline = one(
    b.healthy_deadline,
    b.health_check_timeout,
    'healthy_deadline and health_check_timeout',
  );
  return {
    release,
    // Neither devices nor tag: every known device, as the seed's deployer did.
    targets: devices ? { devices } : b.tag !== undefined ? { tag: b.tag } : { all: true },
    batch_size: b.batch_size,
    canary: b.canary,
    pause_after_canary: b.pause_after_canary,
    min_healthy_time_ms: Math.round(b.min_healthy_time * 1000),
    healthy_deadline_ms: Math.round((deadline ?? DEFAULT_DEADLINE_S) * 1000),
    max_failures: b.max_failures,
    auto_rollback: b.auto_rollback,
  };
}

export function viewOf(d: Deployment): DeploymentView {
  return {
    ...d,
    version: d.release,
    target_clients: d.batches.flat(),
    created_at: new Date(d.created_ms).toISOString(),
    completed_at: d.finished_ms === null ? null : new Date(d.finished_ms).toISOString(),
  };
}

export function registerDeployRoutes(app: FastifyInstance, deployer: Deployer): void {
  for (const prefix of DEPLOYMENT_PREFIXES) {
    app.post<{ Body: DeploymentRequest }>(
      prefix,
      routeOptions('write', {
        summary: 'Start a rolling deployment of a stored release to devices (by name, tag, or all)',
        description:
          'At most one of devices (target_clients) and tag; neither means every known device. 404 unknown ' +
          'release or devices, 409 (MC_ERR_CONFLICT) when a target device is in another active deployment. ' +
          'Times in seconds.',
        tags: TAGS,
        body: CREATE_BODY,
        response: { 201: DEPLOYMENT },
      }),
      async (request, reply) => {
        const d = await deployer.create(specOf(request.body), request.actor);
        return reply.status(201).send(viewOf(d));
      },
    );

    app.get(
      prefix,
      routeOptions('read', {
        summary: 'Deployments, newest first',
        tags: TAGS,
        response: { 200: { type: 'array', items: DEPLOYMENT } },
      }),
      async () => deployer.list().map(viewOf),
    );

    app.get<{ Params: { id: string } }>(
      `${prefix}/:id`,
      routeOptions('read', {
        summary: 'One deployment with per-batch and per-device progress',
        tags: TAGS,
        params: ID_PARAMS,
        response: { 200: DEPLOYMENT },
      }),
      async (request): Promise<DeploymentView> => {
        const d = deployer.get(request.params.id);
        if (!d) throw new McError('MC_ERR_NOT_FOUND', `no deployment ${request.params.id}`);
        return viewOf(d);
      },
    );

    app.post<{ Params: { id: string }; Body: { rollback?: boolean } | undefined }>(
      `${prefix}/:id/cancel`,
      routeOptions('write', {
        summary: 'Cancel: no further batch starts; with rollback, devices already done go back',
        description:
          'A batch in flight finishes its health gate first. 409 when the deployment is not active.',
        tags: TAGS,
        params: ID_PARAMS,
        body: {
          type: ['object', 'null'],
          additionalProperties: false,
          properties: { rollback: { type: 'boolean', default: false } },
        },
        response: { 200: DEPLOYMENT },
      }),
      async (request) =>
        viewOf(await deployer.cancel(request.params.id, { rollback: request.body?.rollback === true })),
    );

    app.post<{ Params: { id: string } }>(
      `${prefix}/:id/promote`,
      routeOptions('write', {
        summary: 'Continue a deployment paused after its canary',
        description: '409 when the deployment is not waiting for promotion.',
        tags: TAGS,
        params: ID_PARAMS,
        response: { 200: DEPLOYMENT },
      }),
      async (request) => viewOf(await deployer.promote(request.params.id)),
    );
  }
}

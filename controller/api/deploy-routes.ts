// Rolling deployments over HTTP: create one, follow it (per-batch and per-device progress),
// cancel it, promote it after its canary. The deployer (controller/deploy/) does the work;
// these routes only validate, translate seconds to milliseconds and name the actor.
import type { FastifyInstance } from 'fastify';
import { McError } from '../../proto/errors.ts';
import type { Deployer } from '../deploy/deployer.ts';
import type { Deployment } from '../deploy/types.ts';
import { NAME_SCHEMA, routeOptions } from './schemas.ts';

export interface DeploymentRequest {
  release: string;
  devices?: string[];
  tag?: string;
  batch_size: number;
  canary: boolean;
  pause_after_canary: boolean;
  min_healthy_time: number;
  healthy_deadline: number;
  max_failures: number;
  auto_rollback: boolean;
}

const TAGS = ['deployments'];
const seconds = (description: string, fallback: number) =>
  ({ type: 'number', exclusiveMinimum: 0, maximum: 86_400, default: fallback, description }) as const;

const CREATE_BODY = {
  type: 'object',
  additionalProperties: false,
  required: ['release'],
  properties: {
    release: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' },
    devices: { type: 'array', items: NAME_SCHEMA, minItems: 1, maxItems: 10_000 },
    tag: { type: 'string', minLength: 1, maxLength: 64 },
    batch_size: { type: 'integer', minimum: 1, default: 1 },
    canary: { type: 'boolean', default: false, description: 'The first batch is one device' },
    pause_after_canary: {
      type: 'boolean',
      default: false,
      description: 'With canary: wait for POST …/promote once the canary passed',
    },
    min_healthy_time: seconds('How long a device must stay healthy to pass', 10),
    healthy_deadline: seconds('Time from a device’s desired state to passing, else it failed', 300),
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
    status: { type: 'string' },
    current_batch: { type: 'integer' },
    batches: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
    awaiting_promote: { type: 'boolean' },
    error: { type: ['string', 'null'] },
  },
} as const;
const ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', pattern: '^[a-z0-9-]{1,64}$' } },
  required: ['id'],
} as const;

export function registerDeployRoutes(app: FastifyInstance, deployer: Deployer): void {
  app.post<{ Body: DeploymentRequest }>(
    '/api/deployments',
    routeOptions('write', {
      summary: 'Start a rolling deployment of a stored release to devices (by name or tag)',
      description:
        'Give exactly one of devices and tag. 404 unknown release or devices, 409 (MC_ERR_CONFLICT) when ' +
        'a target device is in another active deployment. Times in seconds.',
      tags: TAGS,
      body: CREATE_BODY,
      response: { 201: DEPLOYMENT },
    }),
    async (request, reply) => {
      const b = request.body;
      if ((b.devices === undefined) === (b.tag === undefined)) {
        throw new McError('MC_ERR_INVALID_ARGUMENT', 'give exactly one of devices and tag');
      }
      const d = await deployer.create(
        {
          release: b.release,
          targets: b.devices ? { devices: b.devices } : { tag: b.tag ?? '' },
          batch_size: b.batch_size,
          canary: b.canary,
          pause_after_canary: b.pause_after_canary,
          min_healthy_time_ms: Math.round(b.min_healthy_time * 1000),
          healthy_deadline_ms: Math.round(b.healthy_deadline * 1000),
          max_failures: b.max_failures,
          auto_rollback: b.auto_rollback,
        },
        request.actor,
      );
      return reply.status(201).send(d);
    },
  );

  app.get(
    '/api/deployments',
    routeOptions('read', {
      summary: 'Deployments, newest first',
      tags: TAGS,
      response: { 200: { type: 'array', items: DEPLOYMENT } },
    }),
    async () => deployer.list(),
  );

  app.get<{ Params: { id: string } }>(
    '/api/deployments/:id',
    routeOptions('read', {
      summary: 'One deployment with per-batch and per-device progress',
      tags: TAGS,
      params: ID_PARAMS,
      response: { 200: DEPLOYMENT },
    }),
    async (request): Promise<Deployment> => {
      const d = deployer.get(request.params.id);
      if (!d) throw new McError('MC_ERR_NOT_FOUND', `no deployment ${request.params.id}`);
      return d;
    },
  );

  app.post<{ Params: { id: string }; Body: { rollback?: boolean } | undefined }>(
    '/api/deployments/:id/cancel',
    routeOptions('write', {
      summary: 'Cancel: no further batch starts; with rollback, devices already done go back',
      description: 'A batch in flight finishes its health gate first. 409 when the deployment is not active.',
      tags: TAGS,
      params: ID_PARAMS,
      body: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: { rollback: { type: 'boolean', default: false } },
      },
      response: { 200: DEPLOYMENT },
    }),
    async (request) => deployer.cancel(request.params.id, { rollback: request.body?.rollback === true }),
  );

  app.post<{ Params: { id: string } }>(
    '/api/deployments/:id/promote',
    routeOptions('write', {
      summary: 'Continue a deployment paused after its canary',
      description: '409 when the deployment is not waiting for promotion.',
      tags: TAGS,
      params: ID_PARAMS,
      response: { 200: DEPLOYMENT },
    }),
    async (request) => deployer.promote(request.params.id),
  );
}

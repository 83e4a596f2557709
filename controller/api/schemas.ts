// JSON schemas of the API: Fastify validates requests and serialises responses with them,
// and @fastify/swagger turns the same schemas into /api/openapi.json, so the document can
// never drift from the code. Shared shapes are added once with addSchema() and referenced by
// $id. Snapshots and device replies allow additional properties: they carry the contract's
// messages, and a field added to mc.proto must reach clients without an API change.
import type { FastifyInstance, FastifySchema } from 'fastify';
import { ERROR_CATALOGUE } from '../../proto/errors.ts';

export const NAME_SCHEMA = {
  type: 'string',
  pattern: '^[a-z0-9][a-z0-9_-]{0,62}$',
  description: 'A device or workload name: [a-z0-9][a-z0-9_-]{0,62}',
} as const;

const nullable = (type: string) => ({ type: [type, 'null'] });
const openObject = (description: string) => ({ type: 'object', additionalProperties: true, description });

const SHARED = [
  {
    $id: 'ErrorBody',
    type: 'object',
    description: 'Every error: a catalogued code (docs/errors.md) and a message for people',
    properties: {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string', enum: Object.keys(ERROR_CATALOGUE) },
          message: { type: 'string' },
        },
        required: ['code', 'message'],
      },
    },
    required: ['error'],
  },
  {
    $id: 'WorkloadState',
    type: 'object',
    additionalProperties: true,
    description: 'A WorkloadState (mc.proto) with status as a short name (running, failed, …)',
    properties: {
      name: { type: 'string' },
      status: { type: 'string' },
      pid: { type: 'integer' },
      run_count: { type: 'integer' },
      last_exit_code: nullable('integer'),
      last_error: { type: 'string' },
      consecutive_failures: { type: 'integer' },
      restarts: { type: 'integer' },
    },
    required: ['name', 'status'],
  },
  {
    $id: 'DeviceSnapshot',
    type: 'object',
    additionalProperties: true,
    description: 'Everything the controller knows about one device',
    properties: {
      name: { type: 'string' },
      health: { type: 'string', enum: ['online', 'stale', 'offline', 'unknown'] },
      health_since_ms: nullable('number'),
      online: { type: 'boolean' },
      presence: {
        ...openObject('The last Presence (mc.proto), null before the first'),
        type: ['object', 'null'],
      },
      status: {
        ...openObject('The last DeviceStatus (mc.proto), null before the first'),
        type: ['object', 'null'],
      },
      last_heartbeat_ms: nullable('number'),
      last_seen_ms: nullable('number'),
      heartbeat: { ...openObject('The last Heartbeat (mc.proto)'), type: ['object', 'null'] },
      release: { type: 'string' },
      tags: { type: 'array', items: { type: 'string' } },
      workloads: { type: 'array', items: { $ref: 'WorkloadState#' } },
      counts: {
        type: 'object',
        properties: { running: { type: 'integer' }, failed: { type: 'integer' }, total: { type: 'integer' } },
      },
    },
    required: ['name', 'health'],
  },
  {
    $id: 'StoredEvent',
    type: 'object',
    description: 'An Event (mc.proto) as stored: type as a short name, with the time the controller got it',
    properties: {
      device: { type: 'string' },
      seq: { type: 'integer' },
      ts_ms: { type: 'number' },
      received_ms: { type: 'number' },
      type: { type: 'string' },
      workload: { type: 'string' },
      message: { type: 'string' },
      exit_code: nullable('integer'),
      signal: { type: 'string' },
      run_id: { type: 'string' },
      attrs: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  {
    $id: 'AuditEntry',
    type: 'object',
    description: 'One command sent through the API, and how it ended (ok null while pending)',
    properties: {
      id: { type: 'string' },
      ts_ms: { type: 'number' },
      actor: { type: 'string' },
      device: { type: 'string' },
      action: { type: 'string' },
      args: openObject('The arguments of the command'),
      ok: nullable('boolean'),
      error: nullable('string'),
      latency_ms: nullable('number'),
    },
  },
  {
    $id: 'Credentials',
    type: 'object',
    description: 'A device password, shown once, and the daemon.yaml fleet: block that uses it',
    properties: {
      name: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      fleet_yaml: { type: 'string' },
    },
    required: ['name', 'username', 'password', 'fleet_yaml'],
  },
] as const;

export function addSharedSchemas(app: FastifyInstance): void {
  for (const schema of SHARED) app.addSchema(schema);
}

export const ref = (id: (typeof SHARED)[number]['$id']) => ({ $ref: `${id}#` });

export type Access = 'open' | 'read' | 'write';

const SECURITY: Record<Access, Array<Record<string, string[]>>> = {
  open: [],
  // Reads need the token only when read_auth is 'token': "no credentials, or bearer".
  read: [{}, { bearer: [] }],
  write: [{ bearer: [] }],
};

/**
 * The options every route starts from: its access rule (read by the auth hook) and its schema
 * with what all operations share — ErrorBody answers and the matching OpenAPI security — so
 * the rule the server enforces and the one the document shows come from one place.
 */
export function routeOptions(
  access: Access,
  schema: FastifySchema & { summary: string; tags: string[] },
): { config: { access: Access }; schema: FastifySchema } {
  return {
    config: { access },
    schema: {
      ...schema,
      security: SECURITY[access],
      response: {
        ...(schema.response as Record<string, unknown> | undefined),
        '4xx': ref('ErrorBody'),
        '5xx': ref('ErrorBody'),
      },
    },
  };
}

/** Params of routes under /api/fleet/clients/:name. */
export const DEVICE_PARAMS = {
  type: 'object',
  properties: { name: NAME_SCHEMA },
  required: ['name'],
} as const;

/** Params of routes under /api/fleet/clients/:name/workloads/:workload. */
export const WORKLOAD_PARAMS = {
  type: 'object',
  properties: { name: NAME_SCHEMA, workload: NAME_SCHEMA },
  required: ['name', 'workload'],
} as const;

export const LIMIT_QUERY = (max: number, fallback: number) =>
  ({ type: 'integer', minimum: 1, maximum: max, default: fallback }) as const;

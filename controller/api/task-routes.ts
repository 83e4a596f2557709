// Fleet tasks over HTTP: submit one, list them (filtered, paged, newest first), read one
// with every attempt, cancel it, read its log from the device. The queue
// (controller/tasks/) does the work; these routes validate, turn seconds and field names
// into the queue's spec, and name the actor. Shapes: docs/api.md "Tasks".
import type { FastifyInstance } from 'fastify';
import { McError } from '../../proto/errors.ts';
import { summaryOf } from '../tasks/summary.ts';
import { MAX_LIST_LIMIT, TASK_ID_PATTERN } from '../tasks/task-db.ts';
import type { TaskQueue } from '../tasks/task-queue.ts';
import { TASK_STATES, type TaskSpec, type TaskState } from '../tasks/types.ts';
import { NAME_SCHEMA, routeOptions } from './schemas.ts';

export { summaryOf, type TaskSummary } from '../tasks/summary.ts';

const TAGS = ['tasks'];
export const DEFAULT_MAX_PARALLEL = 4;
export const DEFAULT_RETRIES = 2;
/** A script travels inside the ExecCmd, so it must fit one MQTT packet with room to spare. */
export const MAX_SCRIPT_BYTES = 64 * 1024;

export interface TaskRequest {
  name?: string;
  argv?: string[];
  script?: string;
  interpreter?: string;
  env?: Record<string, string>;
  cwd?: string;
  timeout?: number;
  memory_limit_mb?: number;
  cpu_nice?: number;
  priority: number;
  device?: string;
  tags?: string[];
  strategy: 'least_loaded';
  max_parallel_per_device: number;
  retries: number;
  retry_failed: boolean;
}

const CREATE_BODY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: { type: 'string', maxLength: 128, description: 'Free text shown in listings' },
    argv: {
      type: 'array',
      minItems: 1,
      maxItems: 1024,
      items: { type: 'string', maxLength: 8192 },
      description: 'Program and arguments (no shell); give this or script',
    },
    script: {
      type: 'string',
      minLength: 1,
      maxLength: MAX_SCRIPT_BYTES,
      description: 'Script body run with interpreter; give this or argv',
    },
    interpreter: { type: 'string', maxLength: 1024, description: 'For script (device default /bin/sh)' },
    env: { type: 'object', additionalProperties: { type: 'string', maxLength: 8192 }, maxProperties: 256 },
    cwd: { type: 'string', maxLength: 4096 },
    timeout: {
      type: 'integer',
      minimum: 0,
      maximum: 7 * 86_400,
      description: 'Seconds before the device kills the run (0: the device default)',
    },
    memory_limit_mb: { type: 'integer', minimum: 0, maximum: 1_048_576 },
    cpu_nice: { type: 'integer', minimum: -20, maximum: 19 },
    priority: {
      type: 'integer',
      minimum: -1000,
      maximum: 1000,
      default: 0,
      description: 'Higher runs first; FIFO within a priority',
    },
    device: { ...NAME_SCHEMA, description: 'Run on this device only (instead of tags)' },
    tags: {
      type: 'array',
      items: NAME_SCHEMA,
      maxItems: 32,
      description: 'Place on a device carrying every one of these tags',
    },
    strategy: { type: 'string', enum: ['least_loaded'], default: 'least_loaded' },
    max_parallel_per_device: {
      type: 'integer',
      minimum: 1,
      maximum: 10_000,
      default: DEFAULT_MAX_PARALLEL,
      description: 'Place only on a device with fewer queue tasks active than this',
    },
    retries: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      default: DEFAULT_RETRIES,
      description: 'Further attempts after a lost one (device offline or stale)',
    },
    retry_failed: {
      type: 'boolean',
      default: false,
      description: 'Also retry an attempt that exited non-zero or timed out',
    },
  },
} as const;

const ATTEMPT = {
  type: 'object',
  additionalProperties: true,
  properties: {
    n: { type: 'integer' },
    device: { type: 'string' },
    state: {
      type: 'string',
      enum: ['dispatching', 'running', 'succeeded', 'failed', 'timeout', 'stopped', 'lost', 'refused'],
    },
    run_id: { type: ['string', 'null'] },
    exit_code: { type: ['integer', 'null'] },
    output_tail: { type: 'string' },
    reason: { type: 'string' },
  },
} as const;

/** The whole persisted record (controller/tasks/types.ts): every field is meant for operators. */
const TASK = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    state: { type: 'string', enum: TASK_STATES },
    priority: { type: 'integer' },
    command: { type: 'object', additionalProperties: true },
    placement: { type: 'object', additionalProperties: true },
    retries: { type: 'integer' },
    attempts: { type: 'array', items: ATTEMPT },
    result: { type: ['object', 'null'], additionalProperties: true },
    duplicates: { type: 'array', items: { type: 'object', additionalProperties: true } },
    cancel_requested: { type: 'boolean' },
    created_ms: { type: 'number' },
    started_ms: { type: ['number', 'null'] },
    finished_ms: { type: ['number', 'null'] },
    error: { type: ['string', 'null'] },
  },
} as const;

const SUMMARY = {
  type: 'object',
  additionalProperties: true,
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    state: { type: 'string', enum: TASK_STATES },
    priority: { type: 'integer' },
    command: { type: 'string' },
    device: { type: ['string', 'null'] },
    attempts: { type: 'integer' },
    exit_code: { type: ['integer', 'null'] },
    duration_ms: { type: ['number', 'null'] },
    created_ms: { type: 'number' },
    finished_ms: { type: ['number', 'null'] },
    duplicates: { type: 'integer' },
    error: { type: ['string', 'null'] },
  },
} as const;

const ID_PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', pattern: TASK_ID_PATTERN } },
  required: ['id'],
} as const;

/** The request in the queue's terms. */
export function taskSpecOf(b: TaskRequest): TaskSpec {
  if ((b.argv === undefined) === (b.script === undefined)) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'give exactly one of argv and script');
  }
  if (b.interpreter !== undefined && b.script === undefined) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'interpreter goes with script');
  }
  if (b.device !== undefined && b.tags !== undefined && b.tags.length > 0) {
    throw new McError('MC_ERR_INVALID_ARGUMENT', 'give device or tags, not both');
  }
  return {
    name: b.name ?? '',
    command: {
      argv: b.argv ?? [],
      script: b.script ?? '',
      interpreter: b.interpreter ?? '',
      env: b.env ?? {},
      cwd: b.cwd ?? '',
      timeout_s: b.timeout ?? 0,
      memory_limit_mb: b.memory_limit_mb ?? 0,
      cpu_nice: b.cpu_nice ?? 0,
    },
    priority: b.priority,
    placement: {
      device: b.device ?? null,
      tags: [...new Set(b.tags ?? [])].sort(),
      strategy: b.strategy,
      max_parallel_per_device: b.max_parallel_per_device,
    },
    retries: b.retries,
    retry_failed: b.retry_failed,
  };
}

function statesOf(raw: string | undefined): TaskState[] | undefined {
  if (raw === undefined || raw === '') return undefined;
  const states = raw.split(',');
  const bad = states.filter((s) => !TASK_STATES.includes(s as TaskState));
  if (bad.length > 0) {
    throw new McError(
      'MC_ERR_INVALID_ARGUMENT',
      `unknown state ${bad.join(', ')}; states: ${TASK_STATES.join(', ')}`,
    );
  }
  return states as TaskState[];
}

export function registerTaskRoutes(app: FastifyInstance, queue: TaskQueue): void {
  app.post<{ Body: TaskRequest }>(
    '/api/tasks',
    routeOptions('write', {
      summary: 'Queue a task: argv or script, on a named device or placed by tags and load',
      description:
        'Exactly one of argv and script; at most one of device and tags (neither: any online device). ' +
        '404 for an unknown device. The task is on disk when the answer comes. Times in seconds.',
      tags: TAGS,
      body: CREATE_BODY,
      response: { 201: TASK },
    }),
    async (request, reply) => {
      const task = await queue.submit(taskSpecOf(request.body), request.actor);
      return reply.status(201).send(task);
    },
  );

  app.get<{ Querystring: { state?: string; device?: string; limit: number; before?: string } }>(
    '/api/tasks',
    routeOptions('read', {
      summary: 'Tasks, newest first, as summary rows; page with before=<next>',
      tags: TAGS,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          state: { type: 'string', description: `Comma-separated states: ${TASK_STATES.join(', ')}` },
          device: NAME_SCHEMA,
          limit: { type: 'integer', minimum: 1, maximum: MAX_LIST_LIMIT, default: 100 },
          before: { type: 'string', pattern: TASK_ID_PATTERN },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            tasks: { type: 'array', items: SUMMARY },
            next: { type: ['string', 'null'], description: 'Pass as before= for the next page' },
            counts: {
              type: 'object',
              properties: {
                queued: { type: 'integer' },
                dispatching: { type: 'integer' },
                running: { type: 'integer' },
              },
            },
          },
        },
      },
    }),
    async (request) => {
      const q = request.query;
      const states = statesOf(q.state);
      const page = queue.list({
        limit: q.limit,
        ...(states ? { states } : {}),
        ...(q.device !== undefined ? { device: q.device } : {}),
        ...(q.before !== undefined ? { before: q.before } : {}),
      });
      return { tasks: page.tasks.map(summaryOf), next: page.next, counts: queue.activeCounts() };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/tasks/:id',
    routeOptions('read', {
      summary: 'One task with every attempt, its kept result and any duplicate reports',
      tags: TAGS,
      params: ID_PARAMS,
      response: { 200: TASK },
    }),
    async (request) => {
      const task = queue.get(request.params.id);
      if (!task) throw new McError('MC_ERR_NOT_FOUND', `no task ${request.params.id}`);
      return task;
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/tasks/:id/cancel',
    routeOptions('write', {
      summary: 'Cancel: a queued task at once; a running one is stopped on its device',
      description:
        'A running task answers with cancel_requested true and becomes cancelled when its run ends ' +
        '(or its device is lost). 409 when the task already ended.',
      tags: TAGS,
      params: ID_PARAMS,
      response: { 200: TASK },
    }),
    async (request) => queue.cancel(request.params.id, request.actor),
  );

  app.get<{ Params: { id: string }; Querystring: { attempt?: number; lines: number } }>(
    '/api/tasks/:id/logs',
    routeOptions('read', {
      summary: "An attempt's output, read from its device (the kept tail when the device cannot answer)",
      description: 'Default attempt: the one whose result was kept, else the current one.',
      tags: TAGS,
      params: ID_PARAMS,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          attempt: { type: 'integer', minimum: 1 },
          lines: { type: 'integer', minimum: 1, maximum: 5000, default: 200 },
        },
      },
      response: {
        200: {
          type: 'object',
          properties: {
            task_id: { type: 'string' },
            attempt: { type: 'integer' },
            device: { type: 'string' },
            run_id: { type: ['string', 'null'] },
            source: { type: 'string', enum: ['device', 'stored_tail'] },
            lines: { type: 'array', items: { type: 'string' } },
            note: { type: 'string' },
          },
        },
      },
    }),
    async (request) =>
      queue.logs(request.params.id, {
        lines: request.query.lines,
        ...(request.query.attempt !== undefined ? { attempt: request.query.attempt } : {}),
      }),
  );
}

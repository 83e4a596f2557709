// Routes that ask a device over the bus (the seed's proxied client API): start, stop and
// restart a workload, reload the configuration, read a workload's logs and detailed status.
// Each answers with the device's Reply (reply-shape.ts); a device that does not answer in
// time gives 504 MC_ERR_TIMEOUT with what happens to the command (command-runner.ts).
import type { FastifyInstance } from 'fastify';
import type { CommandAction } from '../../proto/command-client.ts';
import type { CommandRunner } from './command-runner.ts';
import { DEVICE_PARAMS, ref, routeOptions, WORKLOAD_PARAMS } from './schemas.ts';

const TAGS = ['commands'];

const replySchema = (result: string, resultSchema: object, description: string) => ({
  type: 'object',
  additionalProperties: true,
  description,
  properties: {
    command_id: { type: 'string' },
    device: { type: 'string' },
    ok: { type: 'boolean' },
    ts_ms: { type: 'number', description: 'When the device answered' },
    latency_ms: { type: 'number', description: 'From publishing the command to receiving the reply' },
    result: { type: 'string', enum: [result] },
    [result]: resultSchema,
  },
});

const WORKLOAD_REPLY = replySchema('workload', ref('WorkloadState'), 'The workload’s state after the action');

interface WorkloadParams {
  name: string;
  workload: string;
}

const ERRORS_NOTE =
  'Errors: 404 unknown device (MC_ERR_NOT_FOUND, also when the device has no such workload), ' +
  '504 no reply in time (MC_ERR_TIMEOUT), or the status of the code the device answered with.';

export function registerCommandRoutes(app: FastifyInstance, runner: CommandRunner): void {
  for (const action of ['start', 'stop', 'restart'] as const) {
    app.post<{ Params: WorkloadParams }>(
      `/api/fleet/clients/:name/workloads/:workload/${action}`,
      routeOptions('write', {
        summary: `${action[0]?.toUpperCase()}${action.slice(1)} a workload on a device`,
        description: `Queued for an offline device until command_expiry. ${ERRORS_NOTE}`,
        tags: TAGS,
        params: WORKLOAD_PARAMS,
        response: { 200: WORKLOAD_REPLY },
      }),
      async (request) => {
        const { name, workload } = request.params;
        const command = { [action]: { workload } } as CommandAction;
        return runner.run({
          device: name,
          action,
          command,
          args: { workload },
          mutation: true,
          actor: request.actor,
        });
      },
    );
  }

  app.post<{ Params: { name: string } }>(
    '/api/fleet/clients/:name/reload',
    routeOptions('write', {
      summary: 'Reload the device’s workload configuration (add, remove and update workloads)',
      description: `An invalid configuration is refused whole (MC_ERR_CONFIG, 400). ${ERRORS_NOTE}`,
      tags: TAGS,
      params: DEVICE_PARAMS,
      response: {
        200: replySchema(
          'reload',
          {
            type: 'object',
            properties: Object.fromEntries(
              ['added', 'removed', 'updated', 'unchanged'].map((k) => [
                k,
                { type: 'array', items: { type: 'string' } },
              ]),
            ),
          },
          'Workload names by what the reload did to them',
        ),
      },
    }),
    async (request) =>
      runner.run({
        device: request.params.name,
        action: 'reload',
        command: { reload: {} },
        args: {},
        mutation: true,
        actor: request.actor,
      }),
  );

  app.get<{ Params: WorkloadParams; Querystring: { lines: number } }>(
    '/api/fleet/clients/:name/workloads/:workload/logs',
    routeOptions('read', {
      summary: 'The last lines of a workload’s log, read from the device',
      description: `Not queued: a device that does not answer in time gives 504. ${ERRORS_NOTE}`,
      tags: TAGS,
      params: WORKLOAD_PARAMS,
      querystring: {
        type: 'object',
        // The daemon caps one logs reply at 5000 lines (MAX_LOG_LINES): the broker's packet limit.
        properties: { lines: { type: 'integer', minimum: 1, maximum: 5000, default: 100 } },
      },
      response: {
        200: replySchema(
          'logs',
          {
            type: 'object',
            properties: { workload: { type: 'string' }, lines: { type: 'array', items: { type: 'string' } } },
          },
          'The log lines, oldest first',
        ),
      },
    }),
    async (request) => {
      const { name, workload } = request.params;
      const { lines } = request.query;
      return runner.run({
        device: name,
        action: 'logs',
        command: { logs: { workload, lines } },
        args: { workload, lines },
        mutation: false,
        actor: request.actor,
      });
    },
  );

  app.get<{ Params: WorkloadParams; Querystring: { runs: number } }>(
    '/api/fleet/clients/:name/workloads/:workload',
    routeOptions('read', {
      summary: 'A workload’s live state and its recent runs, asked from the device',
      description: `Not queued. For the stored view without asking the device see GET /api/fleet/clients/{name}. ${ERRORS_NOTE}`,
      tags: TAGS,
      params: WORKLOAD_PARAMS,
      querystring: {
        type: 'object',
        properties: { runs: { type: 'integer', minimum: 1, maximum: 1000, default: 20 } },
      },
      response: {
        200: replySchema(
          'detail',
          {
            type: 'object',
            properties: {
              state: ref('WorkloadState'),
              runs: { type: 'array', items: { type: 'object', additionalProperties: true } },
            },
          },
          'State and recent runs (RunRecord in mc.proto)',
        ),
      },
    }),
    async (request) => {
      const { name, workload } = request.params;
      const { runs } = request.query;
      return runner.run({
        device: name,
        action: 'status',
        command: { status: { workload, runs } },
        args: { workload, runs },
        mutation: false,
        actor: request.actor,
      });
    },
  );
}

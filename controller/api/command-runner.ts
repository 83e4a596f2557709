// Sends one command to a device on behalf of an API caller: refuses unknown devices, writes
// the audit entry before publishing and completes it with the outcome, counts it in the
// metrics, and turns a missing reply into an MC_ERR_TIMEOUT that tells the operator what
// happens next (the device is offline, so QoS 1 keeps the command queued until it expires).
import { performance } from 'node:perf_hooks';
import type { CommandAction, CommandClient, Reply } from '../../proto/command-client.ts';
import { isErrorCode, McError } from '../../proto/errors.ts';
import type { ControllerMetrics } from '../metrics.ts';
import type { DeviceRegistry } from '../registry/device-registry.ts';
import type { FleetStore } from '../store/fleet-store.ts';
import type { DeviceSnapshot } from '../store/types.ts';
import { findDevice } from './fleet-view.ts';
import { type ApiReply, apiReply } from './reply-shape.ts';

export interface CommandRunnerDeps {
  store: FleetStore;
  registry: DeviceRegistry;
  commands: CommandClient;
  metrics: ControllerMetrics;
  timeoutMs: number;
  /** How long a mutation waits in the broker's queue for an offline device. */
  expiryMs: number;
  now?: () => number;
}

export interface CommandRequest {
  device: string;
  /** Audit and metrics label: start, stop, restart, reload, logs, status. */
  action: string;
  command: CommandAction;
  /** What the audit log records as the command's arguments. */
  args: Record<string, unknown>;
  /**
   * Mutations stay queued for an offline device until expiryMs; reads (logs, status) expire
   * with the HTTP request, since nobody is left to read their answer.
   */
  mutation: boolean;
  actor: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

export class CommandRunner {
  readonly #deps: CommandRunnerDeps;
  readonly #now: () => number;

  constructor(deps: CommandRunnerDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? Date.now;
  }

  async run(request: CommandRequest): Promise<ApiReply> {
    const { store, commands, metrics, timeoutMs } = this.#deps;
    const device = findDevice(this.#deps, request.device);
    if (!device) throw new McError('MC_ERR_NOT_FOUND', `unknown device ${request.device}`);
    const sentAt = this.#now();
    const expiresInMs = request.mutation ? this.#deps.expiryMs : timeoutMs;
    const auditId = store.audit({
      ts_ms: sentAt,
      actor: request.actor,
      device: request.device,
      action: request.action,
      args: request.args,
      ok: null,
      error: null,
      latency_ms: null,
    });
    metrics.commandSent(request.action);
    const started = performance.now();
    let reply: Reply;
    try {
      reply = await commands.send(request.device, request.command, { timeoutMs, expiresInMs });
    } catch (err) {
      const failure =
        err instanceof McError && err.code === 'MC_ERR_TIMEOUT'
          ? new McError(
              'MC_ERR_TIMEOUT',
              this.#timeoutMessage(device, sentAt + expiresInMs, request.mutation),
            )
          : err instanceof McError
            ? err
            : new McError('MC_ERR_INTERNAL', String(err), { cause: err });
      metrics.commandFailed(request.action, failure.code);
      store.completeAudit(auditId, {
        ok: false,
        error: `${failure.code}: ${failure.message}`,
        latency_ms: null,
      });
      throw failure;
    }
    const latencyMs = performance.now() - started;
    metrics.commandReplied(request.action, reply.ok, latencyMs);
    const error = reply.ok ? null : replyError(reply, request.device);
    store.completeAudit(auditId, {
      ok: reply.ok,
      error: error ? `${error.code}: ${error.message}` : null,
      latency_ms: Math.round(latencyMs * 10) / 10,
    });
    if (error) throw error;
    return apiReply(reply, latencyMs);
  }

  /** Says why no reply came, from what the store knows about the device's health. */
  #timeoutMessage(device: DeviceSnapshot, expiresAt: number, queued: boolean): string {
    const name = device.name;
    const since = iso(device.health_since_ms);
    const next = queued
      ? `the command is queued until ${iso(expiresAt)}`
      : 'the request was not queued; try again when it is back';
    switch (device.health) {
      case 'offline':
        return `device ${name} is offline since ${since}; ${next}`;
      case 'stale':
        return `device ${name} is stale (nothing heard since ${iso(device.last_seen_ms ?? device.health_since_ms)}); ${next}`;
      case 'unknown':
        return `device ${name} has never connected; ${next}`;
      default:
        // Online yet silent: the command reached the broker and may still run.
        return `device ${name} is online but did not answer within ${this.#deps.timeoutMs} ms; ${
          queued ? `it may still act on the command until ${iso(expiresAt)}` : 'try again'
        }`;
    }
  }
}

/** A device's error reply as an McError, keeping its catalogue code (and so its HTTP status). */
function replyError(reply: Reply, device: string): McError {
  const code = reply.error?.code ?? '';
  const message = reply.error?.message || 'the device reported a failure without a message';
  if (isErrorCode(code)) return new McError(code, message);
  return new McError(
    'MC_ERR_INTERNAL',
    `device ${device} answered with unknown code ${code || '(none)'}: ${message}`,
  );
}

// The task queue's side of the command contract: ExecCmd to start an attempt, ExecStatusCmd
// to ask how a run ended, ExecStopCmd to stop one, LogsCmd to read a run's log. Every call
// goes through the controller's CommandClient and never throws: the outcome comes back as a
// value the queue decides on (a missing reply is not a failure of the task, only news that
// the device did not answer in time).
import type { CommandClient, Reply } from '../../proto/command-client.ts';
import { McError } from '../../proto/errors.ts';
import type { Attempt, FinishReport, Task, TaskLogs } from './types.ts';

export type BusOutcome<T> =
  | { kind: 'ok'; value: T }
  /** The device answered with an error. */
  | { kind: 'error'; code: string; message: string }
  /** No answer in time, or the command could not be published. */
  | { kind: 'silent'; message: string };

export interface TaskBusOptions {
  commands: CommandClient;
  /** How long to wait for a reply. */
  replyTimeoutMs: number;
  /** An ExecCmd still in the broker's queue after this long is dropped by the device. */
  dispatchExpiryMs: number;
}

/** Deterministic, so a resend (after a lost reply or a controller restart) acts once on the device. */
export const execCommandId = (task: Task, attempt: Attempt) => `task-${task.id}-${attempt.n}`;

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

export class TaskBus {
  readonly #o: TaskBusOptions;

  constructor(opts: TaskBusOptions) {
    this.#o = opts;
  }

  /** An attempt's log from its device; the kept output tail when the device cannot be asked. */
  async attemptLogs(taskId: string, attempt: Attempt, lines: number): Promise<TaskLogs> {
    const base = { task_id: taskId, attempt: attempt.n, device: attempt.device, run_id: attempt.run_id };
    const stored = (note: string): TaskLogs => ({
      ...base,
      source: 'stored_tail',
      lines: attempt.output_tail === '' ? [] : attempt.output_tail.replace(/\n$/, '').split('\n'),
      note,
    });
    if (!attempt.run_id) return stored('the attempt has no run id (it never started on the device)');
    const outcome = await this.logs(attempt.device, attempt.run_id, lines);
    if (outcome.kind === 'ok') return { ...base, source: 'device', lines: outcome.value, note: '' };
    const why = outcome.kind === 'error' ? `${outcome.code}: ${outcome.message}` : outcome.message;
    return stored(`the device could not give the log (${why}); this is the kept output tail`);
  }

  async exec(task: Task, attempt: Attempt): Promise<BusOutcome<{ run_id: string; pid: number }>> {
    const c = task.command;
    const outcome = await this.#send(
      attempt.device,
      {
        exec: {
          argv: c.argv,
          script: c.script,
          interpreter: c.interpreter,
          timeout_s: c.timeout_s,
          memory_limit_mb: c.memory_limit_mb,
          cpu_nice: c.cpu_nice,
          env: c.env,
          cwd: c.cwd,
          task_id: task.id,
          attempt: attempt.n,
        },
      },
      { id: execCommandId(task, attempt), expiresInMs: this.#o.dispatchExpiryMs },
    );
    if (outcome.kind !== 'ok') return outcome;
    const started = outcome.value.exec;
    if (!started?.run_id) {
      return { kind: 'error', code: 'MC_ERR_INTERNAL', message: 'the device answered exec without a run id' };
    }
    return { kind: 'ok', value: { run_id: started.run_id, pid: n(started.pid) } };
  }

  /** The run's status; a finished run comes back as a report, a running one as null. */
  async status(task: Task, attempt: Attempt): Promise<BusOutcome<FinishReport | null>> {
    const runId = attempt.run_id ?? '';
    const outcome = await this.#send(attempt.device, { exec_status: { run_id: runId } });
    if (outcome.kind !== 'ok') return outcome;
    const s = outcome.value.exec_status;
    if (!s)
      return { kind: 'error', code: 'MC_ERR_INTERNAL', message: 'exec_status answered without a status' };
    if (s.state === 'running' || s.state === '') return { kind: 'ok', value: null };
    const startedMs = n(s.started_ms) || null;
    const endedMs = n(s.ended_ms) || null;
    return {
      kind: 'ok',
      value: {
        task_id: task.id,
        attempt: attempt.n,
        device: attempt.device,
        run_id: s.run_id || runId,
        state: s.state ?? '',
        exit_code: s.exit_code ?? null,
        signal: s.signal ?? '',
        started_ms: startedMs,
        ended_ms: endedMs,
        duration_ms: startedMs !== null && endedMs !== null ? endedMs - startedMs : null,
        output_tail: s.output_tail ?? '',
        ...(s.reason ? { reason: s.reason } : {}),
      },
    };
  }

  async stop(device: string, runId: string): Promise<BusOutcome<null>> {
    const outcome = await this.#send(device, { exec_stop: { run_id: runId } });
    return outcome.kind === 'ok' ? { kind: 'ok', value: null } : outcome;
  }

  async logs(device: string, runId: string, lines: number): Promise<BusOutcome<string[]>> {
    const outcome = await this.#send(device, { logs: { run_id: runId, lines } });
    if (outcome.kind !== 'ok') return outcome;
    return { kind: 'ok', value: [...(outcome.value.logs?.lines ?? [])] };
  }

  async #send(
    device: string,
    action: Parameters<CommandClient['send']>[1],
    opts: { id?: string; expiresInMs?: number } = {},
  ): Promise<BusOutcome<Reply>> {
    let reply: Reply;
    try {
      reply = await this.#o.commands.send(device, action, {
        timeoutMs: this.#o.replyTimeoutMs,
        // Reads are worth nothing once we stopped waiting for them.
        expiresInMs: opts.expiresInMs ?? this.#o.replyTimeoutMs,
        ...(opts.id ? { id: opts.id } : {}),
      });
    } catch (err) {
      return { kind: 'silent', message: err instanceof McError ? err.message : String(err) };
    }
    if (!reply.ok) {
      return {
        kind: 'error',
        code: reply.error?.code ?? 'MC_ERR_INTERNAL',
        message: reply.error?.message || 'the device reported a failure without a message',
      };
    }
    return { kind: 'ok', value: reply };
  }
}

// The task queue's conversation with devices about each attempt (task-queue.ts): an ExecCmd
// sent, and sent again under the same command id while the device is online and silent (it
// acts once per id); exec_status asked of a run silent past its timeout, or after the
// controller reconnected; ExecStopCmd. What each answer means for the task goes back to the
// queue (AttemptHost), which records it.
import type { Logger } from 'pino';
import type { TaskBus } from './task-bus.ts';
import type { TaskMetrics } from './task-metrics.ts';
import { loseAttempt, RETRYABLE_REFUSALS, type Verdict } from './transitions.ts';
import type { Attempt, FinishReport, Task } from './types.ts';

/** What the sender needs of the queue. */
export interface AttemptHost {
  /** Writes the record (and announces the change). */
  save(task: Task): Promise<void>;
  /** Marks the attempt running; true when that changed the record. */
  started(task: Task, attempt: Attempt, runId: string): boolean;
  /** Settles an attempt from a finished run's report. */
  applyReport(report: FinishReport): Promise<void>;
  requestTick(): void;
  /** Runs work nobody awaits, logging a failure. */
  background(work: Promise<unknown>): void;
}

export interface AttemptSenderOptions {
  bus: TaskBus;
  host: AttemptHost;
  logger: Logger;
  now: () => number;
  replyTimeoutMs: number;
  reconcileMs: number;
  /** The queue's metrics, once it has them. */
  metrics: () => TaskMetrics | undefined;
}

interface SendState {
  inFlight: boolean;
  /** When a silent attempt may be resent, or a running one asked about. */
  nextMs: number;
}

const key = (task: Task, a: Attempt) => `${task.id}/${a.n}`;

export class AttemptSender {
  readonly #o: AttemptSenderOptions;
  readonly #bus: TaskBus;
  readonly #host: AttemptHost;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #sends = new Map<string, SendState>();

  constructor(opts: AttemptSenderOptions) {
    this.#o = opts;
    this.#bus = opts.bus;
    this.#host = opts.host;
    this.#logger = opts.logger;
    this.#now = opts.now;
  }

  /** The attempt started: it is asked about only after its timeout (and the reconcile delay). */
  started(task: Task, attempt: Attempt): void {
    const s = this.#sends.get(key(task, attempt));
    if (s) s.nextMs = this.#now() + this.#o.reconcileMs;
  }

  /** The task is final: nothing more to send for its attempts. */
  forget(task: Task): void {
    for (const a of task.attempts) this.#sends.delete(key(task, a));
  }

  /** Metrics and follow-up commands of a verdict; the caller saves the task. */
  afterVerdict(task: Task, verdict: Verdict, reason: 'lost' | 'refused' | 'failed'): void {
    switch (verdict.kind) {
      case 'finished':
        this.#o.metrics()?.finished(verdict.state);
        if (verdict.stop?.run_id)
          this.#host.background(this.stopRun(verdict.stop.device, verdict.stop.run_id));
        break;
      case 'requeued':
        this.#o.metrics()?.requeued(reason);
        break;
      case 'duplicate':
        this.#o.metrics()?.duplicate();
        this.#logger.info({ id: task.id, duplicates: task.duplicates.length }, 'duplicate task report');
        break;
      default:
    }
  }

  clear(): void {
    this.#sends.clear();
  }

  /** Resends an unanswered ExecCmd, or asks a running attempt's device how the run is. */
  followUp(task: Task, attempt: Attempt, now: number, reconcile: boolean): void {
    const k = key(task, attempt);
    let s = this.#sends.get(k);
    if (!s) {
      // Not sent by this controller process: resend or ask at once.
      s = { inFlight: false, nextMs: 0 };
      this.#sends.set(k, s);
    }
    if (s.inFlight || (!reconcile && now < s.nextMs)) return;
    if (attempt.state === 'dispatching') this.#host.background(this.sendExec(task, attempt));
    else if (attempt.run_id) {
      const budget = task.command.timeout_s * 1000;
      if (!reconcile && attempt.started_ms !== null && now - attempt.started_ms < budget) {
        s.nextMs = attempt.started_ms + budget + this.#o.reconcileMs;
        return;
      }
      this.#host.background(this.askStatus(task, attempt));
    }
  }

  async sendExec(task: Task, attempt: Attempt): Promise<void> {
    const k = key(task, attempt);
    const s = this.#sends.get(k) ?? { inFlight: false, nextMs: 0 };
    this.#sends.set(k, s);
    s.inFlight = true;
    const outcome = await this.#bus.exec(task, attempt);
    s.inFlight = false;
    const now = this.#now();
    if (outcome.kind === 'silent') {
      // Resent under the same id while the device is online; lost when it goes away.
      s.nextMs = now + this.#o.replyTimeoutMs;
      return;
    }
    if (outcome.kind === 'ok') {
      if (!this.#host.started(task, attempt, outcome.value.run_id)) return;
      await this.#host.save(task);
      if (task.cancel_requested) this.#host.background(this.stopRun(attempt.device, outcome.value.run_id));
      return;
    }
    const fatal = !RETRYABLE_REFUSALS.includes(outcome.code);
    const verdict = loseAttempt(
      task,
      attempt,
      { state: 'refused', reason: `${attempt.device} refused: ${outcome.code}: ${outcome.message}`, fatal },
      now,
    );
    if (verdict.kind === 'ignored') return;
    this.afterVerdict(task, verdict, 'refused');
    await this.#host.save(task);
    this.#host.requestTick();
  }

  async askStatus(task: Task, attempt: Attempt): Promise<void> {
    const s = this.#sends.get(key(task, attempt));
    if (!s) return;
    s.inFlight = true;
    const outcome = await this.#bus.status(task, attempt);
    s.inFlight = false;
    s.nextMs = this.#now() + this.#o.reconcileMs;
    if (outcome.kind === 'ok') {
      if (outcome.value) await this.#host.applyReport(outcome.value);
      return;
    }
    if (outcome.kind === 'error' && outcome.code === 'MC_ERR_NOT_FOUND') {
      const verdict = loseAttempt(
        task,
        attempt,
        { state: 'lost', reason: `${attempt.device} no longer knows run ${attempt.run_id}` },
        this.#now(),
      );
      if (verdict.kind === 'ignored') return;
      this.afterVerdict(task, verdict, 'lost');
      await this.#host.save(task);
      this.#host.requestTick();
    }
  }

  async stopRun(device: string, runId: string): Promise<void> {
    const outcome = await this.#bus.stop(device, runId);
    if (outcome.kind !== 'ok') {
      // Not found: it ended meanwhile (its report follows). Silent: the device is going away.
      this.#logger.info({ device, runId, outcome }, 'task run stop not confirmed');
    }
  }
}

// The fleet task queue: accepts tasks, places them on matching online devices with room
// (placement.ts), sends each attempt as an ExecCmd, and settles it from the device's
// TASK_FINISHED event or an exec_status answer (transitions.ts). Every change of a record is
// written to LMDB before the queue acts on it (sends a command, hands a slot to the next
// task), so a restarted controller continues from what was written: queued tasks stay
// queued, attempts in flight are asked about (exec_status) or resent under the same command
// id (the device acts once per id). Announces every persisted change as a 'change' event.
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import type { DeviceSnapshot, FleetChange, StoredEvent } from '../store/types.ts';
import { AttemptSender } from './attempt-sender.ts';
import { reportOfEvent } from './event-report.ts';
import { candidatesOf, compareQueued, planDispatch } from './placement.ts';
import { type ResolvedTaskQueueOptions, resolveOptions, type TaskQueueOptions } from './queue-options.ts';
import { TaskBus } from './task-bus.ts';
import { listTasks, TaskDb, taskId, trimFinished } from './task-db.ts';

import { TaskMetrics } from './task-metrics.ts';
import {
  addAttempt,
  applyReport,
  currentAttempt,
  loseAttempt,
  lostReason,
  markStarted,
  newTask,
  requestCancel,
} from './transitions.ts';
import {
  type Attempt,
  type FinishReport,
  isFinal,
  type Task,
  type TaskChange,
  type TaskListQuery,
  type TaskLogs,
  type TaskSpec,
} from './types.ts';

export class TaskQueue extends EventEmitter<{ change: [TaskChange] }> {
  readonly #o: ResolvedTaskQueueOptions;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #bus: TaskBus;
  #db: TaskDb | undefined;
  #metrics: TaskMetrics | undefined;
  /** Every task not final yet, and final ones until their last write commits. */
  readonly #active = new Map<string, Task>();
  readonly #sender: AttemptSender;
  readonly #pending = new Set<Promise<unknown>>();
  /** The last health seen of each device, to react to changes of it only. */
  readonly #health = new Map<string, string>();
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<void> | undefined;
  #again = false;
  #startedMs = 0;
  #reconcileDue = true;
  #lastTrimMs = 0;

  constructor(opts: TaskQueueOptions) {
    super();
    this.#o = resolveOptions(opts);
    this.#logger = opts.logger.child({ component: 'tasks' });
    this.#now = opts.now ?? Date.now;
    this.#bus = new TaskBus({
      commands: opts.commands,
      replyTimeoutMs: this.#o.replyTimeoutMs,
      dispatchExpiryMs: this.#o.dispatchExpiryMs,
    });
    this.#sender = new AttemptSender({
      bus: this.#bus,
      logger: this.#logger,
      now: this.#now,
      replyTimeoutMs: this.#o.replyTimeoutMs,
      reconcileMs: this.#o.reconcileMs,
      metrics: () => this.#metrics,
      host: {
        save: (task) => this.#save(task),
        started: (task, attempt, runId) => this.#started(task, attempt, runId),
        applyReport: (report) => this.#applyReport(report),
        requestTick: () => this.#requestTick(),
        background: (work) => this.#background(work),
      },
    });
  }

  /** Opens LMDB, loads the active tasks, and starts placing and settling them (idempotent). */
  async start(): Promise<void> {
    if (this.#timer) return;
    const db = TaskDb.open(this.#o.dataDir);
    this.#db = db;
    this.#seq = db.meta.get('seq') ?? 0;
    for (const { value } of db.tasks.getRange()) {
      if (!isFinal(value.state)) this.#active.set(value.id, value);
    }
    if (this.#o.metricsRegistry && !this.#metrics) {
      this.#metrics = new TaskMetrics(this.#o.metricsRegistry, { activeCounts: () => this.activeCounts() });
    }
    this.#startedMs = this.#now();
    this.#reconcileDue = true;
    this.#o.store.on('change', this.#onFleetChange);
    this.#o.client?.on('connect', this.#onReconnect);
    this.#timer = setInterval(() => this.#requestTick(), this.#o.tickMs);
    if (this.#active.size > 0) this.#logger.info({ active: this.#active.size }, 'resuming tasks');
    this.#requestTick();
  }

  /** Stops placing; waits for a tick and every write in progress; closes LMDB (idempotent). */
  async stop(): Promise<void> {
    if (!this.#timer) return;
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#o.store.off('change', this.#onFleetChange);
    this.#o.client?.off('connect', this.#onReconnect);
    this.#again = false;
    await this.#ticking;
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
    await this.#db?.close();
    this.#db = undefined;
    this.#active.clear();
    this.#sender.clear();
    this.#health.clear();
  }

  async submit(spec: TaskSpec, actor: string): Promise<Task> {
    const db = this.#open();
    const c = spec.command;
    if (c.argv.length > 0 === (c.script !== '')) {
      throw new McError('MC_ERR_INVALID_ARGUMENT', 'give exactly one of argv and script');
    }
    const pinned = spec.placement.device;
    if (pinned !== null && !this.#known(pinned)) {
      throw new McError('MC_ERR_NOT_FOUND', `unknown device ${pinned}`);
    }
    const now = this.#now();
    const seq = ++this.#seq;
    const task = newTask(spec, { id: taskId(now, seq), seq, actor, now });
    const counter = db.meta.put('seq', seq);
    await Promise.all([counter, this.#save(task)]);
    this.#active.set(task.id, task);
    this.#audit(actor, pinned ?? '', 'task_submit', {
      task_id: task.id,
      priority: task.priority,
      tags: task.placement.tags,
      name: task.name,
    });
    this.#requestTick();
    return structuredClone(task);
  }

  /** Queued: cancelled at once. Running: exec_stop, cancelled when the run ends (or is lost). */
  async cancel(id: string, actor: string): Promise<Task> {
    const task = this.#active.get(id);
    if (!task) {
      const stored = this.get(id);
      if (!stored) throw new McError('MC_ERR_NOT_FOUND', `no task ${id}`);
      throw new McError('MC_ERR_CONFLICT', `task ${id} is already ${stored.state}`);
    }
    const outcome = requestCancel(task, this.#now());
    if (outcome === 'final') throw new McError('MC_ERR_CONFLICT', `task ${id} is already ${task.state}`);
    if (outcome === 'cancelled') this.#metrics?.finished('cancelled');
    await this.#save(task);
    const attempt = currentAttempt(task);
    this.#audit(actor, attempt?.device ?? task.placement.device ?? '', 'task_cancel', {
      task_id: id,
      was: outcome === 'cancelled' ? 'queued' : task.state,
    });
    if (outcome === 'stopping' && attempt?.state === 'running' && attempt.run_id) {
      this.#background(this.#sender.stopRun(attempt.device, attempt.run_id));
    }
    // A dispatching attempt is stopped once its ExecStarted arrives (AttemptSender.sendExec).
    return structuredClone(task);
  }

  get(id: string): Task | undefined {
    const task = this.#active.get(id) ?? this.#db?.tasks.get(id);
    return task ? structuredClone(task) : undefined;
  }

  /** Newest first; `next` is the `before` of the following page (null on the last). */
  list(q: TaskListQuery = {}): { tasks: Task[]; next: string | null } {
    return listTasks(this.#open(), this.#active, q);
  }

  activeCounts(): Record<'queued' | 'dispatching' | 'running', number> {
    const counts = { queued: 0, dispatching: 0, running: 0 };
    for (const t of this.#active.values()) if (t.state in counts) counts[t.state as keyof typeof counts]++;
    return counts;
  }

  /** The run's log from its device; the stored tail when the device cannot be asked. */
  async logs(id: string, opts: { attempt?: number; lines: number }): Promise<TaskLogs> {
    const task = this.get(id);
    if (!task) throw new McError('MC_ERR_NOT_FOUND', `no task ${id}`);
    const n = opts.attempt ?? task.result?.attempt ?? currentAttempt(task)?.n;
    const attempt = task.attempts.find((a) => a.n === n);
    if (!attempt) {
      throw new McError(
        'MC_ERR_NOT_FOUND',
        `task ${id} has ${n === undefined ? 'no attempt yet' : `no attempt ${n}`}`,
      );
    }
    return this.#bus.attemptLogs(id, attempt, opts.lines);
  }

  /** A successful operator action in the fleet store's audit log. */
  #audit(actor: string, device: string, action: string, args: Record<string, unknown>): void {
    this.#o.store.audit({
      ts_ms: this.#now(),
      actor,
      device,
      action,
      args,
      ok: true,
      error: null,
      latency_ms: null,
    });
  }

  #open(): TaskDb {
    if (!this.#db) throw new McError('MC_ERR_UNAVAILABLE', 'the task queue is not running');
    return this.#db;
  }

  #known(name: string): boolean {
    return this.#o.store.device(name) !== undefined || this.#o.registry?.get(name) !== undefined;
  }

  /** Runs follow-up work nobody awaits: a failure is logged, never an unhandled rejection. */
  #background(work: Promise<unknown>): void {
    work.catch((err: unknown) => this.#logger.error({ err }, 'task queue follow-up failed'));
  }

  /** Writes the record; final tasks leave the active map once that write is on disk. */
  #save(task: Task): Promise<void> {
    const db = this.#db;
    if (!db) {
      // Stopped meanwhile (a reply that came in during shutdown): the next start asks again.
      this.#logger.debug({ id: task.id }, 'task change after stop not written');
      return Promise.resolve();
    }
    task.updated_ms = this.#now();
    const write = db.tasks.put(task.id, task).then(
      () => {
        if (isFinal(task.state) && this.#active.get(task.id) === task) {
          this.#active.delete(task.id);
          this.#sender.forget(task);
        }
      },
      (err: unknown) => this.#logger.error({ err, id: task.id }, 'task write failed'),
    );
    this.#pending.add(write);
    void write.finally(() => this.#pending.delete(write));
    if (this.listenerCount('change') > 0) this.emit('change', { kind: 'task', task: structuredClone(task) });
    return write;
  }

  readonly #onReconnect = (): void => {
    this.#reconcileDue = true;
    this.#requestTick();
  };

  readonly #onFleetChange = (change: FleetChange): void => {
    if (change.kind === 'event') {
      if (change.event.type === 'task_finished') this.#onFinishedEvent(change.event);
      else if (change.event.type === 'task_started') this.#onStartedEvent(change.event);
      return;
    }
    if (change.kind === 'removed') {
      this.#requestTick();
      return;
    }
    if (change.kind !== 'device') return;
    const d = change.device;
    // Heartbeats change a device every few seconds; only a change of health is news here
    // (room freed by a finished run is handled where the report arrives, load on the timer).
    if (this.#health.get(d.name) === d.health) return;
    this.#health.set(d.name, d.health);
    const busy = () =>
      [...this.#active.values()].some((t) => {
        const a = currentAttempt(t);
        return a?.device === d.name && (a.state === 'running' || a.state === 'dispatching');
      });
    const queued = () => [...this.#active.values()].some((t) => t.state === 'queued');
    if (d.health === 'online' ? queued() : busy()) this.#requestTick();
  };

  #onFinishedEvent(event: StoredEvent): void {
    const report = reportOfEvent(event);
    if (report) this.#background(this.#applyReport(report));
  }

  #onStartedEvent(event: StoredEvent): void {
    const task = this.#active.get(event.attrs.task_id ?? '');
    const attempt = task?.attempts.find((a) => a.n === Number(event.attrs.attempt));
    if (!task || !attempt || attempt.device !== event.device || !event.run_id) return;
    if (this.#started(task, attempt, event.run_id)) this.#background(this.#save(task));
  }

  /** Marks the attempt running; true when that changed the record. */
  #started(task: Task, attempt: Attempt, runId: string): boolean {
    const first = task.started_ms === null;
    if (!markStarted(task, attempt, runId, this.#now())) return false;
    if (first && task.started_ms !== null) this.#metrics?.started(task.started_ms - task.created_ms);
    this.#sender.started(task, attempt);
    return true;
  }

  async #applyReport(report: FinishReport): Promise<void> {
    const task = this.#active.get(report.task_id) ?? this.#db?.tasks.get(report.task_id);
    if (!task) return;
    const settled = applyReport(task, report, this.#now(), this.#o.tailBytes);
    if (!settled) return;
    this.#sender.afterVerdict(task, settled.verdict, settled.reason);
    // Held in memory until written, so a second report meanwhile sees this one.
    this.#active.set(task.id, task);
    await this.#save(task);
    this.#requestTick();
  }

  #requestTick(): void {
    if (!this.#timer) return;
    if (this.#ticking) {
      this.#again = true;
      return;
    }
    this.#ticking = this.#tick()
      .catch((err: unknown) => this.#logger.error({ err }, 'task queue step failed'))
      .finally(() => {
        this.#ticking = undefined;
        if (this.#again && this.#timer) {
          this.#again = false;
          this.#requestTick();
        }
      });
  }

  async #tick(): Promise<void> {
    const now = this.#now();
    if (now - this.#startedMs < this.#o.settleMs) return;
    const devices = new Map<string, DeviceSnapshot>();
    for (const d of this.#o.store.devices()) devices.set(d.name, d);
    const reconcile = this.#reconcileDue;
    this.#reconcileDue = false;
    const writes: Promise<void>[] = [];
    for (const task of [...this.#active.values()]) {
      if (isFinal(task.state)) continue;
      const attempt = currentAttempt(task);
      if (!attempt || (attempt.state !== 'running' && attempt.state !== 'dispatching')) continue;
      const lost = lostReason(devices.get(attempt.device), attempt.device, {
        known: this.#known(attempt.device),
        now,
        lostAfterMs: this.#o.lostAfterMs,
      });
      if (lost) {
        const verdict = loseAttempt(task, attempt, { state: 'lost', reason: lost }, now);
        this.#sender.afterVerdict(task, verdict, 'lost');
        this.#logger.info(
          { id: task.id, attempt: attempt.n, device: attempt.device, verdict: verdict.kind },
          lost,
        );
        writes.push(this.#save(task));
        continue;
      }
      if (devices.get(attempt.device)?.health !== 'online') continue;
      this.#sender.followUp(task, attempt, now, reconcile);
    }
    await Promise.all(writes);
    await this.#dispatch(devices, now);
    if (now - this.#lastTrimMs > 10_000) {
      this.#lastTrimMs = now;
      await trimFinished(this.#open(), this.#active, this.#o.keep);
    }
  }

  async #dispatch(devices: Map<string, DeviceSnapshot>, now: number): Promise<void> {
    const queue = [...this.#active.values()].filter((t) => t.state === 'queued').sort(compareQueued);
    if (queue.length === 0) return;
    const plan = planDispatch(
      queue,
      candidatesOf(
        devices.values(),
        this.#active.values(),
        (name) => this.#o.registry?.get(name)?.tags ?? [],
      ),
    );
    if (plan.length === 0) return;
    const started = plan.map(({ task, device }) => ({ task, attempt: addAttempt(task, device, now) }));
    // Written before the commands go out: a crash in between resends under the same ids.
    await Promise.all(started.map(({ task }) => this.#save(task)));
    this.#metrics?.dispatched(started.length);
    for (const { task, attempt } of started) this.#background(this.#sender.sendExec(task, attempt));
  }
}

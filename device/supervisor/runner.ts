// The supervisor of one workload: a state machine over its runs. It starts runs, decides
// what follows when one ends (run mode + restart policy), keeps the state in LMDB and emits
// events. Every transition goes through one serial queue, so an operator stop, a process
// exit and a timer never interleave halfway (docs/supervision.md has the state diagram).
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { LoadedWorkload } from '../config/workload-schema.ts';
import { bootId } from '../proc/boot-id.ts';
import type { StateStore } from '../state/state-store.ts';
import { emptyWorkloadRecord, type RunRecord, type WorkloadRecord } from '../state/types.ts';
import { findAdoptable, lostRun } from './adoption.ts';
import type { Clock, TimerHandle } from './clock.ts';
import type { CronJob, CronScheduler } from './cron-trigger.ts';
import { planLaunch } from './launch.ts';
import { memoryVerdict } from './limits.ts';
import { fifoPath, removeFifo } from './log-pipe.ts';
import { tailLog } from './log-tail.ts';
import { type RestartDecision, RestartPolicy, restartPolicyConfig } from './restart-policy.ts';
import { RotatingLog } from './rotating-log.ts';
import { Run, type RunDeps, type RunResult } from './run.ts';
import { type RunModeStrategy, runModeFor } from './run-modes.ts';
import type { SupervisorDefaults, SupervisorEvent, SupervisorEventType, WorkloadView } from './types.ts';
import { logMarker, newRunId, specHash, startedRun, toView } from './workload-view.ts';

export interface RunnerDeps {
  clock: Clock;
  logger: Logger;
  store: StateStore;
  cron: CronScheduler;
  logDir: string;
  runDir: string;
  defaults: SupervisorDefaults;
  emit(event: SupervisorEvent): void;
  emitState(view: WorkloadView): void;
}

type StartKind = Extract<SupervisorEventType, 'started' | 'restarted' | 'recovered'>;

export interface GroupSample {
  rssBytes: number;
  cpuPercent: number;
}

export class Runner {
  private loaded: LoadedWorkload;
  private hash: string;
  private record: WorkloadRecord;
  private mode: RunModeStrategy;
  private policy: RestartPolicy;
  private run: Run | undefined;
  private readonly log: RotatingLog;
  private readonly logger: Logger;
  private restartTimer: TimerHandle | undefined;
  /** Bumped whenever the restart timer is cleared, so a fire already queued is void. */
  private restartEpoch = 0;
  private stableTimer: TimerHandle | undefined;
  private cronJob: CronJob | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Set while an operation ends the current run itself: no automatic next step. */
  private holding = false;
  private closed = false;
  private metrics = { rss_bytes: 0, cpu_percent: 0 };
  private memoryWarned: Run | undefined;
  private memoryLimited: Run | undefined;

  constructor(
    loaded: LoadedWorkload,
    private readonly deps: RunnerDeps,
  ) {
    this.loaded = loaded;
    this.hash = specHash(loaded.spec, loaded.dir);
    this.record = emptyWorkloadRecord(loaded.spec.name, this.hash, deps.clock.now());
    this.mode = runModeFor(loaded.spec);
    this.policy = new RestartPolicy(restartPolicyConfig(loaded.spec), deps.clock);
    this.logger = deps.logger.child({ workload: loaded.spec.name });
    this.log = new RotatingLog(this.logPath, loaded.spec.logs ?? deps.defaults.logs, this.logger);
  }

  get name(): string {
    return this.loaded.spec.name;
  }

  get specHash(): string {
    return this.hash;
  }

  get logPath(): string {
    return join(this.deps.logDir, `${this.loaded.spec.name}.log`);
  }

  /** Process group of the current run, for the watchdog. */
  get pgid(): number | undefined {
    return this.run?.handle?.pgid;
  }

  view(): WorkloadView {
    return toView(this.record, this.loaded.spec, this.metrics, this.deps.clock.now());
  }

  /** Restores the stored state at daemon start: adopt a live run, or follow the run mode. */
  init(stored: WorkloadRecord | undefined): Promise<void> {
    return this.serial(async () => {
      const now = this.deps.clock.now();
      if (!stored) return this.activate('started');
      this.record = { ...stored, name: this.name };
      const specChanged = stored.spec_hash !== this.hash;
      const adoptable = await findAdoptable(stored, now);
      if (adoptable) {
        const run = Run.adopt(adoptable, adoptable.startedMs, this.runDeps(adoptable.runId));
        this.run = run;
        this.record.status = 'running';
        this.log.write(logMarker(now, `run ${run.id} adopted (pid ${adoptable.pid}) after a daemon restart`));
        this.watch(run);
        this.commit();
        this.emit('adopted', `pid ${adoptable.pid} still running; adopted`, run.id);
        if (specChanged) await this.replaceSpec(this.loaded, 'restarted');
        else if (this.record.stopped_by_operator) await this.stopNow(true, 'stopped by operator');
        return;
      }
      const lost = lostRun(stored, now);
      if (lost) {
        void this.deps.store.updateRun(lost);
        Object.assign(this.record, {
          pid: null,
          pgid: null,
          start_time: null,
          boot_id: null,
          last_stopped_ms: now,
        });
      }
      if (specChanged) this.resetCounters();
      const until = this.record.backoff_until_ms;
      const resting = !specChanged && this.record.status === 'backoff' && until !== null && until > now;
      if (resting && !this.record.stopped_by_operator && this.loaded.spec.autostart) {
        // A daemon restart must not cut a crash-loop cooldown short.
        this.commit();
        return this.schedule(until - now, 'recovered');
      }
      await this.activate('started');
    });
  }

  /** Operator start: clears an operator stop; a completed n_times workload runs its runs again. */
  start(): Promise<void> {
    return this.serial(async () => {
      this.record.stopped_by_operator = false;
      if (this.run) return this.commit();
      if (this.mode.isComplete(this.record)) this.record.run_count = 0;
      if (!this.mode.runsOnActivation) this.armCron();
      await this.begin('started');
    });
  }

  /** Stops the workload. An operator stop sticks (across daemon restarts too) until a start. */
  stop(options: { operator: boolean }): Promise<void> {
    return this.serial(() =>
      this.stopNow(options.operator, options.operator ? 'stopped by operator' : 'stopped by the daemon'),
    );
  }

  restart(): Promise<void> {
    return this.serial(async () => {
      this.record.stopped_by_operator = false;
      await this.endRun();
      if (this.mode.isComplete(this.record)) this.record.run_count = 0;
      if (!this.mode.runsOnActivation) this.armCron();
      await this.begin('restarted');
    });
  }

  /** Hot reload of a changed spec: the current run stops, counters reset, the new spec activates. */
  update(loaded: LoadedWorkload): Promise<void> {
    return this.serial(() => this.replaceSpec(loaded, this.run ? 'restarted' : 'started'));
  }

  /** Watchdog sample of the current run's process group: metrics, memory warning and limit. */
  sample(sample: GroupSample): void {
    const run = this.run;
    if (!run?.handle) return;
    this.metrics = { rss_bytes: sample.rssBytes, cpu_percent: sample.cpuPercent };
    const limitMb = this.loaded.spec.memory_limit_mb;
    if (limitMb === undefined) return;
    const verdict = memoryVerdict(sample.rssBytes, limitMb);
    const rss = `RSS ${(sample.rssBytes / 1024 / 1024).toFixed(1)} MB`;
    if (verdict !== 'ok' && this.memoryWarned !== run) {
      this.memoryWarned = run;
      this.emit('memory-warning', `${rss} is at least 90% of memory_limit_mb ${limitMb}`, run.id);
    }
    if (verdict === 'limit' && this.memoryLimited !== run) {
      this.memoryLimited = run;
      const restart = this.loaded.spec.memory_action === 'restart';
      this.emit(
        'memory-limit',
        `${rss} reached memory_limit_mb ${limitMb}: ${restart ? 'restarting' : 'warn only'}`,
        run.id,
      );
      if (restart) void run.stop('memory_limit');
    }
  }

  history(limit: number): Promise<RunRecord[]> {
    return this.deps.store.runHistory(this.name, limit);
  }

  async tail(lines: number): Promise<string[]> {
    await this.log.flush();
    return tailLog(this.logPath, lines, (this.loaded.spec.logs ?? this.deps.defaults.logs).max_files);
  }

  /** Releases timers and the log; call after stop() (or detach()). */
  close(): Promise<void> {
    return this.serial(async () => {
      this.closed = true;
      this.clearTimers();
      await this.log.close();
    });
  }

  /** Daemon hand-over: stop watching and leave the processes running for the next daemon to adopt. */
  detach(): Promise<void> {
    return this.serial(async () => {
      this.closed = true;
      this.clearTimers();
      this.run?.detach();
      this.run = undefined;
      await this.log.close();
    });
  }

  /** Removed from the config: stop it, forget its state and history, delete its pipe. */
  remove(): Promise<void> {
    return this.serial(async () => {
      await this.stopNow(false, 'removed from the configuration');
      this.closed = true;
      this.clearTimers();
      await this.deps.store.deleteWorkload(this.name);
      await this.log.close();
      removeFifo(fifoPath(this.deps.runDir, this.name));
    });
  }

  // ---- transitions: called inside the serial queue only ----

  private async activate(kind: StartKind): Promise<void> {
    const r = this.record;
    if (r.stopped_by_operator) {
      r.status = 'stopped';
    } else if (!this.loaded.spec.autostart) {
      if (!['completed', 'failed', 'stopped'].includes(r.status)) r.status = 'registered';
    } else if (!this.mode.runsOnActivation) {
      if (!['completed', 'failed'].includes(r.status)) r.status = 'registered';
      this.armCron();
    } else if (this.mode.isComplete(r)) {
      r.status = r.last_error === null ? 'completed' : 'failed';
    } else {
      return this.begin(kind);
    }
    this.commit();
  }

  private async begin(kind: StartKind): Promise<void> {
    if (this.run || this.closed) return;
    this.clearRestartTimer();
    const runId = newRunId();
    const plan = planLaunch(this.loaded, { runId, rlimitAs: this.deps.defaults.rlimitAs });
    for (const note of plan.notes) this.logger.info(note);
    const run = await Run.start(plan, this.runDeps(runId));
    this.run = run;
    const r = this.record;
    r.run_count += 1;
    if (kind !== 'started') r.restarts += 1;
    Object.assign(r, {
      status: 'running',
      pid: run.handle?.pid ?? null,
      pgid: run.handle?.pgid ?? null,
      start_time: run.handle?.startTime ?? null,
      boot_id: run.handle ? bootId() : null,
      run_id: runId,
      last_started_ms: run.startedMs,
      backoff_until_ms: null,
      next_run_ms: this.cronJob?.next() ?? null,
    });
    this.metrics = { rss_bytes: 0, cpu_percent: 0 };
    void this.deps.store.addRun(startedRun(this.name, runId, run.pid, run.startedMs));
    this.watch(run);
    if (!run.handle) return; // spawn failed: finish() reports it
    this.log.write(logMarker(run.startedMs, `run ${runId} ${kind} (pid ${run.handle.pid})`));
    this.commit();
    this.emit(kind, `pid ${run.handle.pid}`, runId);
  }

  /** Records the end of `run`; unless an operation holds the workload, moves on to what follows. */
  private async finish(run: Run, result: RunResult): Promise<void> {
    if (this.run !== run) return;
    this.run = undefined;
    this.clearTimer('stableTimer');
    const r = this.record;
    const decision =
      result.reason === 'stopped'
        ? undefined
        : this.policy.afterRun(r, { startedMs: run.startedMs, failed: result.failed });
    if (decision) Object.assign(r, decision.state);
    Object.assign(r, {
      pid: null,
      pgid: null,
      start_time: null,
      boot_id: null,
      last_stopped_ms: result.endedMs,
      last_exit_code: result.exitCode,
      last_signal: result.signal,
      last_error: result.failed ? result.message : result.reason === 'exit' ? null : r.last_error,
    });
    void this.deps.store.updateRun({
      ...startedRun(this.name, run.id, run.pid, run.startedMs),
      ended_ms: result.endedMs,
      exit_code: result.exitCode,
      signal: result.signal,
      duration_ms: result.endedMs - run.startedMs,
      reason: result.reason,
      message: result.message,
    });
    this.log.write(logMarker(result.endedMs, `run ${run.id} ${result.message}`));
    if (decision) {
      const codes = { exit_code: result.exitCode ?? undefined, signal: result.signal ?? undefined };
      this.emit(result.failed ? 'failed' : 'exited', result.message, run.id, codes);
    }
    if (!decision || this.holding || this.closed) return this.commit();
    this.next(run, result, decision);
  }

  private next(run: Run, result: RunResult, decision: RestartDecision): void {
    const r = this.record;
    const now = this.deps.clock.now();
    if (this.mode.isComplete(r) || !this.mode.shouldRestart(r)) {
      r.status = result.failed ? 'failed' : 'completed';
      r.next_run_ms = this.cronJob?.next() ?? null;
      this.commit();
      if (this.mode.isComplete(r)) {
        this.emit(
          'completed',
          `${r.run_count}/${this.loaded.spec.max_runs} runs done; last ${result.message}`,
          run.id,
        );
      }
      return;
    }
    if (decision.crashLoop) {
      Object.assign(r, { status: 'backoff', backoff_until_ms: now + decision.delayMs });
      this.commit();
      const c = this.loaded.spec.crash_loop;
      this.emit(
        'backoff',
        `crash loop: ${c.max_failures} failures within ${c.window}s; resting ${c.cooldown}s`,
        run.id,
      );
      this.schedule(decision.delayMs, 'recovered');
      return;
    }
    if (result.failed) Object.assign(r, { status: 'backoff', backoff_until_ms: now + decision.delayMs });
    else Object.assign(r, { status: 'starting', next_run_ms: now + decision.delayMs });
    this.commit();
    this.schedule(decision.delayMs, 'restarted');
  }

  private async stopNow(operator: boolean, message: string): Promise<void> {
    const r = this.record;
    const active = this.run !== undefined || this.restartTimer !== undefined || this.cronJob !== undefined;
    const changed = r.status !== 'stopped' || (operator && !r.stopped_by_operator);
    if (operator) r.stopped_by_operator = true;
    this.clearRestartTimer();
    this.cancelCron();
    await this.endRun();
    // A daemon shutdown leaves an idle workload's status (completed, failed…) as it was.
    if (!active && !operator) return;
    Object.assign(r, { status: 'stopped', backoff_until_ms: null, next_run_ms: null });
    this.commit();
    if (active || changed) this.emit('stopped', message, r.run_id ?? '');
  }

  /** Stops the current run (if any) and records it, without the automatic next step. */
  private async endRun(): Promise<void> {
    const run = this.run;
    if (!run) return;
    this.record.status = 'stopping';
    this.commit();
    this.holding = true;
    try {
      await this.finish(run, await run.stop('stopped'));
    } finally {
      this.holding = false;
    }
  }

  private async replaceSpec(loaded: LoadedWorkload, kind: StartKind): Promise<void> {
    await this.endRun();
    this.clearRestartTimer();
    this.cancelCron();
    this.loaded = loaded;
    this.hash = specHash(loaded.spec, loaded.dir);
    this.mode = runModeFor(loaded.spec);
    this.policy = new RestartPolicy(restartPolicyConfig(loaded.spec), this.deps.clock);
    this.log.setRotation(loaded.spec.logs ?? this.deps.defaults.logs);
    this.resetCounters();
    await this.activate(kind);
  }

  /** A new spec is a new workload as far as counting goes (n_times runs its runs again). */
  private resetCounters(): void {
    Object.assign(this.record, {
      run_count: 0,
      consecutive_failures: 0,
      failure_times: [],
      last_error: null,
      backoff_until_ms: null,
      next_run_ms: null,
      spec_hash: this.hash,
    });
  }

  // ---- helpers ----

  private runDeps(runId: string): RunDeps {
    const { spec } = this.loaded;
    return {
      workload: this.name,
      runId,
      clock: this.deps.clock,
      logger: this.logger,
      log: this.log,
      fifo: fifoPath(this.deps.runDir, this.name),
      stopTimeoutMs: spec.stop_timeout * 1000,
      timeoutMs: spec.timeout === undefined ? undefined : spec.timeout * 1000,
      adoptPollMs: this.deps.defaults.adoptPollMs,
      onTimeout: () => this.emit('timeout', `exceeded its timeout of ${spec.timeout}s; killing it`, runId),
    };
  }

  /** Routes the run's end into the queue and arms the "stable again" timer. */
  private watch(run: Run): void {
    void run.ended.then((result) => this.serial(() => this.finish(run, result)));
    if (!run.handle) return;
    const left = run.startedMs + this.policy.config.resetAfterMs - this.deps.clock.now();
    this.stableTimer = this.deps.clock.setTimeout(() => {
      this.stableTimer = undefined;
      const r = this.record;
      if (this.run !== run || (r.consecutive_failures === 0 && r.failure_times.length === 0)) return;
      Object.assign(r, { consecutive_failures: 0, failure_times: [] });
      this.commit();
    }, left);
  }

  private schedule(delayMs: number, kind: StartKind): void {
    this.clearRestartTimer();
    const epoch = this.restartEpoch;
    this.restartTimer = this.deps.clock.setTimeout(() => {
      this.restartTimer = undefined;
      void this.serial(async () => {
        if (epoch === this.restartEpoch) await this.begin(kind);
      });
    }, delayMs);
  }

  private armCron(): void {
    const expression = this.loaded.spec.schedule;
    if (this.cronJob || expression === undefined) return;
    try {
      const job: CronJob = this.deps.cron.schedule(expression, () => {
        void this.serial(() => this.onCron(job));
      });
      this.cronJob = job;
      this.record.next_run_ms = job.next();
    } catch (err) {
      Object.assign(this.record, { status: 'failed', last_error: (err as Error).message, next_run_ms: null });
      this.logger.error({ err }, 'cannot arm schedule');
    }
  }

  private async onCron(job: CronJob): Promise<void> {
    if (this.cronJob !== job || this.closed) return;
    this.record.next_run_ms = job.next();
    if (!this.run) return this.begin('started');
    // Never two runs of one workload at once: this fire is dropped.
    this.emit('skipped', 'schedule fired while the previous run was still in progress', this.run.id);
    this.commit();
  }

  private cancelCron(): void {
    this.cronJob?.cancel();
    this.cronJob = undefined;
  }

  private clearRestartTimer(): void {
    this.restartEpoch++;
    this.clearTimer('restartTimer');
  }

  private clearTimer(which: 'restartTimer' | 'stableTimer'): void {
    const timer = this[which];
    if (timer !== undefined) this.deps.clock.clearTimeout(timer);
    this[which] = undefined;
  }

  private clearTimers(): void {
    this.clearRestartTimer();
    this.clearTimer('stableTimer');
    this.cancelCron();
  }

  private commit(): void {
    this.record.updated_ms = this.deps.clock.now();
    if (this.deps.store.isOpen) void this.deps.store.putWorkload(this.record);
    else this.logger.warn('state store closed; state change not persisted');
    this.deps.emitState(this.view());
  }

  private emit(
    type: SupervisorEventType,
    message: string,
    runId: string,
    codes: Partial<SupervisorEvent> = {},
  ): void {
    const event: SupervisorEvent = {
      type,
      workload: this.name,
      ts: this.deps.clock.now(),
      run_id: runId,
      message,
    };
    if (codes.exit_code !== undefined) event.exit_code = codes.exit_code;
    if (codes.signal !== undefined) event.signal = codes.signal;
    this.logger.info({ event: type, run_id: runId }, message);
    this.deps.emit(event);
  }

  private serial(op: () => Promise<void>): Promise<void> {
    const next = this.queue.then(op);
    this.queue = next.catch((err: unknown) => this.logger.error({ err }, 'supervision step failed'));
    return next;
  }
}

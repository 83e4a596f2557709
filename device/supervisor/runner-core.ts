// The run lifecycle of one workload, under the Runner's operations: starting a run,
// recording its end and deciding what follows (run mode + restart policy, run-outcome.ts),
// the schedule, persistence of the state record and events. Methods here run inside the
// Runner's serial queue only, so transitions never interleave.
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { LoadedWorkload } from '../config/workload-schema.ts';
import type { StateStore } from '../state/state-store.ts';
import { emptyWorkloadRecord, type WorkloadRecord } from '../state/types.ts';
import type { Clock } from './clock.ts';
import { removeContainer, stopContainer, workloadContainerName } from './container.ts';
import type { CronScheduler } from './cron-trigger.ts';
import { planLaunch } from './launch.ts';
import { fifoPath } from './log-pipe.ts';
import { MemoryGuard } from './memory-guard.ts';
import { RestartPolicy, restartPolicyConfig } from './restart-policy.ts';
import { RotatingLog } from './rotating-log.ts';
import { Run, type RunDeps, type RunResult } from './run.ts';
import { type RunModeStrategy, runModeFor } from './run-modes.ts';
import { nextStep, recordRunEnd, recordRunStart, runRecord } from './run-outcome.ts';
import { RunnerTimers } from './runner-timers.ts';
import type { SupervisorDefaults, SupervisorEvent, SupervisorEventType, WorkloadView } from './types.ts';
import { logMarker, newRunId, specHash, toView } from './workload-view.ts';

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

export type StartKind = Extract<SupervisorEventType, 'started' | 'restarted' | 'recovered'>;

export interface GroupSample {
  rssBytes: number;
  cpuPercent: number;
}

export abstract class RunnerCore {
  protected loaded: LoadedWorkload;
  protected hash: string;
  protected record: WorkloadRecord;
  protected mode: RunModeStrategy;
  protected policy: RestartPolicy;
  protected run: Run | undefined;
  protected readonly log: RotatingLog;
  protected readonly logger: Logger;
  protected readonly timers: RunnerTimers;
  protected readonly memory = new MemoryGuard();
  private queue: Promise<void> = Promise.resolve();
  /** Set while an operation ends the current run itself: no automatic next step. */
  protected holding = false;
  protected closed = false;
  protected metrics = { rss_bytes: 0, cpu_percent: 0 };
  protected notesLogged = false;

  constructor(
    loaded: LoadedWorkload,
    protected readonly deps: RunnerDeps,
  ) {
    this.loaded = loaded;
    this.hash = specHash(loaded.spec, loaded.dir);
    this.record = emptyWorkloadRecord(loaded.spec.name, this.hash, deps.clock.now());
    this.mode = runModeFor(loaded.spec);
    this.policy = new RestartPolicy(restartPolicyConfig(loaded.spec), deps.clock);
    this.logger = deps.logger.child({ workload: loaded.spec.name });
    this.log = new RotatingLog(this.logPath, loaded.spec.logs ?? deps.defaults.logs, this.logger);
    this.timers = new RunnerTimers(deps.clock);
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

  /** Follows the run mode when nothing runs: start, arm the schedule, or stay as is. */
  protected async activate(kind: StartKind): Promise<void> {
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

  /** An operator start or restart: a completed n_times workload begins a new series. */
  protected async runAgain(kind: StartKind): Promise<void> {
    if (this.mode.isComplete(this.record)) this.record.run_count = 0;
    if (!this.mode.runsOnActivation) this.armCron();
    await this.begin(kind);
  }

  protected async begin(kind: StartKind): Promise<void> {
    if (this.run || this.closed) return;
    this.started(await this.spawnRun(), kind);
  }

  /** Spawns a run; never throws (a failed spawn is a run that ended with spawn_error). */
  private spawnRun(): Promise<Run> {
    this.timers.clearRestart();
    const runId = newRunId();
    return Run.start(() => {
      const plan = planLaunch(this.loaded, {
        runId,
        rlimitAs: this.deps.defaults.rlimitAs,
        engine: this.deps.defaults.containerEngine,
        containerName: this.containerName,
        containerLabels: { 'mc.owner': this.deps.runDir },
      });
      // Notes (a limit not applied) are the same for every run: say them once per spec.
      if (!this.notesLogged) for (const note of plan.notes) this.logger.info(note);
      this.notesLogged = true;
      return plan;
    }, this.runDeps(runId));
  }

  /** Makes a just-spawned run the current one: record, history, log marker, event. */
  private started(run: Run, kind: StartKind): void {
    this.run = run;
    recordRunStart(this.record, run, kind !== 'started', this.timers.cron?.next() ?? null);
    this.metrics = { rss_bytes: 0, cpu_percent: 0 };
    void this.deps.store.addRun(runRecord(this.name, run));
    this.watch(run);
    if (!run.handle) return; // spawn failed: finish() records and reports it
    this.log.write(logMarker(run.startedMs, `run ${run.id} ${kind} (pid ${run.handle.pid})`));
    this.commit();
    this.emit(kind, `pid ${run.handle.pid}`, run.id);
  }

  /** Records the end of `run`; unless an operation holds the workload, moves on to what follows. */
  protected async finish(run: Run, result: RunResult): Promise<void> {
    if (this.run !== run) return;
    this.run = undefined;
    this.timers.clearStable();
    const r = this.record;
    // An operator stop is no verdict on the workload: it leaves the failure streak alone.
    const decision =
      result.reason === 'stopped'
        ? undefined
        : this.policy.afterRun(r, { startedMs: run.startedMs, failed: result.failed });
    const step =
      decision && !this.holding && !this.closed ? nextStep(this.mode, r, result, decision) : undefined;
    const now = this.deps.clock.now();
    // The delay counts from the exit, not from the end of the group cleanup and output drain.
    const due = step?.kind === 'restart' ? result.endedMs + step.delayMs : now;
    // A delay already over (restart_delay 0) means now: the replacement is spawned first; the
    // end of this run is recorded, logged and published after, since it need not wait for any of it.
    const next =
      step?.kind === 'restart' && !step.crashLoop && due <= now ? await this.spawnRun() : undefined;
    recordRunEnd(r, result, decision);
    void this.deps.store.updateRun(runRecord(this.name, run, result));
    this.log.write(logMarker(result.endedMs, `run ${run.id} ${result.message}`));
    if (decision) {
      const codes = { exit_code: result.exitCode ?? undefined, signal: result.signal ?? undefined };
      this.emit(result.failed ? 'failed' : 'exited', result.message, run.id, codes);
    }
    if (next) return this.started(next, 'restarted');
    if (!step) return this.commit();
    r.status = step.status;
    if (step.kind === 'idle') {
      r.next_run_ms = this.timers.cron?.next() ?? null;
      this.commit();
      const done = `${r.run_count}/${this.loaded.spec.max_runs} runs done; last ${result.message}`;
      if (step.finished) this.emit('completed', done, run.id);
      return;
    }
    if (step.status === 'backoff') r.backoff_until_ms = due;
    else r.next_run_ms = due;
    this.commit();
    if (step.crashLoop) {
      const c = this.loaded.spec.crash_loop;
      this.emit(
        'backoff',
        `crash loop: ${c.max_failures} failures within ${c.window}s; resting ${c.cooldown}s`,
        run.id,
      );
    }
    this.scheduleStart(Math.max(0, due - now), step.crashLoop ? 'recovered' : 'restarted');
  }

  protected get containerName(): string {
    return workloadContainerName(this.name, this.deps.runDir);
  }

  protected runDeps(runId: string): RunDeps {
    const { spec } = this.loaded;
    const engine = this.deps.defaults.containerEngine;
    const name = this.containerName;
    // Stopping the attached CLI alone could leave the container running: stop it by name.
    const container =
      spec.runtime === 'container' && engine
        ? {
            beforeStop: () => stopContainer(engine, name, spec.stop_timeout),
            afterEnd: () => removeContainer(engine, name),
          }
        : {};
    return {
      ...container,
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

  /** Routes the run's end into the queue, and clears the failure streak once the run is stable. */
  protected watch(run: Run): void {
    void run.ended.then((result) => this.serial(() => this.finish(run, result)));
    if (!run.handle) return;
    const left = run.startedMs + this.policy.config.resetAfterMs - this.deps.clock.now();
    this.timers.armStable(left, () => {
      const r = this.record;
      if (this.run !== run || (r.consecutive_failures === 0 && r.failure_times.length === 0)) return;
      Object.assign(r, { consecutive_failures: 0, failure_times: [] });
      this.commit();
    });
  }

  protected scheduleStart(delayMs: number, kind: StartKind): void {
    this.timers.scheduleRestart(delayMs, (stillWanted) => {
      void this.serial(async () => {
        if (stillWanted()) await this.begin(kind);
      });
    });
  }

  protected armCron(): void {
    const expression = this.loaded.spec.schedule;
    if (expression === undefined) return;
    try {
      const job = this.timers.armCron(this.deps.cron, expression, (fired) => {
        void this.serial(async () => {
          if (this.timers.cron !== fired || this.closed) return;
          this.record.next_run_ms = fired.next();
          if (!this.run) return this.begin('started');
          // Never two runs of one workload at once: this fire is dropped.
          this.emit('skipped', 'schedule fired while the previous run was still in progress', this.run.id);
          this.commit();
        });
      });
      this.record.next_run_ms = job.next();
    } catch (err) {
      Object.assign(this.record, { status: 'failed', last_error: (err as Error).message, next_run_ms: null });
      this.logger.error({ err }, 'cannot arm schedule');
    }
  }

  protected commit(): void {
    this.record.updated_ms = this.deps.clock.now();
    if (this.deps.store.isOpen) void this.deps.store.putWorkload(this.record);
    else this.logger.warn('state store closed; state change not persisted');
    this.deps.emitState(this.view());
  }

  protected emit(
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

  protected serial(op: () => Promise<void>): Promise<void> {
    const next = this.queue.then(op);
    this.queue = next.catch((err: unknown) => this.logger.error({ err }, 'supervision step failed'));
    return next;
  }
}

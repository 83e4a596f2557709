// The supervision core of the device daemon: one Runner per workload, hot reload of the
// workload set, re-adoption of runs that outlived a daemon restart, and the RSS watchdog.
// It emits 'state' (the full view of a workload whose state changed) and 'event'
// (started, exited, failed…) for the fleet link to publish. No networking, no CLI here.
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import type { LoadedWorkload } from '../config/workload-schema.ts';
import { compareNames } from '../icu-free.ts';
import type { StateStore } from '../state/state-store.ts';
import type { RunRecord } from '../state/types.ts';
import { type AdoptableRun, findAdoptable, runsByFifo } from './adoption.ts';
import { type Clock, systemClock } from './clock.ts';
import { removeContainer, workloadContainerName } from './container.ts';
import { type CronScheduler, nodeScheduleCron } from './cron-trigger.ts';
import { ensureFifos, fifoPath, removeFifo } from './log-pipe.ts';
import { terminateGroup } from './process-group-control.ts';
import { RssWatchdog } from './rss-watchdog.ts';
import { Runner } from './runner.ts';
import {
  DEFAULT_SUPERVISOR_DEFAULTS,
  type SupervisorDefaults,
  type SupervisorEvent,
  type WorkloadView,
} from './types.ts';
import { specHash } from './workload-view.ts';

export interface SupervisorDeps {
  logger: Logger;
  /** Opened and closed by the owner; the supervisor only reads and writes it. */
  store: StateStore;
  /** Workload logs: `<logDir>/<name>.log` (+ `.1` … `.N`). */
  logDir: string;
  /**
   * Where the per-workload log FIFOs live; default `<dataDir>/pipes` of the store. It must
   * outlive the daemon process (a restarted daemon reopens them) and support FIFOs.
   */
  runDir?: string;
  clock?: Clock;
  cron?: CronScheduler;
  defaults?: Partial<SupervisorDefaults>;
}

export interface SupervisorEvents {
  state: [view: WorkloadView];
  event: [event: SupervisorEvent];
}

export interface ApplyResult {
  added: string[];
  removed: string[];
  updated: string[];
  unchanged: string[];
}

export class Supervisor extends EventEmitter<SupervisorEvents> {
  private readonly runners = new Map<string, Runner>();
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly defaults: SupervisorDefaults;
  private readonly runDir: string;
  private readonly watchdog: RssWatchdog;
  private phase: 'new' | 'started' | 'stopped' = 'new';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SupervisorDeps) {
    super();
    this.logger = deps.logger.child({ component: 'supervisor' });
    this.clock = deps.clock ?? systemClock;
    this.defaults = { ...DEFAULT_SUPERVISOR_DEFAULTS, ...deps.defaults };
    this.runDir = deps.runDir ?? join(deps.store.dataDir, 'pipes');
    this.watchdog = new RssWatchdog({
      clock: this.clock,
      logger: this.logger,
      intervalMs: this.defaults.watchdogIntervalMs,
      targets: () => this.runners.values(),
    });
  }

  /** Starts supervising `workloads`: adopts runs still alive from the previous daemon, starts the rest. */
  start(workloads: readonly LoadedWorkload[]): Promise<void> {
    return this.serial(async () => {
      if (this.phase === 'started') return;
      if (this.phase === 'stopped')
        throw new McError('MC_ERR_CONFLICT', 'supervisor was stopped; create a new one');
      assertUniqueNames(workloads);
      await this.deps.store.open();
      mkdirSync(this.deps.logDir, { recursive: true });
      try {
        mkdirSync(this.runDir, { recursive: true, mode: 0o700 });
      } catch (err) {
        // Not fatal: runs fall back to plain pipes, whose output does not survive a daemon restart.
        this.logger.warn({ err, runDir: this.runDir }, 'cannot create the log FIFO directory');
      }
      this.phase = 'started';
      const names = new Set(workloads.map((w) => w.spec.name));
      const live = runsByFifo(this.runDir);
      await Promise.all(
        this.deps.store
          .listWorkloads()
          .filter((record) => !names.has(record.name))
          .map((record) => this.forget(record.name)),
      );
      // Runs writing to the FIFO of a workload no longer configured (even one never recorded).
      const configured = new Set(workloads.map((w) => fifoPath(this.runDir, w.spec.name)));
      for (const [fifo, runs] of live) {
        if (configured.has(fifo)) continue;
        await this.removeContainerOf(basename(fifo, '.fifo'));
        for (const run of runs) {
          this.logger.warn({ pid: run.pid, fifo }, 'stopping a run of a workload no longer configured');
          await terminateGroup(run.pgid, 10_000, this.clock);
        }
        removeFifo(fifo);
      }
      await ensureFifos(workloads.map((w) => fifoPath(this.runDir, w.spec.name)));
      await Promise.all(workloads.map((w) => this.add(w, live.get(fifoPath(this.runDir, w.spec.name)))));
      this.watchdog.start();
      this.logger.info({ workloads: workloads.length }, 'supervisor started');
    });
  }

  /** Hot reload: adds new workloads, removes missing ones, restarts only those whose spec changed. */
  apply(workloads: readonly LoadedWorkload[]): Promise<ApplyResult> {
    return this.serial(async () => {
      this.assertStarted();
      assertUniqueNames(workloads);
      const result: ApplyResult = { added: [], removed: [], updated: [], unchanged: [] };
      const wanted = new Map(workloads.map((w) => [w.spec.name, w]));
      const steps: Promise<void>[] = [];
      const adding: LoadedWorkload[] = [];
      for (const [name, runner] of this.runners) {
        if (wanted.has(name)) continue;
        result.removed.push(name);
        this.runners.delete(name);
        steps.push(runner.remove());
      }
      for (const [name, loaded] of wanted) {
        const runner = this.runners.get(name);
        if (!runner) {
          result.added.push(name);
          adding.push(loaded);
        } else if (runner.specHash !== specHash(loaded.spec, loaded.dir)) {
          result.updated.push(name);
          steps.push(runner.update(loaded));
        } else {
          result.unchanged.push(name);
        }
      }
      await ensureFifos(adding.map((w) => fifoPath(this.runDir, w.spec.name)));
      steps.push(...adding.map((w) => this.add(w)));
      await Promise.all(steps);
      for (const list of Object.values(result)) list.sort();
      this.logger.info(result, 'workloads applied');
      return result;
    });
  }

  async startWorkload(name: string): Promise<void> {
    await this.runner(name).start();
  }

  /** Operator stop: sticks until startWorkload (a forever workload is not restarted). */
  async stopWorkload(name: string): Promise<void> {
    await this.runner(name).stop({ operator: true });
  }

  async restartWorkload(name: string): Promise<void> {
    await this.runner(name).restart();
  }

  list(): WorkloadView[] {
    return [...this.runners.values()].map((r) => r.view()).sort((a, b) => compareNames(a.name, b.name));
  }

  get(name: string): WorkloadView | undefined {
    return this.runners.get(name)?.view();
  }

  /** The last `limit` runs of a workload, newest first. */
  async history(name: string, limit = 20): Promise<RunRecord[]> {
    return this.runner(name).history(limit);
  }

  /** The last `lines` lines of a workload's log (rotated files included), oldest first. */
  async tailLog(name: string, lines = 100): Promise<string[]> {
    return this.runner(name).tail(lines);
  }

  /** Path of the current log file of a workload (for `logs -f`). */
  logPath(name: string): string {
    return this.runner(name).logPath;
  }

  /** Graceful shutdown: stops every workload (SIGTERM, then SIGKILL), then releases timers and files. */
  stop(): Promise<void> {
    return this.serial(async () => {
      if (this.phase !== 'started') {
        this.phase = 'stopped';
        return;
      }
      this.phase = 'stopped';
      await this.watchdog.stop();
      const runners = [...this.runners.values()];
      await Promise.all(runners.map((r) => r.stop({ operator: false })));
      await Promise.all(runners.map((r) => r.close()));
      this.runners.clear();
      // The final states are committed when stop() resolves (the owner may close the store next).
      await this.deps.store.flushed();
      this.logger.info('supervisor stopped');
    });
  }

  /**
   * Hand-over without stopping workloads (e.g. replacing the daemon binary): releases every
   * handle and timer but leaves the processes running; the next Supervisor adopts them.
   */
  detach(): Promise<void> {
    return this.serial(async () => {
      if (this.phase !== 'started') {
        this.phase = 'stopped';
        return;
      }
      this.phase = 'stopped';
      await this.watchdog.stop();
      await Promise.all([...this.runners.values()].map((r) => r.detach()));
      this.runners.clear();
      await this.deps.store.flushed();
      this.logger.info('supervisor detached; workloads left running');
    });
  }

  private async add(loaded: LoadedWorkload, viaFifo: readonly AdoptableRun[] = []): Promise<void> {
    const runner = new Runner(loaded, {
      clock: this.clock,
      logger: this.logger,
      store: this.deps.store,
      cron: this.deps.cron ?? nodeScheduleCron,
      logDir: this.deps.logDir,
      runDir: this.runDir,
      defaults: this.defaults,
      emit: (event) => this.safeEmit('event', event),
      emitState: (view) => this.safeEmit('state', view),
    });
    this.runners.set(loaded.spec.name, runner);
    await runner.init(this.deps.store.getWorkload(loaded.spec.name), viaFifo);
  }

  /** A stored workload that is no longer configured: kill a run it left behind, drop its state. */
  private async forget(name: string): Promise<void> {
    const stored = this.deps.store.getWorkload(name);
    const alive = stored && (await findAdoptable(stored, this.clock.now()));
    if (alive) {
      this.logger.warn(
        { workload: name, pid: alive.pid },
        'stopping a run of a workload no longer configured',
      );
      await this.removeContainerOf(name);
      await terminateGroup(alive.pgid, 10_000, this.clock);
    }
    await this.deps.store.deleteWorkload(name);
    removeFifo(fifoPath(this.runDir, name));
  }

  /**
   * A run of a workload no longer configured may be a container workload's engine CLI: its
   * container (whose PID 1 may ignore SIGTERM) is removed by name first, so that the CLI ends
   * with it instead of outliving the grace period and leaving the container behind.
   */
  private async removeContainerOf(workload: string): Promise<void> {
    const engine = this.defaults.containerEngine;
    if (engine) await removeContainer(engine, workloadContainerName(workload, this.runDir));
  }

  private runner(name: string): Runner {
    const runner = this.runners.get(name);
    if (!runner) throw new McError('MC_ERR_NOT_FOUND', `no workload named ${JSON.stringify(name)}`);
    return runner;
  }

  private assertStarted(): void {
    if (this.phase !== 'started')
      throw new McError('MC_ERR_CONFLICT', `supervisor is ${this.phase}, not started`);
  }

  private safeEmit<K extends keyof SupervisorEvents>(name: K, ...args: SupervisorEvents[K]): void {
    try {
      (this.emit as (n: K, ...a: SupervisorEvents[K]) => boolean)(name, ...args);
    } catch (err) {
      // A listener's bug must not break supervision.
      this.logger.error({ err, listener: name }, 'supervisor listener threw');
    }
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function assertUniqueNames(workloads: readonly LoadedWorkload[]): void {
  const seen = new Set<string>();
  for (const { spec, file } of workloads) {
    if (seen.has(spec.name))
      throw new McError('MC_ERR_CONFIG', `${file}: workload name ${spec.name} is used twice`);
    seen.add(spec.name);
  }
}

// Task runs on the device (Command.exec): each is one supervised run — its own process group,
// timeout, memory limit, nice, output through a FIFO into a capped log — built from the
// supervisor's parts (Run, limits, RotatingLog, RssWatchdog, MemoryGuard). A run id is
// answered at once; the record in LMDB (task-store.ts) keeps status and logs available after
// the run and across daemon restarts. At start, runs still marked running are adopted (their
// process is alive, found by its FIFO or pid + start time) or closed as `lost`, never left
// silently. Emits 'event' (TASK_STARTED / TASK_FINISHED, for the fleet outbox) and 'changed'
// (the running count moved, for the status).
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { rmSync } from 'node:fs';
import type { Logger } from 'pino';
import type { MessageInput } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { bootId } from '../proc/boot-id.ts';
import { type AdoptableRun, runsByFifo } from '../supervisor/adoption.ts';
import { type Clock, systemClock } from '../supervisor/clock.ts';
import { type ContainerEngine, containerProblem } from '../supervisor/container.ts';
import type { RlimitAsPolicy } from '../supervisor/limits.ts';
import { ensureFifo, removeFifo } from '../supervisor/log-pipe.ts';
import { MemoryGuard } from '../supervisor/memory-guard.ts';
import { terminateGroup } from '../supervisor/process-group-control.ts';
import { RotatingLog, type RotationConfig } from '../supervisor/rotating-log.ts';
import { RssWatchdog } from '../supervisor/rss-watchdog.ts';
import { Run, type RunDeps, type RunResult } from '../supervisor/run.ts';
import { execSpecOf } from './exec-spec.ts';
import { logSnapshot, outputTail, TaskFiles } from './task-files.ts';
import { planTaskLaunch, taskRunDeps } from './task-launch.ts';
import {
  execStatusOf,
  newRunRecord,
  OUTPUT_TAIL_BYTES,
  type TaskRunRecord,
  taskFinishedEvent,
  taskStartedEvent,
} from './task-record.ts';
import { findAliveRun, lostRunEnd, runEnd } from './task-resume.ts';
import { newTaskRunId, TaskStore } from './task-store.ts';

type ExecInput = NonNullable<MessageInput<'cmd'>['exec']>;
type ExecStatusMessage = NonNullable<MessageInput<'reply'>['exec_status']>;
export type TaskEvent = Omit<MessageInput<'events'>, 'seq' | 'boot_id'>;

/** Per-run log cap: 256 KiB + one rotated file; bounded again by the number of runs kept. */
export const TASK_LOG_ROTATION: RotationConfig = { max_bytes: 256 * 1024, max_files: 1 };
export const DEFAULT_MAX_RUNNING = 64;
export const DEFAULT_TASK_STOP_TIMEOUT_MS = 5000;
/** How many exec command ids runOfCommand() remembers (the command log keeps 10,000 replies). */
const MAX_RUNS_BY_COMMAND = 10_000;

export interface TaskManagerDeps {
  dataDir: string;
  logger: Logger;
  /** The device's container engine (detected at daemon start), or null. */
  engine: ContainerEngine | null;
  clock?: Clock;
  rlimitAs?: RlimitAsPolicy;
  /** Finished runs kept (records and logs); default 200. */
  keepRuns?: number;
  maxRunning?: number;
  stopTimeoutMs?: number;
  watchdogIntervalMs?: number;
  logRotation?: RotationConfig;
}

interface Active {
  record: TaskRunRecord;
  run: Run;
  log: RotatingLog;
  /** Resolves once the end is recorded (and TASK_FINISHED emitted). */
  finished: Promise<void>;
}

export interface TaskManagerEvents {
  event: [event: TaskEvent];
  changed: [];
}

export class TaskManager extends EventEmitter<TaskManagerEvents> {
  readonly #deps: TaskManagerDeps;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #files: TaskFiles;
  readonly #store: TaskStore;
  readonly #active = new Map<string, Active>();
  /** Run id by the exec command that started it, so a replayed command finds its run (bounded). */
  readonly #byCommand = new Map<string, string>();
  readonly #memory = new MemoryGuard();
  readonly #watchdog: RssWatchdog;
  #phase: 'new' | 'started' | 'stopping' | 'stopped' = 'new';

  constructor(deps: TaskManagerDeps) {
    super();
    this.#deps = deps;
    this.#clock = deps.clock ?? systemClock;
    this.#logger = deps.logger.child({ component: 'tasks' });
    this.#files = new TaskFiles(deps.dataDir);
    this.#store = new TaskStore({
      dir: this.#files.root,
      keep: deps.keepRuns,
      logger: this.#logger,
      filesOf: (id) => this.#files.all(id),
    });
    this.#watchdog = new RssWatchdog({
      clock: this.#clock,
      logger: this.#logger,
      intervalMs: deps.watchdogIntervalMs ?? 1000,
      targets: () => this.#memoryTargets(),
    });
  }

  /** Runs on the device right now. */
  get running(): number {
    return this.#active.size;
  }

  /** Opens the store, then adopts or closes the runs a previous daemon left marked running. */
  async start(): Promise<void> {
    if (this.#phase !== 'new') return;
    this.#files.create();
    this.#store.open();
    this.#phase = 'started';
    const live = runsByFifo(this.#files.pipes);
    for (const record of this.#store.running()) {
      const fifo = this.#files.fifo(record.run_id);
      const found = live.get(fifo) ?? [];
      live.delete(fifo);
      await this.#resume(record, found);
    }
    // Live runs of records no longer kept: nothing can report them; end them.
    for (const [fifo, runs] of live) {
      for (const run of runs) {
        this.#logger.warn({ pid: run.pid, fifo }, 'stopping a task run with no record');
        await terminateGroup(run.pgid, this.#stopTimeoutMs(), this.#clock);
      }
      removeFifo(fifo);
    }
    this.#watchdog.start();
    await this.#store.trim();
    for (const record of this.#store.list(MAX_RUNS_BY_COMMAND).reverse()) {
      if (record.command_id) this.#byCommand.set(record.command_id, record.run_id);
    }
  }

  /** The run an exec command started, if it did (a replay after a daemon crash acts once). */
  runOfCommand(commandId: string): { run_id: string; pid: number } | undefined {
    const runId = this.#byCommand.get(commandId);
    const record = runId ? this.#store.get(runId) : undefined;
    return record ? { run_id: record.run_id, pid: record.pid ?? 0 } : undefined;
  }

  /** Starts a run; resolves with its id and pid once spawned. A failed spawn throws MC_ERR_SPAWN (and is recorded). */
  async exec(input: ExecInput | null | undefined, commandId = ''): Promise<{ run_id: string; pid: number }> {
    this.#assertStarted();
    const spec = execSpecOf(input);
    const max = this.#deps.maxRunning ?? DEFAULT_MAX_RUNNING;
    if (this.#active.size >= max) {
      throw new McError('MC_ERR_LIMIT', `exec: ${this.#active.size} task runs are running (at most ${max})`);
    }
    const problem = spec.container ? containerProblem(this.#deps.engine, spec.container) : null;
    if (problem) throw new McError('MC_ERR_UNSUPPORTED', `exec: ${problem}`);
    const now = this.#clock.now();
    const runId = newTaskRunId(now, () => randomBytes(3).toString('hex'));
    const scriptPath = spec.script === null ? null : this.#files.writeScript(runId, spec.script);
    const record = newRunRecord(spec, { runId, now, bootId: bootId(), scriptPath, commandId });
    if (commandId) {
      this.#byCommand.set(commandId, runId);
      if (this.#byCommand.size > MAX_RUNS_BY_COMMAND) {
        for (const oldest of this.#byCommand.keys()) {
          this.#byCommand.delete(oldest);
          break;
        }
      }
    }
    // The log FIFO is made first (mkfifo is a child process: milliseconds), so nothing slow
    // runs between the record's commit and the spawn. Run.start makes it again, or falls back
    // to pipes, when it could not be made here.
    try {
      ensureFifo(this.#files.fifo(runId));
    } catch {
      // logged by Run.start
    }
    // Committed before the spawn: a daemon that dies right after it still knows the run.
    // Synchronously, so nothing else runs between the commit and the spawn (task-store.ts).
    this.#store.putSync(record);
    const log = new RotatingLog(this.#files.log(runId), this.#rotation(), this.#logger);
    const run = await Run.start(
      () => {
        const plan = planTaskLaunch(spec, {
          runId,
          scriptPath,
          workDir: this.#files.work,
          engine: this.#deps.engine,
          rlimitAs: this.#deps.rlimitAs ?? 'auto',
          owner: this.#deps.dataDir,
        });
        for (const note of plan.notes) this.#logger.info({ run_id: runId }, note);
        return plan;
      },
      this.#runDeps(record, log),
    );
    const active = this.#track(record, run, log);
    if (!run.handle) {
      await active.finished;
      throw new McError('MC_ERR_SPAWN', `${record.message} (run ${runId})`);
    }
    Object.assign(record, { pid: run.handle.pid, pgid: run.handle.pgid, start_time: run.handle.startTime });
    await this.#store.put(record);
    this.#logger.info({ run_id: runId, pid: run.handle.pid, task_id: spec.task_id }, 'task run started');
    this.#emitEvent(taskStartedEvent(record));
    return { run_id: runId, pid: run.handle.pid };
  }

  /** Status of a run, running or ended; the output tail of a running run is read now. */
  async status(runId: string): Promise<ExecStatusMessage> {
    const record = this.#record(runId);
    const tail =
      record.state === 'running' ? await outputTail(this.#files.log(runId), OUTPUT_TAIL_BYTES) : undefined;
    return execStatusOf(record, this.#clock.now(), tail);
  }

  /** The newest runs, newest first (optionally of one task). */
  list(limit: number, taskId = ''): ExecStatusMessage[] {
    this.#assertStarted();
    const now = this.#clock.now();
    return this.#store.list(limit, taskId).map((r) => {
      const { output_tail: _tail, ...status } = execStatusOf(r, now);
      return status;
    });
  }

  /** Stops a running run (SIGTERM to its group, SIGKILL after the grace period); resolves with its final status. */
  async stopRun(runId: string): Promise<ExecStatusMessage> {
    this.#record(runId);
    const active = this.#active.get(runId);
    if (active) {
      void active.run.stop('stopped');
      await active.finished;
    }
    return this.status(runId);
  }

  /** The log file of a run (for tails), and what a follow needs: a consistent start and the end. */
  async logs(
    runId: string,
    lines: number,
  ): Promise<{ lines: string[]; file: string; position: number; until: Promise<void> | undefined }> {
    this.#record(runId);
    const file = this.#files.log(runId);
    const active = this.#active.get(runId);
    const snapshot = await logSnapshot(file, lines);
    return { ...snapshot, file, until: active?.finished };
  }

  /** Daemon shutdown: stops every run (recorded as stopped, events emitted), then closes the store. */
  async stop(): Promise<void> {
    if (this.#phase !== 'started') {
      this.#phase = 'stopped';
      return;
    }
    this.#phase = 'stopping';
    await this.#watchdog.stop();
    const actives = [...this.#active.values()];
    for (const a of actives) void a.run.stop('stopped');
    await Promise.all(actives.map((a) => a.finished));
    this.#phase = 'stopped';
    await this.#store.close();
  }

  #runDeps(record: TaskRunRecord, log: RotatingLog): RunDeps {
    return taskRunDeps(record, {
      log,
      fifo: this.#files.fifo(record.run_id),
      clock: this.#clock,
      logger: this.#logger,
      engine: this.#deps.engine,
      stopTimeoutMs: this.#stopTimeoutMs(),
    });
  }

  #track(record: TaskRunRecord, run: Run, log: RotatingLog, adopted = false): Active {
    const active: Active = {
      record,
      run,
      log,
      finished: run.ended.then((result) => this.#finish(active, result, adopted)),
    };
    this.#active.set(record.run_id, active);
    this.emit('changed');
    return active;
  }

  async #finish(active: Active, result: RunResult, adopted: boolean): Promise<void> {
    const { record } = active;
    try {
      const end = runEnd(result, { adopted, shuttingDown: this.#phase === 'stopping' });
      await active.log.close();
      const tail = await outputTail(this.#files.log(record.run_id), OUTPUT_TAIL_BYTES);
      // All at once: a status read meanwhile sees the run running, never ended without its output.
      Object.assign(record, end, { output_tail: tail });
      this.#cleanup(record);
      await this.#store.put(record);
    } catch (err) {
      this.#logger.error({ err, run_id: record.run_id }, 'recording the end of a task run failed');
    }
    this.#active.delete(record.run_id);
    this.#logger.info({ run_id: record.run_id, state: record.state }, record.message);
    this.#emitEvent(taskFinishedEvent(record, this.#clock.now()));
    this.emit('changed');
    if (this.#phase === 'started') await this.#store.trim().catch(() => undefined);
  }

  /** A run recorded as running by an earlier daemon: adopt its live process, or close it as lost. */
  async #resume(record: TaskRunRecord, viaFifo: readonly AdoptableRun[]): Promise<void> {
    const alive = await findAliveRun(record, viaFifo);
    for (const extra of viaFifo) {
      if (extra.pid !== alive?.pid) await terminateGroup(extra.pgid, this.#stopTimeoutMs(), this.#clock);
    }
    if (alive) {
      Object.assign(record, {
        pid: alive.pid,
        pgid: alive.pgid,
        start_time: alive.startTime,
        boot_id: bootId(),
      });
      await this.#store.put(record);
      const log = new RotatingLog(this.#files.log(record.run_id), this.#rotation(), this.#logger);
      const run = Run.adopt(alive, record.started_ms, this.#runDeps(record, log));
      this.#track(record, run, log, true);
      this.#logger.info(
        { run_id: record.run_id, pid: alive.pid },
        'adopted a task run left by the previous daemon',
      );
      return;
    }
    const now = this.#clock.now();
    Object.assign(record, lostRunEnd(record, now), {
      output_tail: await outputTail(this.#files.log(record.run_id), OUTPUT_TAIL_BYTES),
    });
    this.#cleanup(record);
    await this.#store.put(record);
    this.#logger.warn({ run_id: record.run_id }, record.message);
    this.#emitEvent(taskFinishedEvent(record, now));
  }

  #cleanup(record: TaskRunRecord): void {
    removeFifo(this.#files.fifo(record.run_id));
    if (record.script_path) rmSync(record.script_path, { force: true });
  }

  *#memoryTargets() {
    for (const active of this.#active.values()) {
      const limit = active.record.memory_limit_mb;
      if (limit <= 0 || active.record.runtime !== 'process') continue;
      const { run, record } = active;
      yield {
        pgid: run.handle?.pgid,
        sample: ({ rssBytes }: { rssBytes: number }) => {
          const findings = this.#memory.check(record.run_id, rssBytes, limit, 'restart');
          if (findings.warning) this.#logger.warn({ run_id: record.run_id }, findings.warning);
          if (findings.limit) this.#logger.warn({ run_id: record.run_id }, findings.limit);
          if (findings.restart) void run.stop('memory_limit');
        },
      };
    }
  }

  #record(runId: string): TaskRunRecord {
    this.#assertStarted();
    const record = this.#active.get(runId)?.record ?? this.#store.get(runId);
    if (!record) throw new McError('MC_ERR_NOT_FOUND', `no task run ${JSON.stringify(runId)} on this device`);
    return record;
  }

  #emitEvent(event: TaskEvent): void {
    try {
      this.emit('event', event);
    } catch (err) {
      this.#logger.error({ err }, 'task event listener threw');
    }
  }

  #rotation(): RotationConfig {
    return this.#deps.logRotation ?? TASK_LOG_ROTATION;
  }

  #stopTimeoutMs(): number {
    return this.#deps.stopTimeoutMs ?? DEFAULT_TASK_STOP_TIMEOUT_MS;
  }

  #assertStarted(): void {
    if (this.#phase === 'new' || this.#phase === 'stopped') {
      throw new McError(
        'MC_ERR_UNAVAILABLE',
        'task runs are not available (the daemon is starting or stopping)',
      );
    }
    if (this.#phase === 'stopping') throw new McError('MC_ERR_UNAVAILABLE', 'the daemon is shutting down');
  }
}

// One run of a workload: its process (spawned or adopted), the pipe from its output to the
// log, its timeout, and its end. `ended` resolves only once the leader has exited, no
// process of its group is left (stragglers get SIGTERM, then SIGKILL: no orphans) and its
// output is in the log — so the next run never overlaps this one.
import { closeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import { liveGroupMembers } from '../proc/process-group.ts';
import type { RunReason } from '../state/types.ts';
import type { Clock, TimerHandle } from './clock.ts';
import type { LaunchPlan } from './launch.ts';
import { ensureFifo, fifoExists, openReader, openWorkloadEnd } from './log-pipe.ts';
import { terminateGroup } from './process-group-control.ts';
import { adoptProcess, type ExitInfo, type ProcessHandle, spawnProcess } from './process-handle.ts';
import type { RotatingLog } from './rotating-log.ts';

/** How long output must be silent, once the group is gone, before the pipe is given up (a setsid'd escapee may hold it). */
const OUTPUT_DRAIN_MS = 2000;
/** The longest wait for the last output, however chatty an escapee holding the pipe is. */
const OUTPUT_DRAIN_MAX_MS = 20_000;

export interface RunResult {
  reason: RunReason;
  exitCode: number | null;
  signal: string | null;
  endedMs: number;
  /** Counts as a failure for the restart policy. */
  failed: boolean;
  message: string;
}

export interface RunDeps {
  workload: string;
  runId: string;
  clock: Clock;
  logger: Logger;
  log: RotatingLog;
  fifo: string;
  stopTimeoutMs: number;
  /** Run time limit from the start of the run (spec.timeout), if any. */
  timeoutMs?: number;
  /** Poll interval for an adopted process, which is not our child (default 500 ms). */
  adoptPollMs?: number;
  /** Called when the timeout fires, before the run is killed. */
  onTimeout?: () => void;
  /** Called by stop() before the group is signalled: a container run stops its container by name. */
  beforeStop?: () => Promise<void>;
  /** Called once the leader exited and its group is gone: a container run removes what is left. */
  afterEnd?: () => Promise<void>;
}

export type StopReason = Extract<RunReason, 'stopped' | 'timeout' | 'memory_limit'>;

export class Run {
  readonly ended: Promise<RunResult>;
  private stopReason: StopReason | undefined;
  private stopping: Promise<RunResult> | undefined;
  private readers: Readable[] = [];
  /** Clock time of the last output read from the run's pipe. */
  private lastOutputMs = 0;
  private timeoutTimer: TimerHandle | undefined;
  private detached = false;

  private constructor(
    readonly id: string,
    readonly startedMs: number,
    readonly handle: ProcessHandle | undefined,
    private readonly deps: RunDeps,
    readers: Readable[],
    spawnError?: string,
  ) {
    if (handle) {
      for (const reader of handle.adopted ? this.reopenFifo() : readers) this.pipeToLog(reader);
      this.ended = this.watch(handle);
      if (deps.timeoutMs !== undefined) {
        const left = Math.max(0, startedMs + deps.timeoutMs - deps.clock.now());
        this.timeoutTimer = deps.clock.setTimeout(() => this.onTimeout(), left);
      }
    } else {
      const endedMs = deps.clock.now();
      this.ended = Promise.resolve({
        reason: 'spawn_error',
        exitCode: null,
        signal: null,
        endedMs,
        failed: true,
        message: spawnError ?? 'spawn failed',
      });
    }
  }

  /**
   * Spawns a new run. Never throws: a plan or spawn failure is a run that ended with
   * spawn_error. Output goes through the workload's FIFO (log-pipe.ts), or through plain
   * pipes when no FIFO can be made (that output then does not survive a daemon restart).
   */
  static async start(makePlan: () => LaunchPlan, deps: RunDeps): Promise<Run> {
    const startedMs = deps.clock.now();
    let writerFd: number | undefined;
    const readers: Readable[] = [];
    try {
      const plan = makePlan();
      try {
        ensureFifo(deps.fifo);
        // The workload's end is opened first: the reader then never sees a writer-less FIFO (EOF).
        writerFd = openWorkloadEnd(deps.fifo);
        readers.push(openReader(deps.fifo));
      } catch (err) {
        deps.logger.warn(
          { err, fifo: deps.fifo },
          'no log FIFO; output uses plain pipes (lost on daemon restart)',
        );
        if (writerFd !== undefined) closeSync(writerFd);
        writerFd = undefined;
      }
      const handle = await spawnProcess(plan, writerFd ?? 'pipe');
      readers.push(...handle.output);
      return new Run(deps.runId, startedMs, handle, deps, readers);
    } catch (err) {
      for (const reader of readers) reader.destroy();
      const message = err instanceof McError ? err.message : `cannot spawn: ${String(err)}`;
      return new Run(deps.runId, startedMs, undefined, deps, [], message);
    } finally {
      // The child has its own copy now; ours would keep the pipe open after the run ends.
      if (writerFd !== undefined) closeSync(writerFd);
    }
  }

  /** Takes over a run started by an earlier daemon; its log continues through the same FIFO. */
  static adopt(ids: { pid: number; pgid: number; startTime: number }, startedMs: number, deps: RunDeps): Run {
    return new Run(deps.runId, startedMs, adoptProcess(ids, deps.clock, deps.adoptPollMs), deps, []);
  }

  get pid(): number | null {
    return this.handle?.pid ?? null;
  }

  /** Ends the run: SIGTERM to its group, SIGKILL after stop_timeout. The first reason given wins. */
  stop(reason: StopReason): Promise<RunResult> {
    if (this.stopping) return this.stopping;
    this.stopReason ??= reason;
    const handle = this.handle;
    if (handle) {
      const before = this.deps
        .beforeStop?.()
        .catch((err: unknown) =>
          this.deps.logger.warn({ err }, 'stop step before signalling the group failed'),
        );
      void Promise.resolve(before)
        .then(() => terminateGroup(handle.pgid, this.deps.stopTimeoutMs, this.deps.clock))
        .then((outcome) => {
          if (outcome === 'stuck')
            this.deps.logger.error({ pgid: handle.pgid }, 'processes survived SIGKILL');
        });
    }
    this.stopping = this.ended;
    return this.stopping;
  }

  /** Stops watching, leaving the processes running (the state in LMDB lets a new daemon adopt them). */
  detach(): void {
    this.detached = true;
    this.clearTimeout();
    this.handle?.release();
    for (const reader of this.readers) reader.destroy();
    this.readers = [];
  }

  /** An adopted run's output is still in its FIFO: open it by path and carry on. */
  private reopenFifo(): Readable[] {
    if (!fifoExists(this.deps.fifo)) return [];
    try {
      return [openReader(this.deps.fifo)];
    } catch (err) {
      this.deps.logger.warn({ err }, 'cannot reopen the log pipe of an adopted run');
      return [];
    }
  }

  private pipeToLog(reader: Readable): void {
    const { log } = this.deps;
    this.readers.push(reader);
    // The log write is synchronous: nothing read from the pipe is lost if the daemon dies.
    reader.on('data', (chunk: Buffer) => {
      this.lastOutputMs = this.deps.clock.now();
      log.write(chunk);
    });
    reader.on('error', (err) => this.deps.logger.warn({ err }, 'log pipe error'));
  }

  private async watch(handle: ProcessHandle): Promise<RunResult> {
    const exit = await handle.exited;
    const endedMs = this.deps.clock.now();
    this.clearTimeout();
    if (this.detached) return this.result(exit, endedMs);
    // The leader is gone; anything it left in its group goes too. Usually the leader was
    // alone, and liveGroupMembers answers that with one kill(2) instead of a /proc scan.
    if (liveGroupMembers(handle.pgid).length > 0) {
      await terminateGroup(handle.pgid, this.deps.stopTimeoutMs, this.deps.clock);
    }
    await this.deps.afterEnd?.().catch((err: unknown) => this.deps.logger.warn({ err }, 'end step failed'));
    await this.drainOutput();
    return this.result(exit, endedMs);
  }

  private async drainOutput(): Promise<void> {
    // Readers that already saw end-of-file are done; the others get a bounded wait.
    const all = this.readers;
    this.readers = [];
    const ends = all
      .filter((r) => !r.destroyed && !r.readableEnded)
      .map(
        (reader) =>
          new Promise<void>((resolve) => {
            reader.once('close', () => resolve());
            reader.once('end', () => resolve());
          }),
      );
    let timer: TimerHandle | undefined;
    let settled = false;
    const giveUp = new Promise<void>((resolve) => {
      const { clock } = this.deps;
      const began = clock.now();
      // Timers run before the event loop polls for I/O: after a stall (a busy device), output
      // already waiting in the pipe is read only after a due timer. So the verdict is taken
      // after a poll (setImmediate), and only on OUTPUT_DRAIN_MS of silence: giving up at the
      // first due timer can drop the last pipe-full (up to 64 KiB) of a run's output.
      const check = () =>
        setImmediate(() => {
          if (settled) return;
          const now = clock.now();
          const quiet = now - Math.max(this.lastOutputMs, began);
          if (quiet >= OUTPUT_DRAIN_MS || now - began >= OUTPUT_DRAIN_MAX_MS) resolve();
          else timer = clock.setTimeout(check, OUTPUT_DRAIN_MS - quiet);
        });
      timer = clock.setTimeout(check, OUTPUT_DRAIN_MS);
    });
    await Promise.race([Promise.all(ends), giveUp]);
    settled = true;
    if (timer !== undefined) this.deps.clock.clearTimeout(timer);
    for (const reader of all) reader.destroy();
    await this.deps.log.flush();
  }

  private onTimeout(): void {
    this.timeoutTimer = undefined;
    if (this.stopping || this.detached) return;
    this.deps.onTimeout?.();
    void this.stop('timeout');
  }

  private clearTimeout(): void {
    if (this.timeoutTimer !== undefined) this.deps.clock.clearTimeout(this.timeoutTimer);
    this.timeoutTimer = undefined;
  }

  private result(exit: ExitInfo, endedMs: number): RunResult {
    const base = { exitCode: exit.code, signal: exit.signal, endedMs };
    const duration = `${((endedMs - this.startedMs) / 1000).toFixed(1)}s`;
    if (this.stopReason === 'stopped')
      return { ...base, reason: 'stopped', failed: false, message: `stopped after ${duration}` };
    if (this.stopReason === 'timeout') {
      return {
        ...base,
        reason: 'timeout',
        failed: true,
        message: `killed after exceeding its timeout (${duration})`,
      };
    }
    if (this.stopReason === 'memory_limit') {
      return {
        ...base,
        reason: 'memory_limit',
        failed: true,
        message: `stopped at its memory limit after ${duration}`,
      };
    }
    if (!exit.known) {
      return {
        ...base,
        reason: 'exit',
        failed: false,
        message: `adopted process exited after ${duration} (status unknown)`,
      };
    }
    if (exit.signal) {
      return {
        ...base,
        reason: 'signal',
        failed: true,
        message: `killed by ${exit.signal} after ${duration}`,
      };
    }
    const code = exit.code ?? 0;
    return {
      ...base,
      reason: 'exit',
      failed: code !== 0,
      message: `exited with code ${code} after ${duration}`,
    };
  }
}

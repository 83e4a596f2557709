// One run of a workload: its process (spawned or adopted), the pipe from its output to the
// log, its timeout, and its end. `ended` resolves only once the leader has exited, no
// process of its group is left (stragglers get SIGTERM, then SIGKILL: no orphans) and its
// output is in the log — so the next run never overlaps this one.
import { closeSync } from 'node:fs';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { McError } from '../../proto/errors.ts';
import { liveGroupMembers } from '../proc/process-group.ts';
import type { RunReason } from '../state/types.ts';
import { type Clock, delay, type TimerHandle } from './clock.ts';
import type { LaunchPlan } from './launch.ts';
import { ensureFifo, fifoExists, openReader, openWorkloadEnd } from './log-pipe.ts';
import { terminateGroup } from './process-group-control.ts';
import { adoptProcess, type ExitInfo, type ProcessHandle, spawnProcess } from './process-handle.ts';
import type { RotatingLog } from './rotating-log.ts';

/** How long to wait for the last output once the group is gone (a setsid'd escapee may hold the pipe). */
const OUTPUT_DRAIN_MS = 2000;
/** Queued log bytes above which the pipe is paused, pushing back on the workload. */
const LOG_HIGH_WATER = 1024 * 1024;

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
}

export type StopReason = Extract<RunReason, 'stopped' | 'timeout' | 'memory_limit'>;

export class Run {
  readonly ended: Promise<RunResult>;
  private stopReason: StopReason | undefined;
  private stopping: Promise<RunResult> | undefined;
  private reader: Socket | undefined;
  private timeoutTimer: TimerHandle | undefined;
  private detached = false;

  private constructor(
    readonly id: string,
    readonly startedMs: number,
    readonly handle: ProcessHandle | undefined,
    private readonly deps: RunDeps,
    spawnError?: string,
  ) {
    if (handle) {
      this.reader = this.attachReader();
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

  /** Spawns a new run. Never throws: a failed spawn is a run that ended with spawn_error. */
  static async start(plan: LaunchPlan, deps: RunDeps): Promise<Run> {
    const startedMs = deps.clock.now();
    let writerFd: number | undefined;
    try {
      ensureFifo(deps.fifo);
      // The workload's end is opened first: the reader then never sees a writer-less FIFO (EOF).
      writerFd = openWorkloadEnd(deps.fifo);
      const reader = openReader(deps.fifo);
      let handle: ProcessHandle;
      try {
        handle = await spawnProcess(plan, writerFd);
      } catch (err) {
        reader.destroy();
        throw err;
      }
      return new Run(deps.runId, startedMs, handle, deps).withReader(reader);
    } catch (err) {
      const message = err instanceof McError ? err.message : `cannot spawn: ${String(err)}`;
      return new Run(deps.runId, startedMs, undefined, deps, message);
    } finally {
      // The child has its own copy now; ours would keep the pipe open after the run ends.
      if (writerFd !== undefined) closeSync(writerFd);
    }
  }

  /** Takes over a run started by an earlier daemon; its log continues through the same FIFO. */
  static adopt(ids: { pid: number; pgid: number; startTime: number }, startedMs: number, deps: RunDeps): Run {
    return new Run(deps.runId, startedMs, adoptProcess(ids, deps.clock, deps.adoptPollMs), deps);
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
      void terminateGroup(handle.pgid, this.deps.stopTimeoutMs, this.deps.clock).then((outcome) => {
        if (outcome === 'stuck') this.deps.logger.error({ pgid: handle.pgid }, 'processes survived SIGKILL');
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
    this.reader?.destroy();
    this.reader = undefined;
  }

  private withReader(reader: Socket): this {
    this.reader = reader;
    this.pipeToLog(reader);
    return this;
  }

  private attachReader(): Socket | undefined {
    // A spawned run gets its reader from start(); an adopted one reopens the FIFO by path.
    if (!this.handle?.adopted || !fifoExists(this.deps.fifo)) return undefined;
    try {
      const reader = openReader(this.deps.fifo);
      this.pipeToLog(reader);
      return reader;
    } catch (err) {
      this.deps.logger.warn({ err }, 'cannot reopen the log pipe of an adopted run');
      return undefined;
    }
  }

  private pipeToLog(reader: Socket): void {
    const { log } = this.deps;
    reader.on('data', (chunk: Buffer) => {
      log.write(chunk);
      if (log.queuedBytes > LOG_HIGH_WATER && !reader.isPaused()) {
        reader.pause();
        log.onceDrained(() => reader.resume());
      }
    });
    reader.on('error', (err) => this.deps.logger.warn({ err }, 'log pipe error'));
  }

  private async watch(handle: ProcessHandle): Promise<RunResult> {
    const exit = await handle.exited;
    const endedMs = this.deps.clock.now();
    this.clearTimeout();
    if (this.detached) return this.result(exit, endedMs);
    // The leader is gone; anything it left in its group goes too.
    if ((await liveGroupMembers(handle.pgid)).length > 0) {
      await terminateGroup(handle.pgid, this.deps.stopTimeoutMs, this.deps.clock);
    }
    await this.drainOutput();
    return this.result(exit, endedMs);
  }

  private async drainOutput(): Promise<void> {
    const reader = this.reader;
    if (!reader || reader.destroyed) return;
    const eof = new Promise<void>((resolve) => {
      reader.once('close', () => resolve());
      reader.once('end', () => resolve());
    });
    if (reader.isPaused()) reader.resume();
    await Promise.race([eof, delay(this.deps.clock, OUTPUT_DRAIN_MS)]);
    reader.destroy();
    this.reader = undefined;
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
        message: `restarted at its memory limit after ${duration}`,
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

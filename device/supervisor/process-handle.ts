// A handle on the leading process of one run, whether we spawned it (our child: the kernel
// tells us its exit status) or adopted it after a daemon restart (not our child: we can only
// watch /proc until it is gone, so its exit status is unknown).
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { McError } from '../../proto/errors.ts';
import { isSameProcess, processStartTimeSync } from '../proc/identity.ts';
import type { Clock, TimerHandle } from './clock.ts';
import type { LaunchPlan } from './launch.ts';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** False for an adopted process: it was not our child, so the status never reached us. */
  known: boolean;
}

export interface ProcessHandle {
  readonly pid: number;
  /** Process group of the run: equal to pid, since every run starts its own session. */
  readonly pgid: number;
  /** Start time in clock ticks since boot, pinned right after spawn. */
  readonly startTime: number;
  readonly adopted: boolean;
  /** stdout and stderr when spawned with plain pipes; empty when output goes to a FIFO. */
  readonly output: Readable[];
  readonly exited: Promise<ExitInfo>;
  /** Stops watching without touching the process (daemon hand-over). */
  release(): void;
}

/**
 * Spawns the run as leader of its own session and process group (`detached: true`), with
 * stdout and stderr on `output` (a FIFO descriptor, or plain pipes). Rejects with
 * MC_ERR_SPAWN when exec fails.
 */
export function spawnProcess(plan: LaunchPlan, output: number | 'pipe'): Promise<ProcessHandle> {
  return new Promise((resolve, reject) => {
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(plan.file, plan.args, {
        cwd: plan.cwd,
        env: plan.env,
        detached: true,
        stdio: ['ignore', output, output],
      });
    } catch (err) {
      reject(
        new McError('MC_ERR_SPAWN', `cannot spawn ${plan.file}: ${(err as Error).message}`, { cause: err }),
      );
      return;
    }
    const pid = child.pid;
    if (pid === undefined) {
      // exec failed (ENOENT, EACCES, bad cwd): Node reports it asynchronously on 'error'.
      child.once('error', (err) =>
        reject(new McError('MC_ERR_SPAWN', `cannot spawn ${plan.file}: ${err.message}`, { cause: err })),
      );
      return;
    }
    // Errors after a successful spawn concern kill(); exit is reported on 'exit'.
    child.on('error', () => undefined);
    const exited = new Promise<ExitInfo>((done) => {
      child.once('exit', (code, signal) => done({ code, signal, known: true }));
    });
    // Nothing was reaped yet (that happens in the event loop), so /proc/<pid> is there.
    const startTime = processStartTimeSync(pid) ?? 0;
    const streams = [child.stdout, child.stderr].filter((s): s is Readable => s !== null);
    resolve({
      pid,
      pgid: pid,
      startTime,
      adopted: false,
      output: streams,
      exited,
      release: () => child.unref(),
    });
  });
}

/** Watches a process started by an earlier daemon, polling /proc every `pollMs`. */
export function adoptProcess(
  ids: { pid: number; pgid: number; startTime: number },
  clock: Clock,
  pollMs = 500,
): ProcessHandle {
  let timer: TimerHandle | undefined;
  let released = false;
  const exited = new Promise<ExitInfo>((done) => {
    const poll = (): void => {
      timer = undefined;
      isSameProcess(ids.pid, ids.startTime)
        .catch(() => false)
        .then((alive) => {
          if (released) return;
          if (alive) timer = clock.setTimeout(poll, pollMs);
          else done({ code: null, signal: null, known: false });
        });
    };
    timer = clock.setTimeout(poll, pollMs);
  });
  return {
    ...ids,
    adopted: true,
    output: [],
    exited,
    release: () => {
      released = true;
      if (timer !== undefined) clock.clearTimeout(timer);
    },
  };
}

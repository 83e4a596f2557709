// The pipe between a workload and its log file is a named FIFO per workload, not an
// anonymous pipe, so that the workload's output outlives the daemon:
//
// - the workload's stdout and stderr are one O_RDWR descriptor of the FIFO. Holding both
//   ends, the workload never gets SIGPIPE/EPIPE when the daemon dies: its output waits in
//   the kernel's pipe buffer (64 KiB on Linux; a workload that writes more blocks until a
//   reader is back — output is delayed, never lost);
// - the daemon reads the FIFO through a non-blocking net.Socket (a FIFO read through fs
//   streams would park a libuv thread-pool thread per workload) and appends to the log;
// - a daemon that re-adopts a running workload opens the same FIFO by path and carries on
//   writing its log from the first byte the old daemon had not read.
//
// stdout and stderr share one descriptor, so their order in the log is the order written.
import { execFile, execFileSync } from 'node:child_process';
import { closeSync, constants, lstatSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { McError } from '../../proto/errors.ts';

const execFileAsync = promisify(execFile);
/** Paths per mkfifo(1) call: far below any argv limit, even with long run directories. */
const MKFIFO_BATCH = 256;

export function fifoPath(runDir: string, workload: string): string {
  return join(runDir, `${workload}.fifo`);
}

/** True when `path` is a FIFO; anything else found there is removed (false). */
function isFifoOrCleared(path: string): boolean {
  try {
    if (lstatSync(path).isFIFO()) return true;
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return false;
}

/**
 * Creates the missing FIFOs among `paths` with one mkfifo(1) per batch, without blocking.
 * A child process per FIFO is ~14 ms of blocked event loop on a busy device, which made a
 * first start of 50 workloads 0.7 s slower; FIFOs persist, so later starts find them all.
 * Never throws: a FIFO still missing afterwards is retried by its run (ensureFifo), which
 * logs the failure and falls back to plain pipes.
 */
export async function ensureFifos(paths: readonly string[]): Promise<void> {
  const missing: string[] = [];
  for (const path of paths) {
    try {
      if (isFifoOrCleared(path)) continue;
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      missing.push(path);
    } catch {
      // left to ensureFifo at spawn, which reports it
    }
  }
  for (let i = 0; i < missing.length; i += MKFIFO_BATCH) {
    const batch = missing.slice(i, i + MKFIFO_BATCH);
    try {
      await execFileAsync('mkfifo', ['-m', '600', '--', ...batch], { timeout: 5000 });
    } catch {
      // mkfifo makes what it can and reports the rest; ensureFifo retries and reports those.
    }
  }
}

/** Creates the FIFO if missing (replacing anything else found at that path). */
export function ensureFifo(path: string): void {
  if (isFifoOrCleared(path)) return;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    // Node has no mkfifo(); coreutils has.
    execFileSync('mkfifo', ['-m', '600', path], { stdio: 'ignore', timeout: 5000 });
  } catch (err) {
    throw new McError('MC_ERR_SPAWN', `cannot create log FIFO ${path}: ${String(err)}`, { cause: err });
  }
}

export function fifoExists(path: string): boolean {
  try {
    return lstatSync(path).isFIFO();
  } catch {
    return false;
  }
}

/** The descriptor handed to the workload as stdout and stderr (close it after spawn). */
export function openWorkloadEnd(path: string): number {
  return openSync(path, constants.O_RDWR);
}

/**
 * Opens the daemon's reading end. It sees end-of-file once no process holds a writing end,
 * i.e. when every process that inherited the workload's stdout has exited.
 */
export function openReader(path: string): Socket {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    return new Socket({ fd, readable: true, writable: false });
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

export function removeFifo(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

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
import { execFileSync } from 'node:child_process';
import { closeSync, constants, lstatSync, mkdirSync, openSync, unlinkSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { McError } from '../../proto/errors.ts';

export function fifoPath(runDir: string, workload: string): string {
  return join(runDir, `${workload}.fifo`);
}

/** Creates the FIFO if missing (replacing anything else found at that path). */
export function ensureFifo(path: string): void {
  try {
    if (lstatSync(path).isFIFO()) return;
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
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

// Spawning the bench's own helper processes (supervisors, CLIs): each in its own process
// group (so a terminal's Ctrl-C reaches only the bench, which then cleans up in order), with
// stderr — and stdout unless it is read — appended to a log file in the instance's temp dir.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { nowNs } from './markers.ts';

export interface SpawnOptions {
  env: NodeJS.ProcessEnv;
  logFile: string;
  /** Give the child a stdout pipe to read lines from (else stdout goes to the log). */
  readStdout?: boolean;
  /** Give the child a stdin pipe (for helpers that wait for a command). */
  writeStdin?: boolean;
}

export function spawnHelper(file: string, args: string[], opts: SpawnOptions): ChildProcess {
  const log = openSync(opts.logFile, 'a');
  try {
    return spawn(file, args, {
      env: opts.env,
      detached: true,
      stdio: [opts.writeStdin ? 'pipe' : 'ignore', opts.readStdout ? 'pipe' : log, log],
    });
  } finally {
    closeSync(log); // the child has its own copy
  }
}

/** Resolves with the time (ns) of the first stdout line matching `match`; rejects on exit or timeout. */
export function waitLine(
  child: ChildProcess,
  match: (line: string) => boolean,
  timeoutMs: number,
): Promise<bigint> {
  const stdout = child.stdout;
  if (!stdout) return Promise.reject(new Error('waitLine: the child has no stdout pipe'));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    const done = (err?: Error, at?: bigint): void => {
      clearTimeout(timer);
      child.off('exit', onExit);
      lines.off('line', onLine);
      if (err) reject(err);
      else resolve(at ?? nowNs());
    };
    const onLine = (line: string): void => {
      const at = nowNs();
      if (match(line)) done(undefined, at);
    };
    const onExit = (code: number | null): void =>
      done(new Error(`pid ${child.pid} exited (${code}) before ready`));
    const timer = setTimeout(
      () => done(new Error(`pid ${child.pid}: no ready line in ${timeoutMs} ms`)),
      timeoutMs,
    );
    lines.on('line', onLine);
    child.once('exit', onExit);
  });
}

/** Resolves true when the child has exited (at once if it already had), false after `timeoutMs`. */
export function waitExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Runs a command to completion (output to the log); resolves with its exit code, null on timeout. */
export async function runHelper(
  file: string,
  args: string[],
  opts: SpawnOptions,
  timeoutMs: number,
): Promise<number | null> {
  const child = spawnHelper(file, args, opts);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (!(await waitExit(child, timeoutMs))) {
    killGroup(child.pid, 'SIGKILL');
    return null;
  }
  return exited;
}

/** Signals a helper's whole process group (it leads one: detached). */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined || pid <= 1) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

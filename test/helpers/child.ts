// Runs a real child process for a test and lets the test wait for what it prints, never
// for a fixed time. Every child is tracked so a test's teardown can kill what is left.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const MCTL = fileURLToPath(new URL('../../bin/mctl.js', import.meta.url));

export interface RunningChild {
  process: ChildProcess;
  lines: string[];
  stderr(): string;
  /** Resolves with the first stdout line (already printed or coming) that matches. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

const live = new Set<RunningChild>();

export function runChild(command: string, args: string[], env: NodeJS.ProcessEnv = {}): RunningChild {
  const child = spawn(command, args, {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let err = '';
  let partial = '';
  const waiters = new Set<{ match: (l: string) => boolean; resolve: (l: string) => void }>();
  child.stdout?.on('data', (d: Buffer) => {
    partial += d.toString();
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters) {
        if (w.match(line)) {
          waiters.delete(w);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1));
  });
  const running: RunningChild = {
    process: child,
    lines,
    stderr: () => err,
    waitForLine(match, timeoutMs = 15_000) {
      const found = lines.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (l: string) => {
            clearTimeout(timer);
            resolve(l);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new Error(
              `no matching line within ${timeoutMs} ms; stdout:\n${lines.join('\n')}\nstderr:\n${err}`,
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
        void exited.then((code) => {
          if (!waiters.has(waiter)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          reject(
            new Error(
              `process exited (${code}) before a matching line; stdout:\n${lines.join('\n')}\nstderr:\n${err}`,
            ),
          );
        });
      });
    },
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  live.add(running);
  void exited.then(() => live.delete(running));
  return running;
}

/** Runs `mctl` from this checkout. */
export function runMctl(args: string[], env: NodeJS.ProcessEnv = {}): RunningChild {
  return runChild(process.execPath, [MCTL, ...args], env);
}

/** Kills every child still running (afterEach/afterAll). */
export async function killAllChildren(): Promise<void> {
  await Promise.all([...live].map((c) => c.kill('SIGKILL')));
}

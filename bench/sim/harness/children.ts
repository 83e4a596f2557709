// Every process the benchmark starts goes through here, so that all of them are stopped
// whatever happens: a normal end, an exception, or Ctrl-C (SIGINT/SIGTERM) in the middle of
// a step. Children get SIGTERM, then SIGKILL if they are still there after a grace period.
// Also splits a child's stdout into lines for the JSON-lines protocols of mctl and the sim.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const live = new Set<ChildProcess>();
let installed = false;

export interface Tracked {
  child: ChildProcess;
  pid: number;
  /** Resolves with the exit code or signal name. */
  exited: Promise<number | string>;
  /** Last lines of stderr, for error messages. */
  stderrTail(): string;
}

export function spawnTracked(
  command: string,
  args: string[],
  onLine: (line: string) => void,
  options: SpawnOptions = {},
): Tracked {
  installSignalHandlers();
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  live.add(child);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(code ?? signal ?? -1);
    });
  });
  if (child.stdout) createInterface({ input: child.stdout }).on('line', onLine);
  let tail = '';
  child.stderr?.on('data', (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
  });
  // A child that dies first must not crash us with EPIPE when we write to its stdin.
  child.stdin?.on('error', () => {});
  return { child, pid: child.pid, exited, stderrTail: () => tail };
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
export async function stopChild(t: Tracked, graceMs = 15_000): Promise<number | string> {
  if (t.child.exitCode !== null || t.child.signalCode !== null) return t.exited;
  t.child.kill('SIGTERM');
  const timer = setTimeout(() => t.child.kill('SIGKILL'), graceMs);
  try {
    return await t.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** Kills whatever is left, synchronously (usable from 'exit' handlers). */
export function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: stopping every benchmark process\n`);
    for (const child of live) child.kill('SIGTERM');
    // Three seconds to exit cleanly, then whatever is left is killed and we exit.
    setTimeout(() => {
      killAll();
      process.exit(130);
    }, 3000);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', killAll);
}

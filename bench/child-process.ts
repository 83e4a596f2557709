// A child process a scenario starts and talks to through JSON lines on its stdout (the
// scenario's own `--role` processes, a daemon with `--json`): start it from the repository
// root and wait for its ready line; stop it and wait until it is gone.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/**
 * Spawns `command args` in the repository root and resolves with its first stdout line that
 * parses as JSON and passes `ready` (any JSON line without it); rejects if it exits first.
 */
export function spawnReady(
  command: string,
  args: string[],
  opts: { ready?: (line: Record<string, unknown>) => boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<{ child: ChildProcess; line: Record<string, unknown> }> {
  const child = spawn(command, args, {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...opts.env },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited with ${code} before it was ready`)),
    );
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const text of lines) {
        try {
          const line = JSON.parse(text) as Record<string, unknown>;
          if (opts.ready?.(line) ?? true) resolve({ child, line });
        } catch {
          // not JSON
        }
      }
    });
  });
}

/** SIGTERM, then resolves once the process has exited (at once if it already has). */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

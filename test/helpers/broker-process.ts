// Runs `mctl broker up` as a real child process and waits for its listening line, so tests
// can SIGKILL and restart a broker the way an operator's machine would.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Teardown } from './broker-teardown.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MCTL = fileURLToPath(new URL('../../bin/mctl.js', import.meta.url));

export interface ListeningLine {
  event: 'listening';
  mqtt: string;
  ws?: string;
  pid: number;
}

export interface BrokerProcess {
  child: ChildProcess;
  listening: ListeningLine;
  /** Everything the process wrote to stderr so far (pino JSON lines). */
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function spawnBroker(
  teardown: Teardown,
  args: string[],
  timeoutMs = 20_000,
): Promise<BrokerProcess> {
  const child = spawn(process.execPath, [MCTL, 'broker', 'up', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  teardown.add(`mctl broker up (pid ${child.pid})`, async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const listening = await new Promise<ListeningLine>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => fail(`no listening line within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`mctl broker up: ${why}\nstdout: ${stdout}\nstderr: ${stderr}`));
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout.slice(0, newline)) as ListeningLine);
      } catch {
        fail('first stdout line is not JSON');
      }
    });
    void exited.then(({ code, signal }) => fail(`exited early (code ${code}, signal ${signal})`));
  });
  return { child, listening, stderr: () => stderr, exited };
}

// The real device daemons of the soak: `mctl up` in its own process and temp dir, registered
// with the controller through its API (POST /api/devices), with workloads that keep the
// daemon busy the way a long-running device is: one that crashes every few seconds and is
// restarted (restart_delay, no backoff growth, crash-loop limit out of reach), and one that
// writes a lot of log lines (rotation at 256 KiB × 3 files, so its disk use is bounded at
// 1 MiB). Every process a daemon starts carries MC_SOAK_DIR in its environment, so the
// teardown can find workloads a daemon left behind (a daemon re-adopts, not kills, its
// workloads across its own restart).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnTracked, stopChild, type Tracked } from '../sim/harness/children.ts';
import type { ControllerProcess } from '../sim/harness/controller-process.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MCTL = join(REPO, 'bin/mctl.js');

export const LOG_MAX_BYTES = 256 * 1024;
export const LOG_MAX_FILES = 3;

/** Runs ~4 s, exits 1; restarted after 1 s, the delay never grows, never put in backoff. */
const CRASHER = [
  'name: crasher',
  'type: service',
  'run_mode: forever',
  'command: "echo run start; sleep 4; echo crashing >&2; exit 1"',
  'restart_delay: 1',
  'restart_backoff: { factor: 1, max_delay: 1, reset_after: 60 }',
  'crash_loop: { max_failures: 1000, window: 60, cooldown: 5 }',
  'stop_timeout: 2',
  '',
].join('\n');

/** Up to ~40 KB/s of stdout and stderr lines: rotates every few seconds. */
const CHATTER = [
  'name: chatter',
  'type: service',
  'run_mode: forever',
  'command: "while :; do seq 100000 100500; seq 200000 200100 >&2; sleep 0.1; done"',
  `logs: { max_bytes: ${LOG_MAX_BYTES}, max_files: ${LOG_MAX_FILES} }`,
  'stop_timeout: 2',
  '',
].join('\n');

export interface RealDaemon {
  name: string;
  dir: string;
  dataDir: string;
  logDir: string;
  tracked: Tracked;
}

/** Registers `name`, writes its daemon.yaml and workloads, starts it and waits for "ready". */
export async function startDaemon(
  controller: ControllerProcess,
  root: string,
  name: string,
  historyLimit: number,
  timeoutMs = 60_000,
): Promise<RealDaemon> {
  const res = await fetch(`${controller.httpUrl}/api/devices`, {
    method: 'POST',
    headers: { authorization: `Bearer ${controller.setup.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 201)
    throw new Error(`POST /api/devices ${name}: HTTP ${res.status} ${await res.text()}`);
  const { password } = (await res.json()) as { password: string };
  const dir = join(root, name);
  const configDir = join(dir, 'configs');
  const dataDir = join(dir, 'data');
  const logDir = join(dir, 'logs');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(
    join(configDir, 'daemon.yaml'),
    [
      `device_name: ${name}`,
      `data_dir: ${dataDir}`,
      `log_dir: ${logDir}`,
      `socket_path: ${join(dir, 'mc.sock')}`,
      'log_level: warn',
      `history_limit: ${historyLimit}`,
      'fleet:',
      `  broker_url: ${controller.mqttUrl}`,
      `  username: ${name}`,
      `  password: ${password}`,
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  writeFileSync(join(configDir, 'crasher.yaml'), CRASHER);
  writeFileSync(join(configDir, 'chatter.yaml'), CHATTER);

  let ready: () => void = () => {};
  const isReady = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const tracked = spawnTracked(
    process.execPath,
    [MCTL, 'up', '--config-dir', configDir, '--json'],
    (line) => {
      if (line.includes('"ready"')) ready();
    },
    { cwd: dir, env: { ...process.env, MC_SOAK_DIR: root, MC_LOG_LEVEL: 'warn' } },
  );
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`daemon ${name} not ready in time`)), timeoutMs);
    void tracked.exited.then((code) =>
      reject(new Error(`daemon ${name} exited (${code}) at start: ${tracked.stderrTail()}`)),
    );
  });
  try {
    await Promise.race([isReady, failed]);
  } catch (err) {
    await stopChild(tracked, 2000);
    throw err;
  } finally {
    clearTimeout(timer);
  }
  return { name, dir, dataDir, logDir, tracked };
}

export function stopDaemon(d: RealDaemon): Promise<number | string> {
  return stopChild(d.tracked, 15_000);
}

/**
 * SIGKILLs every process (and its process group) whose environment names this soak's root:
 * the workloads the daemons started. Synchronous, so it also runs from an 'exit' handler.
 */
export function killWorkloadsOf(root: string): number {
  let killed = 0;
  const marker = `MC_SOAK_DIR=${root}\0`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (!`${readFileSync(`/proc/${entry}/environ`, 'utf8')}\0`.includes(marker)) continue;
      const pid = Number(entry);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        process.kill(pid, 'SIGKILL');
      }
      killed += 1;
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return killed;
}

// The processes of the dashboard benchmark (bench/scenarios/dashboard.ts): the controller
// side it runs in a child of its own, a real device daemon per debounce value (started with
// bench/child-process.ts), the workloads a daemon left to kill, and the operator API calls.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnReady } from '../child-process.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const TOKEN = 'bench-dashboard-token-0123456789';
export const WORKLOAD = 'flip';

/** The controller side, in its own process: serves the built UI, reads open, prints its addresses. */
export async function runController(dir: string, uiDir: string): Promise<void> {
  const { pino } = await import('pino');
  const { controllerConfigFrom } = await import('../../controller/config/load.ts');
  const { Controller } = await import('../../controller/controller.ts');
  const config = controllerConfigFrom(
    {
      host: '127.0.0.1',
      port: 0,
      data_dir: 'data',
      read_auth: 'open',
      api_token: TOKEN,
      broker: { mqtt_host: '127.0.0.1', mqtt_port: 0, websocket: false },
    },
    dir,
  );
  const controller = new Controller({ config, logger: pino({ level: 'warn' }), version: 'bench', uiDir });
  const addresses = await controller.start();
  process.stdout.write(`${JSON.stringify({ event: 'listening', ...addresses })}\n`);
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await controller.stop();
  process.exit(0);
}

/** SIGKILLs the process group of every process whose environment names `dir` or a dir under it (workloads a daemon left). */
export function killWorkloadsOf(dir: string): void {
  for (const entry of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').includes(`MC_BENCH_DIR=${dir}`)) continue;
      process.kill(-Number(entry), 'SIGKILL');
    } catch {
      // gone meanwhile, or not a group leader
    }
  }
}

export function api(http: string) {
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${http}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

export type Api = ReturnType<typeof api>;
export interface WorkloadJson {
  name: string;
  status: string;
  ts_ms: number;
  last_started_ms: number;
  last_stopped_ms: number;
}

export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts a real daemon registered as `name` with one service and the given debounce. */
export async function startDaemon(call: Api, mqtt: string, dir: string, name: string, debounceMs: number) {
  const { password } = await call<{ password: string }>('POST', '/api/devices', { name });
  const configDir = join(dir, 'configs');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(
    join(configDir, 'daemon.yaml'),
    [
      `device_name: ${name}`,
      `data_dir: ${join(dir, 'data')}`,
      `socket_path: ${join(dir, 'mc.sock')}`,
      'fleet:',
      `  broker_url: ${mqtt}`,
      `  username: ${name}`,
      `  password: ${password}`,
      `  status_debounce_ms: ${debounceMs}`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(configDir, `${WORKLOAD}.yaml`),
    `name: ${WORKLOAD}\ntype: service\nrun_mode: forever\ncommand: "exec sleep 100000"\nstop_timeout: 2\n`,
  );
  const daemon = await spawnReady(
    process.execPath,
    ['bin/mctl.js', 'up', '--config-dir', configDir, '--json'],
    { ready: (line) => line.event === 'ready', env: { MC_BENCH_DIR: dir, MC_LOG_LEVEL: 'warn' } },
  );
  return daemon.child;
}

// A real fleet for end-to-end deployment tests: the controller as a child process (`mctl
// controller up --json`, so a test can SIGKILL it and start it again on the same data dir and
// ports) and real `mctl up` daemons registered through the API with their own credentials.
// Also release source directories written from workload YAML and scripts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deployment } from '../../controller/deploy/types.ts';
import type { Teardown } from './broker-teardown.ts';
import { type RunningChild, runMctl } from './child.ts';
import { daemonFixture } from './fleet-daemon.ts';

export const TOKEN = 'e2e-deploy-operator-token-0123456789';

export type Api = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;

export interface ControllerProcess {
  http: string;
  mqtt: string;
  dir: string;
  api: Api;
  child: RunningChild;
  /** Starts the controller again on the same data dir and ports (after a kill). */
  restart(): Promise<void>;
}

/** A port free right now: the controller must come back on the same ones after a SIGKILL. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startControllerProcess(teardown: Teardown): Promise<ControllerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'mc-e2e-controller-'));
  teardown.add(`controller dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  const [port, mqttPort] = [await freePort(), await freePort()];
  const file = join(dir, 'controller.yaml');
  writeFileSync(
    file,
    `port: ${port}\ndata_dir: data\napi_token: ${TOKEN}\nbroker:\n  mqtt_port: ${mqttPort}\n  websocket: false\n`,
  );
  const http = `http://127.0.0.1:${port}`;
  const api: Api = async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${http}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${TOKEN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const launch = async (): Promise<RunningChild> => {
    const child = runMctl(['controller', 'up', '-c', file, '--json'], { MC_LOG_LEVEL: 'warn' });
    teardown.add('controller process', () => child.kill('SIGKILL'));
    const line = await child.waitForLine((l) => l.includes('"listening"'), 20_000);
    if (!line.includes(String(port))) throw new Error(`unexpected start line ${line}`);
    return child;
  };
  const proc: ControllerProcess = {
    http,
    mqtt: `mqtt://127.0.0.1:${mqttPort}`,
    dir,
    api,
    child: await launch(),
    async restart() {
      proc.child = await launch();
    },
  };
  return proc;
}

/** Registers `name` (registry.add through the API) and starts its daemon with those credentials. */
export async function startDevice(
  teardown: Teardown,
  controller: ControllerProcess,
  name: string,
  tags: string[] = [],
): Promise<RunningChild> {
  const res = await controller.api<{ password: string }>('POST', '/api/devices', { name, tags });
  if (res.status !== 201) throw new Error(`register ${name}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  const fixture = daemonFixture(teardown, {
    device: name,
    brokerUrl: controller.mqtt,
    workloads: ['base'],
    fleet: `  username: ${name}\n  password: ${res.body.password}`,
  });
  return fixture.up();
}

/** A release source directory: each workload's YAML plus the scripts it runs. */
export function releaseDir(teardown: Teardown, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-e2e-release-'));
  teardown.add(`release dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content, { mode: path.endsWith('.sh') ? 0o755 : 0o644 });
  }
  return dir;
}

const FINAL = /^(completed|failed|rolled_back|cancelled)$/;

/** Polls the deployment until `done` holds (by default: it ended), with a timeout. */
export async function waitDeployment(
  api: Api,
  id: string,
  done: (d: Deployment) => boolean = (d) => FINAL.test(d.status),
  timeoutMs = 30_000,
): Promise<Deployment> {
  const until = Date.now() + timeoutMs;
  let last: Deployment | undefined;
  while (Date.now() < until) {
    try {
      last = (await api<Deployment>('GET', `/api/fleet/deployments/${id}`)).body;
      if (done(last)) return last;
    } catch {
      // the controller is restarting: ask again
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`deployment ${id} not there within ${timeoutMs} ms: ${JSON.stringify(last)}`);
}

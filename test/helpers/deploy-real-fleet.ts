// A real fleet for end-to-end deployment tests: the controller as a child process (`mctl
// controller up --json`, so a test can SIGKILL it and start it again on the same data dir and
// ports) and real `mctl up` daemons registered through the API with their own credentials.
// Also release source directories written from workload YAML and scripts, uploads, what a
// device reports, `mctl` runs against the controller, and an operator MQTT connection.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import type { Deployment } from '../../controller/deploy/types.ts';
import type { DeviceSnapshot } from '../../controller/store/types.ts';
import { packRelease } from '../../proto/release.ts';
import type { Teardown } from './broker-teardown.ts';
import { type RunningChild, runMctl } from './child.ts';
import { type DaemonFixture, daemonFixture } from './fleet-daemon.ts';

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

export async function startControllerProcess(
  teardown: Teardown,
  opts: {
    /** Address the embedded broker listens on (default 127.0.0.1). */ mqttHost?: string;
    /** More top-level lines of controller.yaml (e.g. `observer_token: …`). */ extraConfig?: string;
  } = {},
): Promise<ControllerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'mc-e2e-controller-'));
  teardown.add(`controller dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  const [port, mqttPort] = [await freePort(), await freePort()];
  const mqttHost = opts.mqttHost ?? '127.0.0.1';
  const file = join(dir, 'controller.yaml');
  writeFileSync(
    file,
    `port: ${port}\ndata_dir: data\napi_token: ${TOKEN}\nbroker:\n  mqtt_host: ${mqttHost}\n  mqtt_port: ${mqttPort}\n  websocket: false\n${opts.extraConfig ?? ''}`,
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
    mqtt: `mqtt://${mqttHost}:${mqttPort}`,
    dir,
    api,
    child: await launch(),
    async restart() {
      proc.child = await launch();
    },
  };
  return proc;
}

/** A device daemon of the fleet that a test can stop (SIGTERM) and start again on the same dirs. */
export interface DeviceProcess {
  name: string;
  fixture: DaemonFixture;
  daemon: RunningChild;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Registers `name` (registry.add through the API) and starts its daemon with those credentials. */
export async function startDevice(
  teardown: Teardown,
  controller: ControllerProcess,
  name: string,
  tags: string[] = [],
): Promise<DeviceProcess> {
  const res = await controller.api<{ password: string }>('POST', '/api/devices', { name, tags });
  if (res.status !== 201) throw new Error(`register ${name}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  const fixture = daemonFixture(teardown, {
    device: name,
    brokerUrl: controller.mqtt,
    workloads: ['base'],
    fleet: `  username: ${name}\n  password: ${res.body.password}`,
  });
  const device: DeviceProcess = {
    name,
    fixture,
    daemon: await fixture.up(),
    async stop() {
      await device.daemon.kill('SIGTERM');
    },
    async start() {
      device.daemon = await fixture.up();
    },
  };
  return device;
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

/** A release of one service `app` running app.sh; `crash` makes it exit 1 every time. */
export function appRelease(teardown: Teardown, version: string, crash = false): string {
  const script = crash ? 'echo crashing; exit 1\n' : `echo "app ${version} up"\nexec sleep 1000\n`;
  return releaseDir(teardown, {
    'app.yaml': `name: app\ntype: service\nrun_mode: forever\ncommand: sh ./app.sh\nrestart_delay: 0.2\nstop_timeout: 2\n`,
    'app.sh': script,
  });
}

/** Uploads the files of `dir` as release `version` through the API (what `mctl release create` sends). */
export async function uploadRelease(
  controller: ControllerProcess,
  dir: string,
  version: string,
): Promise<void> {
  const release = await packRelease(dir, version);
  const res = await controller.api('POST', '/api/releases', {
    version,
    files: (release.files ?? []).map((f) => ({
      path: f.path,
      mode: f.mode,
      content_base64: Buffer.from(f.content ?? []).toString('base64'),
    })),
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload ${version}: HTTP ${res.status}`);
}

export async function deviceOf(controller: ControllerProcess, name: string): Promise<DeviceSnapshot> {
  return (await controller.api<{ device: DeviceSnapshot }>('GET', `/api/fleet/clients/${name}`)).body.device;
}

/** What the device itself last reported: its release, generation and workloads with their states. */
export async function reportedBy(
  controller: ControllerProcess,
  name: string,
): Promise<{ release: string; generation: number; error: string; workloads: string[] }> {
  const status = (await deviceOf(controller, name)).status ?? {};
  const workloads = (status.workloads ?? []) as Array<{ name: string; status: string }>;
  return {
    release: String(status.release ?? ''),
    generation: Number(status.desired_generation ?? 0),
    error: String(status.release_error ?? ''),
    workloads: workloads.map((w) => `${w.name}:${w.status}`).sort(),
  };
}

/** Runs `mctl ARGS --controller … --token …` to its end: exit code and stdout + stderr. */
export async function mctlAgainst(
  controller: ControllerProcess,
  args: string[],
): Promise<{ code: number | string; out: string; lines: string[] }> {
  const child = runMctl([...args, '--controller', controller.http, '--token', TOKEN]);
  const code = await child.exited;
  return { code, out: `${child.lines.join('\n')}\n${child.stderr()}`, lines: child.lines };
}

/** An MQTT connection with the operator role (the controller's API token), closed at teardown. */
export async function operatorClient(teardown: Teardown, controller: ControllerProcess): Promise<MqttClient> {
  const client = await connectAsync(controller.mqtt, {
    clientId: `e2e-operator-${process.pid}-${Date.now()}`,
    username: 'operator',
    password: TOKEN,
    protocolVersion: 4,
    reconnectPeriod: 0,
  });
  teardown.add('operator mqtt client', () => client.endAsync(true));
  return client;
}

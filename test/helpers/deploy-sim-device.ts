// Devices for deployment tests, played by the test process over the real contract with real
// registry credentials: each follows its retained mc/{d}/desired and, a moment later, reports
// the release in its DeviceStatus (release, desired_generation) — or, as told, crashes its
// workloads under a release, refuses it (release_error), or ignores it. Also: a controller on
// port 0 in a temp dir, and a small API caller. The real device side (device/release/) is
// tested on its own; these stand in for it so the deployer's rules can be driven exactly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import { controllerConfigFrom } from '../../controller/config/load.ts';
import { Controller } from '../../controller/controller.ts';
import type { Deployment } from '../../controller/deploy/types.ts';
import { decode, encode } from '../../proto/codec.ts';
import { type WorkloadStatusName, workloadStatusOf } from '../../proto/names.ts';
import { topics } from '../../proto/topics.ts';
import { testLogger } from './broker-fixtures.ts';
import type { Teardown } from './broker-teardown.ts';

export type Reaction = 'ok' | 'crash' | 'refuse' | 'ignore';

export interface DeployEnv {
  dir: string;
  controller: Controller;
  http: string;
  mqtt: string;
  token: string;
  api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

/** A controller on ephemeral ports; `dir` reuses a data dir (restart tests). */
export async function startDeployController(
  teardown: Teardown,
  opts: { dir?: string; releaseLimitBytes?: number } = {},
): Promise<DeployEnv> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'mc-deploy-'));
  if (!opts.dir) teardown.add(`temp dir ${dir}`, () => rmSync(dir, { recursive: true, force: true }));
  const config = controllerConfigFrom({ port: 0, data_dir: 'data', broker: { mqtt_port: 0 } }, dir);
  const controller = new Controller({
    config,
    logger: testLogger(),
    version: 'test',
    ...(opts.releaseLimitBytes ? { releaseLimitBytes: opts.releaseLimitBytes } : {}),
  });
  const addresses = await controller.start();
  teardown.add('controller', () => controller.stop());
  const token = config.api_token;
  const http = addresses.http;
  return {
    dir,
    controller,
    http,
    mqtt: addresses.mqtt as string,
    token,
    async api<T>(method: string, path: string, body?: unknown) {
      const res = await fetch(`${http}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
  };
}

export async function registerDevice(env: DeployEnv, name: string, tags: string[] = []): Promise<string> {
  const res = await env.api<{ password: string }>('POST', '/api/devices', { name, tags });
  if (res.status !== 201) throw new Error(`register ${name}: HTTP ${res.status}`);
  return res.body.password;
}

/** Uploads a one-file release. */
export async function uploadRelease(env: DeployEnv, version: string, content = version): Promise<void> {
  const res = await env.api('POST', '/api/releases', {
    version,
    files: [{ path: 'workloads.yaml', content_base64: Buffer.from(content).toString('base64') }],
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`upload ${version}: HTTP ${res.status}`);
}

export async function deploymentOf(env: DeployEnv, id: string): Promise<Deployment> {
  return (await env.api<Deployment>('GET', `/api/deployments/${id}`)).body;
}

export class DeploySimDevice {
  readonly name: string;
  release = '';
  generation = 0;
  releaseError = '';
  /** How the device answers a desired release; by default it applies it. */
  reactTo: (release: string) => Reaction = () => 'ok';
  /** Every desired release it was given, in order. */
  readonly desiredSeen: string[] = [];
  readonly #client: MqttClient;
  readonly #workloads = new Map<string, WorkloadStatusName>();
  #restarts = 0;

  private constructor(name: string, client: MqttClient, workloads: string[]) {
    this.name = name;
    this.#client = client;
    for (const w of workloads) this.#workloads.set(w, 'running');
  }

  static async connect(
    teardown: Teardown,
    env: DeployEnv,
    name: string,
    opts: { password: string; workloads?: string[]; release?: string },
  ): Promise<DeploySimDevice> {
    const client = await connectAsync(env.mqtt, {
      protocolVersion: 4,
      clientId: `mc-dev-${name}`,
      username: name,
      password: opts.password,
      clean: true,
      reconnectPeriod: 0,
      will: {
        topic: topics.presence(name),
        payload: Buffer.from(encode('presence', { online: false, reason: 'connection lost' })),
        qos: 1,
        retain: true,
      },
    });
    teardown.add(`deploy sim ${name}`, () => client.endAsync(true));
    const device = new DeploySimDevice(name, client, opts.workloads ?? ['app']);
    device.release = opts.release ?? '';
    client.on('message', (topic, payload) => {
      if (topic !== topics.desired(name) || payload.length === 0) return;
      const decoded = decode('desired', payload);
      if (decoded.ok) device.#onDesired(decoded.value.release, Number(decoded.value.generation));
    });
    await client.publishAsync(
      topics.presence(name),
      Buffer.from(encode('presence', { online: true, since_ms: Date.now() })),
      { qos: 1, retain: true },
    );
    await device.publishState();
    await client.subscribeAsync(topics.desired(name), { qos: 1 });
    return device;
  }

  /** Retained workload states and status, as a daemon publishes them on change. */
  async publishState(): Promise<void> {
    for (const [w, status] of this.#workloads) {
      await this.#client.publishAsync(
        topics.workload(this.name, w),
        Buffer.from(
          encode('workload', { name: w, status: workloadStatusOf(status), restarts: this.#restarts }),
        ),
        { qos: 1, retain: true },
      );
    }
    await this.#client.publishAsync(
      topics.status(this.name),
      Buffer.from(
        encode('status', {
          device: this.name,
          seq: Date.now(),
          ts_ms: Date.now(),
          release: this.release,
          desired_generation: this.generation,
          release_error: this.releaseError,
          workloads: [...this.#workloads].map(([w, s]) => ({ name: w, status: workloadStatusOf(s) })),
        }),
      ),
      { qos: 1, retain: true },
    );
  }

  /** A lost connection: the broker publishes the Last Will (presence offline). */
  drop(): void {
    this.#client.stream.destroy();
  }

  #onDesired(release: string, generation: number): void {
    this.desiredSeen.push(release);
    const reaction = this.reactTo(release);
    if (reaction === 'ignore') return;
    // Applying takes a moment on a real device; reporting in the same tick would hide ordering bugs.
    setTimeout(() => {
      this.generation = generation;
      if (reaction === 'refuse') {
        this.releaseError = `cannot apply ${release}`;
      } else {
        this.release = release;
        this.releaseError = '';
        for (const w of this.#workloads.keys())
          this.#workloads.set(w, reaction === 'crash' ? 'failed' : 'running');
      }
      this.publishState().catch(() => {});
    }, 20);
  }
}

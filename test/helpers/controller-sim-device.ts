// A device played by the test process over the real contract, for controller tests that
// need exact control of what a device says: presence with a Last Will, retained status and
// workload states, heartbeats and events, and commands answered through the device's own
// CommandDispatcher (with its LMDB reply log) and CommandEndpoint. Tests that need real
// workload processes use a real daemon instead (fleet-daemon.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open } from 'lmdb';
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { CommandEndpoint } from '../../device/command-endpoint.ts';
import { CommandLog } from '../../device/commands/command-log.ts';
import { CommandDispatcher, type CommandHandlers } from '../../device/commands/dispatcher.ts';
import { encode, type MessageInput } from '../../proto/codec.ts';
import { McError } from '../../proto/errors.ts';
import { type WorkloadStatusName, workloadStatusOf } from '../../proto/names.ts';
import { topics } from '../../proto/topics.ts';
import { testLogger } from './broker-fixtures.ts';
import type { Teardown } from './broker-teardown.ts';

type WorkloadInput = MessageInput<'workload'>;

export interface SimDeviceOptions {
  workloads?: string[];
  tags?: string[];
  /** A persistent session (as real devices use), so commands queue while it is away. */
  clean?: boolean;
  /** More command handlers (e.g. exec), or replacements of the built-in ones. */
  handlers?: CommandHandlers;
}

/** A device that speaks the contract from the test process. */
export class SimDevice {
  readonly name: string;
  readonly client: MqttClient;
  readonly tags: string[];
  readonly states = new Map<string, WorkloadInput>();
  /** Commands the device received, by action, in order. */
  readonly received: string[] = [];
  #eventSeq = 0;

  private constructor(name: string, client: MqttClient, tags: string[]) {
    this.name = name;
    this.client = client;
    this.tags = tags;
  }

  static async connect(
    teardown: Teardown,
    url: string,
    name: string,
    opts: SimDeviceOptions = {},
  ): Promise<SimDevice> {
    const logger = testLogger();
    const dir = mkdtempSync(join(tmpdir(), `mc-sim-${name}-`));
    const db = open({ path: dir, maxDbs: 4 });
    teardown.add(`sim device ${name} dir`, async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const client = SimDevice.#createClient(url, name, opts);
    const device = new SimDevice(name, client, opts.tags ?? []);
    teardown.add(`sim device ${name}`, () => device.client.endAsync(true));
    const dispatcher = new CommandDispatcher({
      device: name,
      handlers: { ...device.#handlers(), ...opts.handlers },
      memory: new CommandLog(db),
      logger,
    });
    const endpoint = new CommandEndpoint({ client, dispatcher, device: name, link: 'fleet', logger });
    // As the daemon's fleet link does: the endpoint listens before the client connects, since
    // a resumed session's queued commands may arrive in the same read as the CONNACK.
    const started = endpoint.start();
    await new Promise<void>((resolve, reject) => {
      client.once('connect', () => resolve());
      client.once('error', reject);
      client.connect();
    });
    await started;
    for (const w of opts.workloads ?? [])
      device.states.set(w, { name: w, status: workloadStatusOf('running'), pid: 100 });
    await device.announce();
    return device;
  }

  static #createClient(url: string, name: string, opts: SimDeviceOptions): MqttClient {
    const options: IClientOptions = {
      protocolVersion: 4,
      clientId: `mc-dev-${name}`,
      clean: opts.clean ?? false,
      reconnectPeriod: 0,
      manualConnect: true,
      will: {
        topic: topics.presence(name),
        payload: Buffer.from(
          encode('presence', { online: false, since_ms: Date.now(), reason: 'connection lost' }),
        ),
        qos: 1,
        retain: true,
      },
    };
    return connect(url, options);
  }

  /** Presence, status and every workload state, retained, as a device does on connect. */
  async announce(): Promise<void> {
    await this.#publish(
      topics.presence(this.name),
      encode('presence', { online: true, since_ms: Date.now() }),
      true,
    );
    for (const state of this.states.values()) await this.publishWorkload(state);
    await this.publishStatus();
  }

  async publishStatus(seq = Date.now()): Promise<void> {
    const workloads = [...this.states.values()];
    const running = workloads.filter((w) => w.status === workloadStatusOf('running')).length;
    const failed = workloads.filter((w) => w.status === workloadStatusOf('failed')).length;
    await this.#publish(
      topics.status(this.name),
      encode('status', {
        device: this.name,
        seq,
        ts_ms: Date.now(),
        workloads: workloads.map((w) => ({ name: w.name, status: w.status })),
        workloads_running: running,
        workloads_failed: failed,
        workloads_total: workloads.length,
        tags: this.tags,
        system: { cpu_percent: 12.5, mem_used_bytes: 1_000, mem_total_bytes: 4_000 },
      }),
      true,
    );
  }

  async setWorkload(
    name: string,
    status: WorkloadStatusName,
    extra: Partial<WorkloadInput> = {},
  ): Promise<void> {
    const state = {
      ...this.states.get(name),
      name,
      status: workloadStatusOf(status),
      ts_ms: Date.now(),
      ...extra,
    };
    this.states.set(name, state);
    await this.publishWorkload(state);
  }

  async publishWorkload(state: WorkloadInput): Promise<void> {
    await this.#publish(topics.workload(this.name, String(state.name)), encode('workload', state), true);
  }

  async publishEvent(event: Omit<MessageInput<'events'>, 'seq' | 'ts_ms'>): Promise<number> {
    const seq = ++this.#eventSeq;
    await this.#publish(
      topics.events(this.name),
      encode('events', { seq, ts_ms: Date.now(), ...event }),
      false,
    );
    return seq;
  }

  async heartbeat(seq: number, cpu_percent: number, mem_percent: number): Promise<void> {
    await this.client.publishAsync(
      topics.heartbeat(this.name),
      Buffer.from(encode('heartbeat', { seq, uptime_s: seq, cpu_percent, mem_percent })),
      { qos: 0 },
    );
  }

  /** A lost connection: the broker publishes the Last Will (presence offline). */
  drop(): void {
    this.client.stream.destroy();
  }

  async #publish(topic: string, payload: Uint8Array, retain: boolean): Promise<void> {
    await this.client.publishAsync(topic, Buffer.from(payload), { qos: 1, retain });
  }

  #handlers(): CommandHandlers {
    const known = (name: string | null | undefined): WorkloadInput => {
      const state = name ? this.states.get(name) : undefined;
      if (!state) throw new McError('MC_ERR_NOT_FOUND', `no workload named ${name}`);
      return state;
    };
    const transition = async (
      action: string,
      name: string | null | undefined,
      status: WorkloadStatusName,
    ) => {
      this.received.push(action);
      const state = known(name);
      await this.setWorkload(String(state.name), status);
      return { workload: this.states.get(String(state.name)) };
    };
    return {
      start: (c) => transition('start', c.start?.workload, 'running'),
      stop: (c) => transition('stop', c.stop?.workload, 'stopped'),
      restart: (c) => transition('restart', c.restart?.workload, 'running'),
      logs: async (c) => {
        this.received.push('logs');
        const state = known(c.logs?.workload);
        const lines = Array.from({ length: c.logs?.lines ?? 1 }, (_, i) => `${state.name} line ${i + 1}`);
        return { logs: { workload: state.name, lines } };
      },
      status: async (c) => {
        this.received.push('status');
        const state = known(c.status?.workload);
        return {
          detail: {
            state,
            runs: [{ run_id: 'r1', started_ms: 1, ended_ms: 2, exit_code: 0, reason: 'exit' }],
          },
        };
      },
      reload: async () => {
        this.received.push('reload');
        return { reload: { added: [], removed: [], updated: [], unchanged: [...this.states.keys()] } };
      },
    };
  }
}

// Shared pieces of the fault suites (test/faults/): registered real daemons that a test can
// SIGKILL and start again on the same data dir, an operator MQTT connection with a
// persistent session, retained-topic snapshots, run histories read over the fleet, and
// /proc readings (RSS, live copies of a workload). Everything is real: the controller process
// from deploy-real-fleet.ts, `mctl up` daemons from fleet-daemon.ts.
import { readFileSync } from 'node:fs';
import { connect, type MqttClient } from 'mqtt';
import { expect } from 'vitest';
import { decode, type Message } from '../../proto/codec.ts';
import { CommandClient } from '../../proto/command-client.ts';
import type { Teardown } from './broker-teardown.ts';
import { onceWithin } from './broker-wait.ts';
import type { RunningChild } from './child.ts';
import { type ControllerProcess, TOKEN } from './deploy-real-fleet.ts';
import { type DaemonFixture, daemonFixture } from './fleet-daemon.ts';

export interface FleetDevice {
  name: string;
  fixture: DaemonFixture;
  daemon: RunningChild | undefined;
  /** Starts the daemon (again) on the same config and data dir. */
  up(): Promise<RunningChild>;
  /** SIGKILLs the daemon (its workloads keep running, as after a real crash). */
  kill(): Promise<void>;
}

export interface DeviceOptions {
  workloads?: string[];
  /** Extra lines of the fleet block (indented two spaces). */
  fleet?: string;
  brokerUrl?: string;
  netns?: string;
}

/** Registers `name` through the API and prepares (does not start) its daemon. */
export async function registeredDevice(
  teardown: Teardown,
  ctl: ControllerProcess,
  name: string,
  opts: DeviceOptions = {},
): Promise<FleetDevice> {
  const res = await ctl.api<{ password: string }>('POST', '/api/devices', { name, tags: ['faults'] });
  if (res.status !== 201) throw new Error(`register ${name}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  const fixture = daemonFixture(teardown, {
    device: name,
    brokerUrl: opts.brokerUrl ?? ctl.mqtt,
    workloads: opts.workloads ?? ['w'],
    fleet: [
      `  username: ${name}`,
      `  password: ${res.body.password}`,
      ...(opts.fleet ? [opts.fleet] : []),
    ].join('\n'),
    ...(opts.netns ? { netns: opts.netns } : {}),
  });
  const device: FleetDevice = {
    name,
    fixture,
    daemon: undefined,
    async up() {
      device.daemon = await fixture.up();
      return device.daemon;
    },
    async kill() {
      await device.daemon?.kill('SIGKILL');
      device.daemon = undefined;
    },
  };
  return device;
}

/** Starts daemons a few at a time: twenty Node start-ups at once starve a 2-core machine. */
export async function upAll(devices: FleetDevice[], parallel = 5): Promise<void> {
  for (let i = 0; i < devices.length; i += parallel) {
    await Promise.all(devices.slice(i, i + parallel).map((d) => d.up()));
  }
}

/** An operator connection (user `operator`, the controller's token) that reconnects by itself. */
export async function operatorClient(
  teardown: Teardown,
  url: string,
  clientId: string,
  opts: { clean?: boolean } = {},
): Promise<MqttClient> {
  const client = connect(url, {
    protocolVersion: 4,
    clientId,
    clean: opts.clean ?? true,
    username: 'operator',
    password: TOKEN,
    reconnectPeriod: 250,
    connectTimeout: 5_000,
  });
  teardown.add(`operator ${clientId}`, () => client.endAsync(true));
  // It reconnects by itself: a socket reset (a broker killed, or the connection rate limit
  // still refilling after a flood) is retried, not an error that fails the test (R6 failed
  // in CI on connectAsync rejecting with ECONNRESET right after a flood).
  client.on('error', () => {});
  await onceWithin(client, 'connect', 30_000);
  return client;
}

/** Every retained message under `filters` right now (waits until the stream goes quiet). */
export async function retainedSnapshot(
  teardown: Teardown,
  url: string,
  filters: string[],
  quietMs = 500,
): Promise<Map<string, Buffer>> {
  const client = await operatorClient(teardown, url, `faults-snap-${process.pid}-${Date.now()}`);
  const seen = new Map<string, Buffer>();
  let last = Date.now();
  client.on('message', (topic, payload, packet) => {
    if (!packet.retain) return;
    seen.set(topic, payload);
    last = Date.now();
  });
  await client.subscribeAsync(filters, { qos: 1 });
  while (Date.now() - last < quietMs) await new Promise((r) => setTimeout(r, 50));
  await client.endAsync(true);
  return seen;
}

export type RunRecord = NonNullable<NonNullable<Message<'reply'>['detail']>['runs']>[number];

/** The run history of a workload as the device itself returns it (status command over the fleet). */
export async function runHistory(
  commands: CommandClient,
  device: string,
  workload: string,
  runs = 1000,
): Promise<RunRecord[]> {
  const reply = await commands.send(device, { status: { workload, runs } }, { timeoutMs: 15_000 });
  if (!reply.ok) throw new Error(`status of ${device}/${workload}: ${reply.error?.message}`);
  return reply.detail?.runs ?? [];
}

export async function commandClient(
  teardown: Teardown,
  client: MqttClient,
  name: string,
): Promise<CommandClient> {
  const commands = new CommandClient({ client, replyName: name, issuer: name, defaultTimeoutMs: 15_000 });
  await commands.start();
  teardown.add(`command client ${name}`, () => commands.stop());
  return commands;
}

/** Resident set size of a process in bytes (/proc/<pid>/status VmRSS). */
export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/** Decodes a retained payload of `kind`, failing the test when it does not decode. */
export function decoded<K extends 'presence' | 'status' | 'workload'>(kind: K, payload: Buffer | undefined) {
  expect(payload, `retained ${kind}`).toBeDefined();
  const result = decode(kind, payload ?? Buffer.alloc(0));
  if (!result.ok) throw new Error(`retained ${kind} does not decode: ${result.error.message}`);
  return result.value;
}

// `mctl fleet ls`: every device the broker knows, from its retained presence and status
// (plus any heartbeat that arrives meanwhile), one row each: health, release, workloads,
// cpu, mem, last seen.
//
// When is the retained snapshot complete? A quiet period: collection ends once no retained
// message has arrived for --quiet ms after the SUBACK (or at --timeout). A sentinel (publish
// to a topic of our own and wait for it) would be exact on Mosquitto, which sends retained
// messages synchronously after the SUBACK, but Aedes streams them from its store
// asynchronously, so a later publish can overtake them.
//
// Health: `offline` when the retained presence says so (Last Will or shutdown); `online`
// when presence is online and either a heartbeat arrived during collection or the status is
// younger than --stale-after; `stale` when presence is online but neither holds (e.g. the
// broker restarted with the presence retained and the device never came back); `unknown`
// without presence. The status is republished at least every refresh period (5 min by
// default) while a device is connected, hence the default of 3 × 5 min.
import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import type { MqttClient } from 'mqtt';
import { WILL_REASON } from '../../device/fleet/presence.ts';
import { decodeTopic, type mc } from '../../proto/codec.ts';
import { filters } from '../../proto/topics.ts';
import { parsePositiveInt } from '../args.ts';
import { connectBroker } from '../broker-client.ts';
import { bytes as formatBytes, relative, table } from '../format.ts';

interface Globals {
  broker?: string;
  username?: string;
  password?: string;
  ca?: string;
  json: boolean;
  timeout: number;
}

interface LsOptions {
  quiet: number;
  staleAfter: number;
}

export type FleetHealth = 'online' | 'stale' | 'offline' | 'unknown';

interface Collected {
  presence?: mc.v1.Presence;
  status?: mc.v1.DeviceStatus;
  heartbeat?: mc.v1.Heartbeat;
  heartbeatAt?: number;
}

export interface FleetRow {
  device: string;
  health: FleetHealth;
  /** Presence since_ms: connect time when online; shutdown time, or the lost connection's start, when offline. */
  since_ms: number;
  reason: string;
  release: string;
  workloads_running: number;
  workloads_failed: number;
  workloads_total: number;
  cpu_percent: number | null;
  mem_percent: number | null;
  mem_used_bytes: number | null;
  /** The freshest sign of life: a heartbeat seen now, the status time, or the presence time. */
  last_seen_ms: number;
  daemon_version: string;
  hostname: string;
  boot_id: string;
  status_seq: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
// Protobuf floats come back as float32 noise (23.299999…); one decimal is what was measured.
const nullableRound = (n: number | null | undefined) => (n === null || n === undefined ? null : round1(n));

/** Pure: the row of one device from what was collected (exported for unit tests). */
export function fleetRow(device: string, c: Collected, now: number, staleAfterMs: number): FleetRow {
  const statusTs = c.status?.ts_ms ?? 0;
  const lastSeen = Math.max(c.heartbeatAt ?? 0, statusTs, c.presence?.since_ms ?? 0);
  let health: FleetHealth = 'unknown';
  if (c.presence && !c.presence.online) health = 'offline';
  else if (c.presence?.online) {
    const fresh = c.heartbeatAt !== undefined || (statusTs > 0 && now - statusTs <= staleAfterMs);
    health = fresh ? 'online' : 'stale';
  }
  const system = c.status?.system;
  const memTotal = system?.mem_total_bytes ?? 0;
  const memUsed = system?.mem_used_bytes ?? 0;
  const memFromStatus = memTotal > 0 ? (100 * memUsed) / memTotal : null;
  return {
    device,
    health,
    since_ms: c.presence?.since_ms ?? 0,
    reason: c.presence?.reason ?? '',
    release: c.status?.release || c.presence?.release || '',
    workloads_running: c.status?.workloads_running ?? 0,
    workloads_failed: c.status?.workloads_failed ?? 0,
    workloads_total: c.status?.workloads_total ?? 0,
    cpu_percent: nullableRound(c.heartbeat?.cpu_percent ?? system?.cpu_percent),
    mem_percent: nullableRound(c.heartbeat?.mem_percent ?? memFromStatus),
    mem_used_bytes: system ? memUsed : null,
    last_seen_ms: lastSeen,
    daemon_version: c.presence?.daemon_version || c.status?.daemon_version || '',
    hostname: c.presence?.hostname ?? '',
    boot_id: c.presence?.boot_id || c.status?.boot_id || '',
    status_seq: c.status?.seq ?? 0,
  };
}

/** Subscribes and collects until a quiet period with no retained message, or the timeout. */
async function collect(
  mqtt: MqttClient,
  quietMs: number,
  timeoutMs: number,
): Promise<Map<string, Collected>> {
  const devices = new Map<string, Collected>();
  const entry = (name: string) => {
    const known = devices.get(name);
    if (known) return known;
    const fresh: Collected = {};
    devices.set(name, fresh);
    return fresh;
  };
  let lastRetained = Date.now();
  const onMessage = (topic: string, payload: Buffer, packet: { retain: boolean }) => {
    const decoded = decodeTopic(topic, payload);
    if (!decoded.ok || decoded.message === null) return; // foreign or cleared: nothing to show
    if (packet.retain) lastRetained = Date.now();
    if (decoded.kind === 'presence') entry(decoded.topic.device).presence = decoded.message;
    else if (decoded.kind === 'status') entry(decoded.topic.device).status = decoded.message;
    else if (decoded.kind === 'heartbeat') {
      const c = entry(decoded.topic.device);
      c.heartbeat = decoded.message;
      c.heartbeatAt = Date.now();
    }
  };
  mqtt.on('message', onMessage);
  try {
    await mqtt.subscribeAsync([filters.presence(), filters.status(), filters.heartbeat()], { qos: 0 });
    lastRetained = Date.now();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const now = Date.now();
      const quietUntil = lastRetained + quietMs;
      if (now >= quietUntil || now >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(quietUntil, deadline) - now));
    }
  } finally {
    mqtt.removeListener('message', onMessage);
  }
  return devices;
}

/**
 * The retained presence of one device (null when it never connected to this broker): for
 * `mctl --device` to explain a missing reply. Waits at most `waitMs` for the retained copy.
 */
export async function devicePresence(
  mqtt: MqttClient,
  device: string,
  waitMs = 1000,
): Promise<mc.v1.Presence | null> {
  const topic = filters.presence(device);
  let onMessage: (t: string, payload: Buffer) => void = () => {};
  let timer: NodeJS.Timeout | undefined;
  const found = new Promise<mc.v1.Presence | null>((resolve) => {
    onMessage = (t, payload) => {
      if (t !== topic) return;
      const decoded = decodeTopic(t, payload);
      if (decoded.ok && decoded.kind === 'presence') resolve(decoded.message);
    };
    timer = setTimeout(() => resolve(null), waitMs);
  });
  mqtt.on('message', onMessage);
  try {
    await mqtt.subscribeAsync(topic, { qos: 0 });
    return await found;
  } finally {
    clearTimeout(timer);
    mqtt.removeListener('message', onMessage);
    await mqtt.unsubscribeAsync(topic).catch(() => {});
  }
}

/** What `mctl --device` should say when no reply came: why, and what happens to the command. */
export function noReplyMessage(device: string, presence: mc.v1.Presence | null, now = Date.now()): string {
  if (!presence) return `no reply: device ${device} has never connected to this broker`;
  if (presence.online) return `no reply from ${device}, which is online: it may be busy or stuck`;
  const at = (ms: number) => `${new Date(ms).toISOString()} (${relative(ms, now)})`;
  // A Last Will carries the start of the connection that was lost, not the time of the loss.
  const state =
    presence.reason === WILL_REASON
      ? `lost its connection${presence.since_ms ? ` (connected since ${at(presence.since_ms)})` : ''}`
      : `offline since ${presence.since_ms ? at(presence.since_ms) : 'an unknown time'}${presence.reason ? `, ${presence.reason}` : ''}`;
  return `queued: device ${device} ${state}; the broker keeps the command and the device runs it when it reconnects, unless it has expired by then`;
}

const percent = (n: number | null) => (n === null ? '-' : `${n.toFixed(1)}%`);

export function fleetTable(rows: readonly FleetRow[], now = Date.now()): string {
  if (rows.length === 0) return 'no devices have reported to this broker';
  return table(
    ['device', 'health', 'release', 'workloads', 'cpu', 'mem', 'last seen', 'note'],
    rows.map((r) => [
      r.device,
      r.health === 'offline' ? `offline since ${relative(r.last_seen_ms, now)}` : r.health,
      r.release || '-',
      `${r.workloads_running}/${r.workloads_failed}/${r.workloads_total}`,
      percent(r.cpu_percent),
      r.mem_used_bytes === null
        ? percent(r.mem_percent)
        : `${percent(r.mem_percent)} ${formatBytes(r.mem_used_bytes)}`,
      relative(r.last_seen_ms, now),
      r.reason,
    ]),
  );
}

export function fleetCommand(): Command {
  const fleet = new Command('fleet').description('the devices on the fleet broker');
  fleet
    .command('ls')
    .description('every device from its retained presence and status: health, release, workloads, cpu, mem')
    .option(
      '--quiet <ms>',
      'end collection after this long without a retained message',
      parsePositiveInt,
      300,
    )
    .option(
      '--stale-after <seconds>',
      'online devices whose status is older than this (and no heartbeat arrived) are shown as stale',
      parsePositiveInt,
      900,
    )
    .action(async (opts: LsOptions, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals & LsOptions>();
      const mqtt = await connectBroker({
        url: globals.broker,
        username: globals.username,
        password: globals.password,
        caFile: globals.ca,
        clientId: `mctl-fleet-${randomBytes(5).toString('hex')}`,
      });
      try {
        const collected = await collect(mqtt, opts.quiet, globals.timeout * 1000);
        const now = Date.now();
        const rows = [...collected.entries()]
          .map(([device, c]) => fleetRow(device, c, now, opts.staleAfter * 1000))
          .sort((a, b) => a.device.localeCompare(b.device));
        process.stdout.write(`${globals.json ? JSON.stringify(rows) : fleetTable(rows, now)}\n`);
      } finally {
        await mqtt.endAsync();
      }
    });
  return fleet;
}

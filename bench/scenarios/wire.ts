// `npm run bench -- wire` (formerly `wire-bytes`): bytes on the wire per device per day at heartbeat 10 s with
// 10 idle workloads. A real FleetLink talks to a real broker through a counting TCP proxy
// (so MQTT framing — fixed header, topic, packet id, PUBACKs — is counted; TCP/IP headers
// are not); its timers run on a manual clock through a simulated hour, extrapolated to 24 h.
// Compared with the seed's HTTP heartbeat: the same data as JSON in a minimal HTTP/1.1 POST
// on a kept-alive connection, plus its response, at the same interval.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { open } from 'lmdb';
import { pino } from 'pino';
import { createBroker } from '../../broker/broker.ts';
import { CommandLog } from '../../device/commands/command-log.ts';
import { CommandDispatcher } from '../../device/commands/dispatcher.ts';
import { FleetSchema } from '../../device/config/daemon-schema.ts';
import { FleetLink } from '../../device/fleet/fleet-link.ts';
import { SystemMetrics } from '../../device/health/system-metrics.ts';
import type { SupervisorEvents } from '../../device/supervisor/supervisor.ts';
import type { WorkloadView } from '../../device/supervisor/types.ts';
import { startLinkProxy } from '../../test/helpers/fleet-proxy.ts';
import { FakeClock } from '../../test/helpers/supervisor-fake-clock.ts';
import { runningWorkloadView } from '../../test/helpers/workload-view.ts';
import { printTable, round, writeResult } from '../stats.ts';

export const description =
  'bytes per device per day on the wire (heartbeat 10 s, 10 idle workloads) vs the seed HTTP POST';

const DEVICE = 'pi-lab-01';
const WORKLOADS = Array.from({ length: 10 }, (_, i) => `worker-${String(i + 1).padStart(2, '0')}`);
const TYPES = [
  '?',
  'CONNECT',
  'CONNACK',
  'PUBLISH',
  'PUBACK',
  'PUBREC',
  'PUBREL',
  'PUBCOMP',
  'SUBSCRIBE',
  'SUBACK',
  'UNSUBSCRIBE',
  'UNSUBACK',
  'PINGREQ',
  'PINGRESP',
  'DISCONNECT',
];

/** Ten idle services: running, state unchanged, rss/cpu jittering at every sample (the worst case for an idle workload). */
class IdleWorkloads extends EventEmitter<SupervisorEvents> {
  constructor(private readonly clock: FakeClock) {
    super();
  }
  list(): WorkloadView[] {
    return WORKLOADS.map((name, i) =>
      runningWorkloadView(name, {
        pid: 1000 + i,
        pgid: 1000 + i,
        run_id: `run${i}`,
        last_started_ms: 1_700_000_000_000,
        version: '1.0.0',
        tags: ['edge'],
        memory_limit_mb: 128,
        rss_bytes: 30_000_000 + Math.floor(Math.random() * 500_000),
        cpu_percent: Math.round(Math.random() * 5) / 10,
        ts_ms: this.clock.now(),
      }),
    );
  }
}

/**
 * The seed's heartbeat (HeartbeatPayload: client_name, timestamp, deployed_version,
 * workloads[WorkloadInfo], system[SystemMetrics]) with the same data, as compact JSON in the
 * HTTP/1.1 request an httpx client sends on a kept-alive connection (no TCP or TLS handshake
 * counted), and uvicorn's response. WorkloadInfo is not spelled out in the seed; we give it
 * the seed's WorkloadState fields without the spec.
 */
function seedHeartbeatBytes(workloads: readonly string[], device: string) {
  const iso = '2026-11-22T22:17:15.123456Z';
  const body = JSON.stringify({
    client_name: device,
    timestamp: iso,
    deployed_version: '1.0.0',
    workloads: workloads.map((name, i) => ({
      name,
      type: 'service',
      run_mode: 'forever',
      status: 'running',
      pid: 1000 + i,
      run_count: 1,
      last_started: iso,
      last_stopped: null,
      last_error: null,
      consecutive_failures: 0,
    })),
    system: {
      cpu_percent: 3.2,
      memory_used_mb: 412.5,
      memory_total_mb: 3792.0,
      disk_used_gb: 5.1,
      disk_total_gb: 29.1,
    },
  });
  const bodyBytes = Buffer.byteLength(body);
  const request = [
    'POST /api/heartbeat HTTP/1.1',
    'Host: mc-controller.local:8000',
    'Accept: */*',
    'Accept-Encoding: gzip, deflate',
    'Connection: keep-alive',
    'User-Agent: python-httpx/0.27.0',
    `Authorization: Bearer ${'x'.repeat(43)}`,
    `Content-Length: ${bodyBytes}`,
    'Content-Type: application/json',
    '',
    '',
  ].join('\r\n');
  const responseBody = '{"status":"ok"}';
  const response = [
    'HTTP/1.1 200 OK',
    'date: Sun, 22 Nov 2026 22:17:15 GMT',
    'server: uvicorn',
    `content-length: ${responseBody.length}`,
    'content-type: application/json',
    '',
    responseBody,
  ].join('\r\n');
  const requestBytes = Buffer.byteLength(request) + bodyBytes;
  const responseBytes = Buffer.byteLength(response);
  return {
    body: bodyBytes,
    request: requestBytes,
    response: responseBytes,
    perExchange: requestBytes + responseBytes,
  };
}

/** Splits one direction's byte stream into MQTT packets and adds their sizes up by kind. */
function packetCounter() {
  const totals = new Map<string, { packets: number; bytes: number }>();
  let buffer = Buffer.alloc(0);
  return {
    totals,
    feed(chunk: Buffer) {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        let length = 0;
        let multiplier = 1;
        let i = 1;
        for (; i < 5 && i < buffer.length; i++) {
          const byte = buffer[i] as number;
          length += (byte & 0x7f) * multiplier;
          multiplier *= 128;
          if ((byte & 0x80) === 0) break;
        }
        const total = i + 1 + length;
        if (i >= buffer.length || buffer.length < total) return;
        const type = TYPES[(buffer[0] as number) >> 4] ?? '?';
        let kind = type;
        if (type === 'PUBLISH') {
          const topic = buffer.subarray(i + 3, i + 3 + buffer.readUInt16BE(i + 1)).toString();
          kind = `PUBLISH ${topic.split('/').slice(2, 3).join('')}${length - 2 - topic.length <= 2 ? ' (empty)' : ''}`;
        }
        const entry = totals.get(kind) ?? { packets: 0, bytes: 0 };
        entry.packets += 1;
        entry.bytes += total;
        totals.set(kind, entry);
        buffer = buffer.subarray(total);
      }
    },
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { hours: { type: 'string', default: '1' } } });
  const hours = Number(values.hours);
  const dir = mkdtempSync(join(tmpdir(), 'mc-bench-bytes-'));
  const logger = pino({ level: 'silent' });
  const broker = createBroker({ tcp: { host: '127.0.0.1', port: 0 }, logger });
  const url = (await broker.start()).mqtt ?? '';
  const up = packetCounter();
  const down = packetCounter();
  const proxy = await startLinkProxy(url, (direction, chunk) => (direction === 'up' ? up : down).feed(chunk));
  const root = open({ path: join(dir, 'link'), maxDbs: 8 });
  const clock = new FakeClock(Date.now());
  const link = new FleetLink({
    config: FleetSchema.parse({
      broker_url: proxy.url,
      heartbeat_interval: 10,
      keepalive: 30,
      tags: ['edge', 'lab'],
    }),
    device: DEVICE,
    bootId: '6f1c1a2e-5d0b-4c59-9a7e-2f1e1f0b9c11',
    daemonVersion: '0.1.0',
    supervisor: new IdleWorkloads(clock),
    metrics: new SystemMetrics({ diskPath: dir }),
    dispatcher: new CommandDispatcher({ device: DEVICE, handlers: {}, memory: new CommandLog(root), logger }),
    root,
    logger,
    clock,
  });
  try {
    await link.start();
    while (!link.connected) await settle(5);
    await settle(300);
    const connectBytes = { up: proxy.bytes.up, down: proxy.bytes.down };
    proxy.resetCounters();
    up.totals.clear();
    down.totals.clear();
    const steps = (hours * 3600) / 10;
    const beats = () => up.totals.get('PUBLISH heartbeat')?.packets ?? 0;
    for (let s = 0; s < steps; s++) {
      const before = beats();
      clock.advance(10_000);
      // The heartbeat samples /proc asynchronously, then publishes; its next timer is armed
      // after that, so wait for the beat before moving the clock again.
      for (let waited = 0; beats() === before && waited < 500; waited += 2) await settle(2);
    }
    await settle(300);
    const perDay = (n: number) => Math.round((n * 24) / hours);
    const linkDay = perDay(proxy.bytes.up + proxy.bytes.down);
    const seed = seedHeartbeatBytes(WORKLOADS, DEVICE);
    const seedDay = seed.perExchange * (86_400 / 10);
    const rows = [...up.totals, ...down.totals.entries()].map(([kind, t]) => ({
      packet: kind,
      direction: up.totals.get(kind) === t ? 'device → broker' : 'broker → device',
      'per hour': Math.round(t.packets / hours),
      'bytes each': round(t.bytes / t.packets, 1),
      'bytes/day': perDay(t.bytes),
    }));
    printTable(`fleet link, ${DEVICE}, 10 idle workloads, heartbeat 10 s, simulated ${hours} h`, rows);
    printTable('per device per day', [
      {
        link: 'MQTT + Protobuf (this link)',
        'bytes/day': linkDay,
        'KiB/day': round(linkDay / 1024, 1),
        ratio: 1,
      },
      {
        link: 'seed: JSON heartbeat over HTTP/1.1 POST',
        'bytes/day': seedDay,
        'KiB/day': round(seedDay / 1024, 1),
        ratio: round(seedDay / linkDay, 1),
      },
    ]);
    console.log(
      `\none (re)connect costs ${connectBytes.up + connectBytes.down} bytes (CONNECT with will, SUBSCRIBE, presence, full status and states)`,
    );
    console.log(
      `seed exchange: ${seed.request} bytes request (${seed.body} JSON body) + ${seed.response} bytes response`,
    );
    const result = {
      device: DEVICE,
      hours,
      workloads: WORKLOADS.length,
      heartbeat_s: 10,
      link_bytes_per_day: linkDay,
      reconnect_bytes: connectBytes.up + connectBytes.down,
      packets: Object.fromEntries(rows.map((r) => [`${r.direction} ${r.packet}`, r])),
      seed: { ...seed, bytes_per_day: seedDay },
      ratio: round(seedDay / linkDay, 2),
    };
    console.log(`\nresult: ${writeResult('wire', result)}`);
  } finally {
    await link.stop();
    await proxy.close();
    await broker.stop();
    await root.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

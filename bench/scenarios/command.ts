// `npm run bench -- command [--wait-quiet 600] [--at 100,10000] [--warmup 2000]` (formerly `command-rtt`):
// 1. idle: the round trip of one command over loopback — CommandClient → embedded broker
//    (createBroker with LevelDB persistence, TCP_NODELAY, its own process) → a device with a
//    FleetLink (its own process with the daemon's V8 flags, LMDB command log) → Reply — p50/p99 over N sequential
//    commands, process spawn excluded; requester with TCP_NODELAY (as mctl and the device
//    link set it) and without, to show what Nagle + delayed ACK cost.
// 2. under a fleet: a controller with N simulated devices churning at heartbeat 10 s (one
//    fleet step, bench/sim/harness/ingest-step.ts), an operator requester sending `list` to a
//    different device each time through the controller's broker (--at: fleet sizes; 0 skips).
// --wait-quiet S waits up to S seconds for a 1-minute load average below 1 before measuring;
// the load average is recorded either way.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connectAsync, type MqttClient } from 'mqtt';
import { DAEMON_NODE_FLAGS } from '../../cli/daemon-flags.ts';
import { CommandClient } from '../../proto/command-client.ts';
import { spawnReady, stopChild } from '../child-process.ts';
import { runStep } from '../sim/harness/ingest-step.ts';
import { loadAverage } from '../sim/harness/proc-usage.ts';
import { percentile, printTable, RESULTS_DIR, round, writeResult } from '../stats.ts';

export const description =
  'command round trip requester → broker → device → reply (p50/p99): idle with a real FleetLink device, and under a simulated fleet';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const DEVICE = 'bench-dev';

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      role: { type: 'string', default: 'requester' },
      broker: { type: 'string' },
      'data-dir': { type: 'string' },
      count: { type: 'string', default: '1000' },
      // The broker, the controller and the daemon run for days: measure them warm. With 100
      // warm-up commands V8 was still tiering up the broker's and the requester's hot paths
      // and p99 was 4.9-5.4 ms; after 2,000, 2.4-3.4 ms; after 5,000, 1.3 ms (docs/benchmarks.md).
      warmup: { type: 'string', default: '2000' },
      'no-sync': { type: 'boolean', default: false },
      'wait-quiet': { type: 'string', default: '0' },
      at: { type: 'string', default: '100,10000' },
      'fleet-commands': { type: 'string', default: '1000' },
    },
  });
  return {
    role: values.role,
    broker: values.broker,
    dataDir: values['data-dir'],
    noSync: values['no-sync'],
    count: Number(values.count),
    warmup: Number(values.warmup),
    waitQuietS: Number(values['wait-quiet']),
    at: (values.at ?? '')
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
    fleetCommands: Number(values['fleet-commands']),
  };
}

/** The broker side: our embedded broker as `mctl broker up` runs it, in its own process. */
async function runBroker(dataDir: string): Promise<void> {
  const { pino } = await import('pino');
  const { createBroker } = await import('../../broker/broker.ts');
  const broker = createBroker({
    dataDir,
    tcp: { host: '127.0.0.1', port: 0 },
    logger: pino({ level: 'warn' }),
  });
  const addresses = await broker.start();
  process.stdout.write(`${JSON.stringify({ event: 'listening', ...addresses })}\n`);
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await broker.stop();
  process.exit(0);
}

/** The device side: an in-process device (supervisor + FleetLink) from the test helpers. */
async function runDevice(broker: string, noSync: boolean): Promise<void> {
  const { Teardown } = await import('../../test/helpers/broker-teardown.ts');
  const { sleeper, startFleetDevice } = await import('../../test/helpers/fleet-device.ts');
  const teardown = new Teardown();
  const device = await startFleetDevice(teardown, {
    brokerUrl: broker,
    device: DEVICE,
    workloads: [sleeper('alpha'), sleeper('beta'), sleeper('gamma')],
    fleet: { heartbeat_interval: 10, keepalive: 30, status_debounce_ms: 500 },
    noSync,
  });
  while (!device.link.connected) await new Promise((r) => setTimeout(r, 10));
  process.stdout.write(`${JSON.stringify({ event: 'ready', device: DEVICE })}\n`);
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await teardown.run();
  process.exit(0);
}

async function requester(url: string, noDelay: boolean): Promise<MqttClient> {
  const clientId = `rtt-${randomBytes(4).toString('hex')}`;
  const client = await connectAsync(url, { protocolVersion: 4, clientId, reconnectPeriod: 0 });
  if (noDelay && client.stream instanceof Socket) client.stream.setNoDelay(true);
  return client;
}

async function measure(url: string, noDelay: boolean, count: number, warmup: number): Promise<number[]> {
  const client = await requester(url, noDelay);
  const commands = new CommandClient({
    client,
    replyName: client.options.clientId ?? 'rtt',
    issuer: 'bench',
  });
  await commands.start();
  const times: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const t0 = performance.now();
    const reply = await commands.send(DEVICE, { list: {} }, { timeoutMs: 5000 });
    const dt = performance.now() - t0;
    if (!reply.ok) throw new Error(`command failed: ${reply.error?.message}`);
    if (i >= warmup) times.push(dt);
  }
  await commands.stop();
  await client.endAsync();
  return times;
}

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  if (opts.role === 'device') return runDevice(opts.broker ?? '', opts.noSync);
  if (opts.role === 'broker') {
    if (!opts.dataDir) throw new Error('--role broker needs --data-dir');
    return runBroker(opts.dataDir);
  }
  const quietDeadline = Date.now() + opts.waitQuietS * 1000;
  while (loadAverage() >= 1 && Date.now() < quietDeadline) await new Promise((r) => setTimeout(r, 5000));
  const loadStart = loadAverage();
  const idle = await measureIdle(opts);
  const loadAfterIdle = loadAverage();
  const fleet = [];
  for (const n of opts.at) {
    const step = await runStep({
      devices: n,
      durationS: 30,
      heartbeatS: 10,
      workloads: 10,
      churnState: 0.05,
      churnReconnect: 0.01,
      staleAfterS: 30,
      perProcess: 5000,
      announceRate: 500,
      passwordHash: 'sha256',
      commands: opts.fleetCommands,
      connectDeadline: Date.now() + 300_000,
      restartBudgetMs: 0,
      logFile: join(RESULTS_DIR, `command-controller-${n}-${Date.now()}.log`),
      log: (m) => process.stderr.write(`[command ${new Date().toISOString().slice(11, 19)}] ${m}\n`),
    });
    fleet.push({
      devices: n,
      verdict: step.verdict,
      reason: step.reason,
      command: step.command,
      controller_cpu_mean_percent: step.controller.cpu_mean_percent,
      status_to_live_p99_ms: step.latency_ms.p99,
      load_avg: step.load_avg,
    });
  }
  if (fleet.length > 0) {
    printTable(
      'command round trip under a simulated fleet (operator CommandClient, TCP_NODELAY → controller broker → sim device → reply; heartbeat 10 s, churn)',
      fleet.map((f) => ({
        devices: f.devices,
        step: f.verdict,
        commands: f.command ? `${f.command.count} (${f.command.failed} failed)` : '-',
        'p50 ms': f.command?.p50_ms ?? '-',
        'p90 ms': f.command?.p90_ms ?? '-',
        'p99 ms': f.command?.p99_ms ?? '-',
        'max ms': f.command?.max_ms ?? '-',
        'ctl CPU %': f.controller_cpu_mean_percent ?? '-',
        'load avg': `${f.load_avg.start}→${f.load_avg.end ?? '-'}`,
      })),
    );
  }
  const loadEnd = loadAverage();
  console.log(
    `\nload average: ${loadStart} at start, ${loadAfterIdle} after the idle part, ${loadEnd} at the end`,
  );
  console.log(
    `result: ${writeResult('command', { idle, fleet, load_avg: { start: loadStart, after_idle: loadAfterIdle, end: loadEnd } })}`,
  );
}

async function measureIdle(opts: ReturnType<typeof options>): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mc-bench-rtt-'));
  const children: ChildProcess[] = [];
  try {
    const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
    const broker = await spawnReady(tsx, [
      'bench/run.ts',
      'command',
      '--role',
      'broker',
      '--data-dir',
      dataDir,
    ]);
    children.push(broker.child);
    const url = String(broker.line.mqtt);
    // With the production daemon's V8 flags (cli/daemon-flags.ts: lite mode, 1 MB semi-spaces).
    const device = await spawnReady(tsx, [
      ...DAEMON_NODE_FLAGS,
      'bench/run.ts',
      'command',
      '--role',
      'device',
      '--broker',
      url,
    ]);
    children.push(device.child);

    const rows: Record<string, string | number>[] = [];
    const result: Record<string, unknown> = {
      count: opts.count,
      command: 'list (3 workloads)',
      device_lmdb: opts.noSync ? 'noSync' : 'sync (as the daemon)',
    };
    for (const noDelay of [true, false]) {
      const times = await measure(url, noDelay, opts.count, opts.warmup);
      const stats = {
        p50_ms: round(percentile(times, 50), 3),
        p90_ms: round(percentile(times, 90), 3),
        p99_ms: round(percentile(times, 99), 3),
        max_ms: round(Math.max(...times), 3),
      };
      result[noDelay ? 'requester_nodelay' : 'requester_nagle'] = stats;
      rows.push({ requester: noDelay ? 'TCP_NODELAY' : 'Nagle (default)', n: times.length, ...stats });
    }
    printTable(
      `idle: command round trip over loopback, ${opts.count} sequential 'list' commands, device LMDB ${String(result.device_lmdb)}`,
      rows,
    );
    return result;
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

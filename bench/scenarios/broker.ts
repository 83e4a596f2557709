// `npm run bench -- broker [--reps 3] [--seconds 5] [--publishers 50] [--window 16]`:
// fan-in through four brokers side by side in one run — ours (createBroker, LevelDB
// persistence, TCP_NODELAY), plain Aedes in memory, Mosquitto 2 (Debian, temp config) with
// its defaults and with no queue limit (mosquitto-noloss) —
// driven by the same raw-socket generator in its own process (bench/broker/generator.ts):
// P publishers → one subscriber on bench/#. Per broker and repetition: QoS 1 and QoS 0
// throughput (closed loop), then publish → deliver latency at 100 msg/s for both QoS. The
// subscriber has a persistent session (clean: false), so ours writes QoS 1 deliveries to its
// store as it would for a device or a controller that must not lose them. Brokers run in
// turns (order rotated per repetition); medians are reported with ratios to ours.
import { parseArgs } from 'node:util';
import type { GeneratorResult } from '../broker/generator.ts';
import { BROKER_KINDS, type BrokerKind, MOSQUITTO, startBroker } from '../broker/peers.ts';
import { spawnTracked } from '../sim/harness/children.ts';
import { loadAverage, ProcUsage } from '../sim/harness/proc-usage.ts';
import { median, printTable, round, writeResult } from '../stats.ts';

export const description =
  'broker fan-in: ours (LevelDB) vs plain Aedes vs Mosquitto (defaults / no queue limit) — QoS 0/1 throughput, p99 latency at 100 msg/s, loss';

const GENERATOR = new URL('../broker/generator.ts', import.meta.url).pathname;
const TSX = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

const log = (m: string) => process.stderr.write(`[broker ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      reps: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      publishers: { type: 'string', default: '50' },
      window: { type: 'string', default: '16' },
      rate: { type: 'string', default: '100' },
      brokers: { type: 'string', default: 'ours,aedes,mosquitto,mosquitto-noloss' },
      clean: { type: 'boolean', default: false },
    },
  });
  const brokers = (values.brokers ?? '').split(',') as BrokerKind[];
  for (const b of brokers) if (!BROKER_KINDS.includes(b)) throw new Error(`--brokers: unknown ${b}`);
  return {
    reps: Number(values.reps),
    seconds: Number(values.seconds),
    publishers: Number(values.publishers),
    window: Number(values.window),
    rate: Number(values.rate),
    brokers,
    clean: values.clean === true,
  };
}

type Options = ReturnType<typeof options>;

interface Phase {
  name: string;
  mode: 'throughput' | 'latency';
  qos: 0 | 1;
}

const PHASES: Phase[] = [
  { name: 'qos1-throughput', mode: 'throughput', qos: 1 },
  { name: 'qos0-throughput', mode: 'throughput', qos: 0 },
  { name: 'qos1-latency', mode: 'latency', qos: 1 },
  { name: 'qos0-latency', mode: 'latency', qos: 0 },
];

interface Measured extends GeneratorResult {
  broker: BrokerKind;
  phase: string;
  rep: number;
  broker_cpu_percent: number | null;
  broker_rss_mb: number | null;
}

function generate(o: Options, port: number, phase: Phase, pid: number): Promise<Measured> {
  const usage = new ProcUsage(pid);
  let result: GeneratorResult | undefined;
  let cpu: number | null = null;
  let rss: number | null = null;
  const tracked = spawnTracked(
    TSX,
    [
      GENERATOR,
      '--url',
      `mqtt://127.0.0.1:${port}`,
      '--qos',
      String(phase.qos),
      '--mode',
      phase.mode,
      '--seconds',
      String(phase.mode === 'latency' ? Math.max(5, o.seconds) : o.seconds),
      '--publishers',
      String(o.publishers),
      '--window',
      String(o.window),
      '--rate',
      String(o.rate),
      ...(o.clean ? ['--clean'] : []),
    ],
    (line) => {
      const msg = JSON.parse(line) as { event?: string } & GeneratorResult;
      if (msg.event === 'window') usage.reset();
      else {
        const s = usage.sample();
        cpu = s?.cpu_percent ?? null;
        rss = s ? s.rss_bytes / 2 ** 20 : null;
        result = msg;
      }
    },
  );
  return tracked.exited.then((code) => {
    if (!result) throw new Error(`generator exited (${code}) without a result: ${tracked.stderrTail()}`);
    return {
      ...result,
      broker: 'ours',
      phase: phase.name,
      rep: 0,
      broker_cpu_percent: cpu === null ? null : round(cpu, 1),
      broker_rss_mb: rss === null ? null : round(rss, 0),
    };
  });
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  const started = new Date().toISOString();
  const loadStart = loadAverage();
  const all: Measured[] = [];
  for (let rep = 0; rep < o.reps; rep++) {
    // Rotate the order, so no broker always runs first (or last, on a warmer machine).
    const order = o.brokers.map((_, i) => o.brokers[(i + rep) % o.brokers.length] as BrokerKind);
    for (const kind of order) {
      const broker = await startBroker(kind);
      try {
        for (const phase of PHASES) {
          const m = await generate(o, broker.port, phase, broker.pid);
          m.broker = kind;
          m.rep = rep;
          all.push(m);
          log(
            `rep ${rep + 1}/${o.reps} ${kind} ${phase.name}: ${m.delivered_per_s}/s delivered, ${m.accepted_per_s}/s accepted, lost ${m.lost}, p99 ${m.latency_ms.p99} ms, broker CPU ${m.broker_cpu_percent} %`,
          );
        }
      } finally {
        await broker.stop();
      }
    }
  }

  const med = (kind: BrokerKind, phase: string, pick: (m: Measured) => number | null) => {
    const values = all
      .filter((m) => m.broker === kind && m.phase === phase)
      .map(pick)
      .filter((v): v is number => v !== null && Number.isFinite(v));
    return values.length ? median(values) : Number.NaN;
  };
  const summary: Record<string, Record<string, unknown>> = {};
  const rows: Record<string, string | number>[] = [];
  const metrics: Array<[string, string, (m: Measured) => number | null]> = [
    ['QoS 1 delivered msg/s', 'qos1-throughput', (m) => m.delivered_per_s],
    ['QoS 1 acknowledged msg/s', 'qos1-throughput', (m) => m.accepted_per_s],
    ['QoS 1 lost (acked, never delivered)', 'qos1-throughput', (m) => m.lost],
    ['QoS 1 p99 ms under load', 'qos1-throughput', (m) => m.latency_ms.p99],
    ['QoS 1 broker CPU %', 'qos1-throughput', (m) => m.broker_cpu_percent],
    ['QoS 0 delivered msg/s', 'qos0-throughput', (m) => m.delivered_per_s],
    ['QoS 0 lost', 'qos0-throughput', (m) => m.lost],
    ['QoS 0 broker CPU %', 'qos0-throughput', (m) => m.broker_cpu_percent],
    [`QoS 1 p50 ms at ${o.rate}/s`, 'qos1-latency', (m) => m.latency_ms.p50],
    [`QoS 1 p99 ms at ${o.rate}/s`, 'qos1-latency', (m) => m.latency_ms.p99],
    [`QoS 0 p50 ms at ${o.rate}/s`, 'qos0-latency', (m) => m.latency_ms.p50],
    [`QoS 0 p99 ms at ${o.rate}/s`, 'qos0-latency', (m) => m.latency_ms.p99],
    ['broker RSS MB (after QoS 1 load)', 'qos1-throughput', (m) => m.broker_rss_mb],
    ['generator CPU % (QoS 1)', 'qos1-throughput', (m) => m.generator_cpu_percent],
    ['generator loop lag max ms (QoS 1)', 'qos1-throughput', (m) => m.generator_lag_max_ms],
  ];
  for (const [label, phase, pick] of metrics) {
    const row: Record<string, string | number> = { [`median of ${o.reps}`]: label };
    const ours = med('ours', phase, pick);
    for (const kind of o.brokers) {
      const v = med(kind, phase, pick);
      row[kind] = Number.isNaN(v) ? '-' : round(v, v < 10 ? 3 : 0);
      summary[kind] ??= {};
      (summary[kind] as Record<string, unknown>)[label] = v;
    }
    for (const kind of o.brokers) {
      if (kind === 'ours') continue;
      const v = med(kind, phase, pick);
      row[`ours/${kind}`] = v > 0 && ours >= 0 ? `${round(ours / v, 2)}×` : '-';
    }
    rows.push(row);
  }
  printTable(
    `Broker fan-in: ${o.publishers} publishers → 1 subscriber (clean: ${o.clean}), 64-byte payloads, QoS 1 window ${o.window}/publisher, ${o.seconds} s windows; Mosquitto = ${MOSQUITTO}`,
    rows,
  );
  const loadEnd = loadAverage();
  console.log(`\nload average ${loadStart} → ${loadEnd}`);
  console.log(
    `result: ${writeResult('broker', { started, options: o, load_avg: { start: loadStart, end: loadEnd }, summary, runs: all })}`,
  );
}

// The load generator of the broker benchmark, in its own process (so its CPU is not the
// broker's): P publisher connections and one subscriber on `bench/#`, raw-socket MQTT 3.1.1
// (bench/sim/mqtt-wire.ts; no MQTT.js objects per message). One run = one phase:
//
//   throughput  publishers send as fast as flow control lets them for `seconds` after a 2 s
//               warm-up. QoS 1: each publisher keeps `window` PUBLISHes awaiting PUBACK (what a
//               device does). QoS 0: no acknowledgement exists, so the generator keeps at most
//               `window` × P messages sent and not yet delivered (a closed loop: it measures
//               what the broker passes on, not how much it can buffer).
//   latency     `rate` messages/s spread over the publishers; publish → deliver per message.
//
// After the phase, sending stops and the subscriber drains (up to 10 s); loss = messages the
// broker acknowledged (QoS 1) or accepted (QoS 0: sent) that never reached the subscriber.
// Prints one JSON line with the result and exits.
//
//   npx tsx bench/broker/generator.ts --url mqtt://127.0.0.1:1883 --qos 1 --mode throughput
import { connect, type Socket } from 'node:net';
import { parseArgs } from 'node:util';
import {
  DISCONNECT,
  encodeConnect,
  encodePuback,
  encodePublish,
  encodeSubscribe,
  encodeTopic,
  type InboundPacket,
  PacketReader,
} from '../sim/mqtt-wire.ts';
import { percentile, round } from '../stats.ts';

export interface GeneratorResult {
  mode: 'throughput' | 'latency';
  qos: 0 | 1;
  publishers: number;
  seconds: number;
  /** Messages published during the measured window (QoS 1: acknowledged by the broker). */
  accepted: number;
  delivered: number;
  /** Delivered per second during the window. */
  delivered_per_s: number;
  accepted_per_s: number;
  /** Over the whole run, after the drain: accepted but never delivered. */
  lost: number;
  sent_total: number;
  acked_total: number;
  delivered_total: number;
  latency_ms: { p50: number; p99: number; max: number; samples: number };
  /** This generator's own CPU, % of one core, during the window. */
  generator_cpu_percent: number;
  /** Event-loop lag of the generator: max timer lateness seen, ms. */
  generator_lag_max_ms: number;
}

const PAYLOAD_BYTES = 64;
const MAX_SAMPLES = 2_000_000;

function options(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      qos: { type: 'string', default: '1' },
      mode: { type: 'string', default: 'throughput' },
      publishers: { type: 'string', default: '50' },
      window: { type: 'string', default: '16' },
      seconds: { type: 'string', default: '10' },
      rate: { type: 'string', default: '100' },
      clean: { type: 'boolean', default: false },
    },
  });
  const url = new URL(values.url ?? '');
  const qos = Number(values.qos);
  if (qos !== 0 && qos !== 1) throw new Error(`--qos: 0 or 1, got ${values.qos}`);
  if (values.mode !== 'throughput' && values.mode !== 'latency')
    throw new Error('--mode: throughput or latency');
  return {
    host: url.hostname,
    port: Number(url.port),
    qos: qos as 0 | 1,
    mode: values.mode,
    publishers: Number(values.publishers),
    window: Number(values.window),
    seconds: Number(values.seconds),
    rate: Number(values.rate),
    clean: values.clean === true,
  };
}

type Options = ReturnType<typeof options>;

/** One raw MQTT connection: CONNECT, then packets to `onPacket`. */
class Conn {
  readonly socket: Socket;
  readonly #reader = new PacketReader();
  #ready!: () => void;
  readonly ready = new Promise<void>((resolve) => {
    this.#ready = resolve;
  });
  onPacket: (p: InboundPacket) => void = () => {};
  nextId = 1;

  constructor(o: Options, clientId: string, clean: boolean) {
    this.socket = connect({ host: o.host, port: o.port, noDelay: true });
    this.socket.on('connect', () => this.socket.write(encodeConnect({ clientId, keepaliveS: 120, clean })));
    this.socket.on('data', (chunk: Buffer) => {
      const ok = this.#reader.push(chunk, (p) => {
        if (p.type === 'connack') {
          if (p.returnCode !== 0) throw new Error(`${clientId}: CONNACK ${p.returnCode}`);
          this.#ready();
        } else this.onPacket(p);
      });
      if (!ok) throw new Error(`${clientId}: malformed stream`);
    });
    this.socket.on('error', (err) => {
      throw new Error(`${clientId}: ${err.message}`);
    });
  }

  id(): number {
    const id = this.nextId;
    this.nextId = id === 65535 ? 1 : id + 1;
    return id;
  }
}

function payload(seq: number): Buffer {
  const b = Buffer.alloc(PAYLOAD_BYTES);
  b.writeDoubleLE(performance.now(), 0);
  b.writeUInt32LE(seq, 8);
  return b;
}

async function run(o: Options): Promise<GeneratorResult> {
  const runId = Math.random().toString(36).slice(2, 8);
  const sub = new Conn(o, `bench-sub-${runId}`, o.clean);
  await sub.ready;
  const subscribed = new Promise<void>((resolve) => {
    sub.onPacket = (p) => {
      if (p.type === 'suback') resolve();
    };
  });
  sub.socket.write(encodeSubscribe(1, 'bench/#', o.qos));
  await subscribed;

  let measuring = false;
  let sending = true;
  let sentTotal = 0;
  let ackedTotal = 0;
  let deliveredTotal = 0;
  let accepted = 0;
  let delivered = 0;
  const latencies = new Float64Array(MAX_SAMPLES);
  let samples = 0;

  const pubs: Conn[] = [];
  for (let i = 0; i < o.publishers; i++) pubs.push(new Conn(o, `bench-pub-${runId}-${i}`, true));
  await Promise.all(pubs.map((p) => p.ready));
  const topics = pubs.map((_, i) => encodeTopic(`bench/p${i}`));

  const inflight = new Int32Array(o.publishers);
  const publish = (i: number): void => {
    const conn = pubs[i] as Conn;
    sentTotal += 1;
    if (o.qos === 0) {
      conn.socket.write(encodePublish(topics[i] as Buffer, payload(sentTotal), 0, false, 0));
      ackedTotal += 1;
      if (measuring) accepted += 1;
    } else {
      inflight[i] = (inflight[i] as number) + 1;
      conn.socket.write(encodePublish(topics[i] as Buffer, payload(sentTotal), 1, false, conn.id()));
    }
  };

  // QoS 0 closed loop: top up to window × P undelivered, round robin over the publishers.
  let next = 0;
  const cap = o.window * o.publishers;
  const topUp = (): void => {
    while (sending && sentTotal - deliveredTotal < cap) {
      publish(next);
      next = (next + 1) % o.publishers;
    }
  };

  sub.onPacket = (p) => {
    if (p.type !== 'publish') return;
    if (p.qos === 1) sub.socket.write(encodePuback(p.packetId));
    deliveredTotal += 1;
    if (measuring) {
      delivered += 1;
      if (samples < MAX_SAMPLES) latencies[samples++] = performance.now() - p.payload.readDoubleLE(0);
    }
    if (o.mode === 'throughput' && o.qos === 0) topUp();
  };
  pubs.forEach((conn, i) => {
    conn.onPacket = (p) => {
      if (p.type !== 'puback') return;
      ackedTotal += 1;
      inflight[i] = (inflight[i] as number) - 1;
      if (measuring) accepted += 1;
      if (o.mode === 'throughput' && sending) publish(i);
    };
  });

  // Event-loop lag of this process: a 10 ms timer's lateness.
  let lagMax = 0;
  let lagExpected = performance.now() + 10;
  const lagTimer = setInterval(() => {
    const now = performance.now();
    lagMax = Math.max(lagMax, now - lagExpected);
    lagExpected = now + 10;
  }, 10);

  let pacer: NodeJS.Timeout | undefined;
  if (o.mode === 'throughput') {
    if (o.qos === 1) for (let i = 0; i < o.publishers; i++) for (let w = 0; w < o.window; w++) publish(i);
    else topUp();
  } else {
    const startedAt = performance.now();
    let due = 0;
    pacer = setInterval(() => {
      const target = Math.floor(((performance.now() - startedAt) / 1000) * o.rate);
      while (sending && due < target) {
        publish(due % o.publishers);
        due += 1;
      }
    }, 1);
  }

  await sleep(o.mode === 'throughput' ? 2000 : 1000);
  lagMax = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  measuring = true;
  process.stdout.write(`${JSON.stringify({ event: 'window' })}\n`);
  await sleep(o.seconds * 1000);
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const lag = lagMax;
  sending = false;
  if (pacer) clearInterval(pacer);

  // Drain: everything acknowledged/accepted should arrive.
  const drainUntil = performance.now() + 10_000;
  while (deliveredTotal < ackedTotal && performance.now() < drainUntil) await sleep(50);
  // QoS 1: wait for PUBACKs still in flight too, then once more for their deliveries.
  while (inflight.some((n) => n > 0) && performance.now() < drainUntil) await sleep(50);
  while (deliveredTotal < ackedTotal && performance.now() < drainUntil) await sleep(50);
  clearInterval(lagTimer);

  for (const c of [...pubs, sub]) c.socket.end(DISCONNECT);
  const lat = Array.from(latencies.subarray(0, samples));
  return {
    mode: o.mode as 'throughput' | 'latency',
    qos: o.qos,
    publishers: o.publishers,
    seconds: round(elapsed, 2),
    accepted,
    delivered,
    delivered_per_s: Math.round(delivered / elapsed),
    accepted_per_s: Math.round(accepted / elapsed),
    lost: Math.max(0, ackedTotal - deliveredTotal),
    sent_total: sentTotal,
    acked_total: ackedTotal,
    delivered_total: deliveredTotal,
    latency_ms: {
      p50: round(percentile(lat, 50), 3),
      p99: round(percentile(lat, 99), 3),
      max: round(
        lat.reduce((m, v) => (v > m ? v : m), lat.length ? 0 : Number.NaN),
        3,
      ),
      samples,
    },
    generator_cpu_percent: round(((cpu.user + cpu.system) / 1000 / (elapsed * 1000)) * 100, 1),
    generator_lag_max_ms: round(lag, 1),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run(options(process.argv.slice(2)));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // Let DISCONNECT leave before the process ends.
  setTimeout(() => process.exit(0), 100);
}

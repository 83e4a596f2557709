// What one step of the ingest benchmark measured, collected as the step runs and judged at
// the end: a step holds with 0 loss and status→live-feed p99 ≤ 1 s; it is invalid (not a
// controller verdict) when a simulator process used more than 80 % of a core.
import { percentile, round } from '../../stats.ts';
import type { SimReport } from '../report.ts';
import type { CommandProbeResult } from './command-probe.ts';
import type { HotFunction } from './cpu-profile.ts';
import type { LatencyWindow } from './live-probe.ts';
import type { LossReport } from './loss-check.ts';
import { loadAverage, type ProcSample } from './proc-usage.ts';
import type { RestartOutcome } from './restart-check.ts';
import type { GroupTotals } from './sim-group.ts';
import type { SimProcess } from './sim-process.ts';

export const P99_LIMIT_MS = 1000;
/** Where the fleet's MQTT broker runs: inside the controller, or Debian's Mosquitto beside it. */
export const BROKER_KINDS = ['embedded', 'mosquitto'] as const;
export type BrokerKind = (typeof BROKER_KINDS)[number];
export const SIM_CPU_LIMIT = 80;
const MB = 1024 * 1024;

export interface StepResult {
  devices: number;
  verdict: 'held' | 'failed' | 'invalid';
  reason: string | null;
  notes: string[];
  connect_s: number | null;
  connect_per_s: number | null;
  connect_controller_cpu_percent: number | null;
  absorb_s: number | null;
  /** Controller CPU (% of one core) while the announces were absorbed. */
  absorb_controller_cpu_percent: { mean: number | null; max: number | null };
  latency_ms: { samples: number; p50: number | null; p99: number | null; max: number | null };
  loss: LossReport | null;
  offered: number | null;
  delivered: number | null;
  controller: {
    cpu_mean_percent: number | null;
    cpu_max_percent: number | null;
    rss_max_mb: number | null;
    loop_lag_p99_max_ms: number | null;
    loop_lag_max_ms: number | null;
  };
  /**
   * The broker: `embedded` runs inside the controller process (its CPU and RSS are the
   * controller's above); `mosquitto` is a process of its own, measured from /proc like the
   * controller, with what it took to provision its users.
   */
  broker: {
    kind: BrokerKind;
    cpu_mean_percent: number | null;
    cpu_max_percent: number | null;
    rss_max_mb: number | null;
    connect_cpu_percent: number | null;
    /** Only for a separate broker process: writing and hashing its password file, its start. */
    provision_ms: number | null;
    start_ms: number | null;
    users: number | null;
    settings: Record<string, number | boolean> | null;
  };
  sims: {
    processes: number;
    cpu_mean_percent: number | null;
    cpu_max_percent: number | null;
    rss_max_mb: number | null;
    loop_p99_max_ms: number | null;
  };
  feed: { frames_per_s: number | null; kb_per_s: number | null };
  restart: RestartOutcome | null;
  load_avg: { start: number; end: number | null };
  /** With --profile: where the controller's CPU went (self time). */
  hot_functions: HotFunction[] | null;
  /** Command round trips (operator → broker → simulated device → reply) during the window. */
  command: CommandProbeResult | null;
  /** /metrics every 10 s of the window: ingest rate, broker clients, loop lag. */
  scrapes: Array<{ t_s: number; ingested: number; broker_clients: number; loop_lag_p99_ms: number }>;
}

const nn = (n: number) => (Number.isFinite(n) ? n : null);

export class StepRecorder {
  readonly result: StepResult;
  #phase: 'connect' | 'absorb' | 'window' | 'other' = 'connect';
  readonly #connectCpu: number[] = [];
  readonly #absorbCpu: number[] = [];
  readonly #windowCpu: number[] = [];
  readonly #windowRss: number[] = [];
  readonly #lagP99: number[] = [];
  readonly #lagMax: number[] = [];
  readonly #brokerConnectCpu: number[] = [];
  readonly #brokerWindowCpu: number[] = [];
  readonly #brokerWindowRss: number[] = [];
  #windowStart = 0;

  constructor(devices: number, broker: BrokerKind = 'embedded') {
    this.result = {
      devices,
      broker: {
        kind: broker,
        cpu_mean_percent: null,
        cpu_max_percent: null,
        rss_max_mb: null,
        connect_cpu_percent: null,
        provision_ms: null,
        start_ms: null,
        users: null,
        settings: null,
      },
      verdict: 'failed',
      reason: null,
      notes: [],
      connect_s: null,
      connect_per_s: null,
      connect_controller_cpu_percent: null,
      absorb_s: null,
      absorb_controller_cpu_percent: { mean: null, max: null },
      latency_ms: { samples: 0, p50: null, p99: null, max: null },
      command: null,
      loss: null,
      offered: null,
      delivered: null,
      controller: {
        cpu_mean_percent: null,
        cpu_max_percent: null,
        rss_max_mb: null,
        loop_lag_p99_max_ms: null,
        loop_lag_max_ms: null,
      },
      sims: {
        processes: 0,
        cpu_mean_percent: null,
        cpu_max_percent: null,
        rss_max_mb: null,
        loop_p99_max_ms: null,
      },
      feed: { frames_per_s: null, kb_per_s: null },
      restart: null,
      load_avg: { start: loadAverage(), end: null },
      hot_functions: null,
      scrapes: [],
    };
  }

  get held(): boolean {
    const r = this.result;
    return r.loss?.lost === 0 && (r.latency_ms.p99 ?? Number.POSITIVE_INFINITY) <= P99_LIMIT_MS;
  }

  controllerSample(s: ProcSample | null): void {
    if (!s || s.cpu_percent === null) return;
    if (this.#phase === 'connect') this.#connectCpu.push(s.cpu_percent);
    if (this.#phase === 'absorb') this.#absorbCpu.push(s.cpu_percent);
    if (this.#phase === 'window') {
      this.#windowCpu.push(s.cpu_percent);
      this.#windowRss.push(s.rss_bytes);
    }
  }

  /** A sample of a broker process of its own (Mosquitto). */
  brokerSample(s: ProcSample | null): void {
    if (!s || s.cpu_percent === null) return;
    if (this.#phase === 'connect') this.#brokerConnectCpu.push(s.cpu_percent);
    if (this.#phase === 'window') {
      this.#brokerWindowCpu.push(s.cpu_percent);
      this.#brokerWindowRss.push(s.rss_bytes);
    }
  }

  brokerProcess(p: {
    provisionMs: number;
    startMs: number;
    users: number;
    settings: Record<string, number | boolean>;
  }): void {
    const b = this.result.broker;
    b.provision_ms = round(p.provisionMs, 0);
    b.start_ms = round(p.startMs, 0);
    b.users = p.users;
    b.settings = { ...p.settings };
  }

  connect(t: GroupTotals, finished: boolean): void {
    const seconds = (Date.now() - t.started) / 1000;
    this.result.connect_s = finished ? round(seconds, 1) : null;
    this.result.connect_per_s = round(t.connected / seconds, 1);
    this.result.connect_controller_cpu_percent = round(mean(this.#connectCpu), 1);
    this.result.broker.connect_cpu_percent = nn(round(mean(this.#brokerConnectCpu), 1));
    this.#phase = 'other';
  }

  startAbsorb(): void {
    this.#phase = 'absorb';
  }

  absorb(seconds: number, ok: boolean): void {
    this.#phase = 'other';
    this.result.absorb_s = round(seconds, 1);
    this.result.absorb_controller_cpu_percent = {
      mean: nn(round(mean(this.#absorbCpu), 1)),
      max: nn(round(Math.max(...this.#absorbCpu), 1)),
    };
    if (!ok) this.note(`not absorbed within ${round(seconds, 0)} s`);
  }

  startWindow(): void {
    this.#phase = 'window';
    this.#windowStart = Date.now();
  }

  scrape(m: Map<string, number>): void {
    const p99 = m.get('mc_event_loop_lag_seconds{quantile="0.99"}');
    const max = m.get('mc_event_loop_lag_seconds{quantile="1"}');
    if (p99 !== undefined) this.#lagP99.push(p99 * 1000);
    if (max !== undefined) this.#lagMax.push(max * 1000);
    this.result.scrapes.push({
      t_s: round((Date.now() - this.#windowStart) / 1000, 1),
      ingested: m.get('mc_messages_ingested_total') ?? Number.NaN,
      broker_clients: m.get('mc_broker_clients') ?? Number.NaN,
      loop_lag_p99_ms: round((p99 ?? Number.NaN) * 1000, 1),
    });
  }

  window(w: LatencyWindow, seconds: number): void {
    this.#phase = 'other';
    const r = this.result;
    r.latency_ms = {
      samples: w.samples.length,
      p50: nn(round(percentile(w.samples, 50), 1)),
      p99: nn(round(percentile(w.samples, 99), 1)),
      max: nn(round(Math.max(...w.samples), 1)),
    };
    r.feed = { frames_per_s: round(w.frames / seconds, 1), kb_per_s: round(w.bytes / 1024 / seconds, 0) };
    r.controller = {
      cpu_mean_percent: nn(round(mean(this.#windowCpu), 1)),
      cpu_max_percent: nn(round(Math.max(...this.#windowCpu), 1)),
      rss_max_mb: nn(round(Math.max(...this.#windowRss) / MB, 0)),
      loop_lag_p99_max_ms: nn(round(Math.max(...this.#lagP99), 1)),
      loop_lag_max_ms: nn(round(Math.max(...this.#lagMax), 1)),
    };
    if (this.#brokerWindowCpu.length > 0) {
      Object.assign(r.broker, {
        cpu_mean_percent: nn(round(mean(this.#brokerWindowCpu), 1)),
        cpu_max_percent: nn(round(Math.max(...this.#brokerWindowCpu), 1)),
        rss_max_mb: nn(round(Math.max(...this.#brokerWindowRss) / MB, 1)),
      });
    }
  }

  /**
   * Simulator load during the measurement window (the verdict's concern: a saturated
   * generator would delay what it measures). Connect storms and the restart are not in it.
   */
  sims(sims: readonly SimProcess[]): void {
    const start = this.#windowStart;
    const reports: SimReport[] = sims.flatMap((s) => s.reports.filter((r) => r.t > start));
    this.result.sims = {
      processes: sims.length,
      cpu_mean_percent: nn(round(mean(reports.map((r) => r.cpu_percent)), 1)),
      cpu_max_percent: nn(Math.max(...reports.map((r) => r.cpu_percent))),
      rss_max_mb: nn(round(Math.max(...reports.map((r) => r.rss_bytes)) / MB, 0)),
      loop_p99_max_ms: nn(Math.max(...reports.map((r) => r.loop_p99_ms))),
    };
  }

  /** Telemetry the simulators published (and wills the broker published for them) vs ingested. */
  offered(before: GroupTotals, after: GroupTotals, m0: Map<string, number>, m1: Map<string, number>): void {
    const key = 'mc_messages_ingested_total';
    this.result.offered = after.telemetry - before.telemetry + (after.wills - before.wills);
    this.result.delivered = (m1.get(key) ?? Number.NaN) - (m0.get(key) ?? Number.NaN);
  }

  loss(l: LossReport): void {
    this.result.loss = l;
  }

  restart(outcome: RestartOutcome): void {
    this.result.restart = outcome;
  }

  profile(hot: HotFunction[]): void {
    this.result.hot_functions = hot;
  }

  note(text: string): void {
    this.result.notes.push(text);
  }

  fail(reason: string): StepResult {
    this.result.verdict = 'failed';
    this.result.reason = reason;
    this.result.load_avg.end = loadAverage();
    return this.result;
  }

  finish(): StepResult {
    const r = this.result;
    r.load_avg.end = loadAverage();
    if ((r.sims.cpu_max_percent ?? 0) > SIM_CPU_LIMIT) {
      r.verdict = 'invalid';
      r.reason = `a simulator process used ${r.sims.cpu_max_percent} % of a core (> ${SIM_CPU_LIMIT} %)`;
    } else if (this.held) {
      r.verdict = 'held';
    } else {
      r.verdict = 'failed';
      const why: string[] = [];
      if ((r.loss?.lost ?? 1) !== 0) why.push(`loss ${r.loss?.lost ?? 'unchecked'}`);
      if ((r.latency_ms.p99 ?? Number.POSITIVE_INFINITY) > P99_LIMIT_MS)
        why.push(`p99 ${r.latency_ms.p99} ms`);
      r.reason = why.join(', ');
    }
    return r;
  }
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

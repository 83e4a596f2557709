// Prometheus metrics of the controller, on a registry of its own (never prom-client's global
// default, so two controllers in one process — tests, the demo — do not collide). Gauges that
// mirror state (devices by health, store size, broker clients) are computed at scrape time
// from their owners rather than updated on every change: a scrape every 15 s costs less than
// bookkeeping on each of thousands of messages per second.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Broker } from '../broker/broker.ts';
import { workloadStatusName } from '../proto/names.ts';
import type { FleetStore } from './store/fleet-store.ts';

const HEALTHS = ['online', 'stale', 'offline', 'unknown'] as const;
/** Seconds; from a reply over loopback (~1 ms) to a device on a slow cellular link (30 s). */
export const COMMAND_LATENCY_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
];
/** Every status a workload can report, so a status that no workload has is exported as 0, not absent. */
const WORKLOAD_STATUSES = Array.from({ length: 9 }, (_, n) => workloadStatusName(n));

export interface ControllerMetricsDeps {
  store: FleetStore;
  broker?: Broker;
  now?: () => number;
}

export class ControllerMetrics {
  readonly registry = new Registry();
  readonly #deps: ControllerMetricsDeps;
  readonly #commandsSent: Counter<'action'>;
  readonly #commandReplies: Counter<'action' | 'outcome'>;
  readonly #commandFailures: Counter<'action' | 'code'>;
  readonly #commandLatency: Histogram<'action'>;
  readonly #liveConnections: Gauge;
  readonly #liveDropped: Counter;
  /** Created on the first scrape: it runs a sampling timer, which a constructor must not start. */
  #loopDelay: ReturnType<typeof monitorEventLoopDelay> | undefined;

  constructor(deps: ControllerMetricsDeps) {
    this.#deps = deps;
    const registers = [this.registry];
    this.#commandsSent = new Counter({
      name: 'mc_commands_sent_total',
      help: 'Commands published to devices, by action',
      labelNames: ['action'],
      registers,
    });
    this.#commandReplies = new Counter({
      name: 'mc_command_replies_total',
      help: 'Replies received from devices, by action and outcome (ok or error)',
      labelNames: ['action', 'outcome'],
      registers,
    });
    this.#commandFailures = new Counter({
      name: 'mc_command_failures_total',
      help: 'Commands that got no reply (MC_ERR_TIMEOUT) or could not be published, by action and code',
      labelNames: ['action', 'code'],
      registers,
    });
    this.#commandLatency = new Histogram({
      name: 'mc_command_latency_seconds',
      help: 'Time from publishing a command to receiving its reply',
      labelNames: ['action'],
      buckets: COMMAND_LATENCY_BUCKETS,
      registers,
    });
    this.#liveConnections = new Gauge({
      name: 'mc_live_connections',
      help: 'Open live-feed WebSocket connections',
      registers,
    });
    this.#liveDropped = new Counter({
      name: 'mc_live_dropped_events_total',
      help: 'Events dropped from the backlog of slow live-feed sockets',
      registers,
    });
    this.#registerScrapeTimeMetrics();
  }

  commandSent(action: string): void {
    this.#commandsSent.inc({ action });
  }

  commandReplied(action: string, ok: boolean, latencyMs: number): void {
    this.#commandReplies.inc({ action, outcome: ok ? 'ok' : 'error' });
    this.#commandLatency.observe({ action }, latencyMs / 1000);
  }

  /** A command without a reply: timed out, or never published (broker unreachable). */
  commandFailed(action: string, code: string): void {
    this.#commandFailures.inc({ action, code });
  }

  liveOpened(): void {
    this.#liveConnections.inc();
  }

  liveClosed(): void {
    this.#liveConnections.dec();
  }

  liveDropped(count: number): void {
    this.#liveDropped.inc(count);
  }

  /** The Prometheus text exposition of every metric. */
  async render(): Promise<string> {
    if (!this.#loopDelay) {
      this.#loopDelay = monitorEventLoopDelay({ resolution: 20 });
      this.#loopDelay.enable();
    }
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Stops the event-loop sampler started by the first render(). */
  stop(): void {
    this.#loopDelay?.disable();
    this.#loopDelay = undefined;
  }

  #registerScrapeTimeMetrics(): void {
    const registers = [this.registry];
    const { store, broker } = this.#deps;
    new Gauge({
      name: 'mc_devices',
      help: 'Devices known to the fleet store, by health',
      labelNames: ['health'],
      registers,
      collect() {
        const counts = new Map<string, number>(HEALTHS.map((h) => [h, 0]));
        for (const device of store.devices()) counts.set(device.health, (counts.get(device.health) ?? 0) + 1);
        for (const [health, n] of counts) this.set({ health }, n);
      },
    });
    new Gauge({
      name: 'mc_workloads',
      help: 'Workloads across the fleet, by status',
      labelNames: ['status'],
      registers,
      collect() {
        const counts = new Map<string, number>(WORKLOAD_STATUSES.map((s) => [s, 0]));
        for (const device of store.devices()) {
          for (const workload of device.workloads) {
            counts.set(workload.status, (counts.get(workload.status) ?? 0) + 1);
          }
        }
        for (const [status, n] of counts) this.set({ status }, n);
      },
    });
    // store.stats() counts since the store opened; the counters advance by the difference
    // (a smaller count means the store was reopened, and counts from zero again).
    const last = { ingested: 0, rejected: 0, duplicates: 0, gaps: 0 };
    const advance = (counter: Counter, key: keyof typeof last, value: number) => {
      if (value >= last[key]) counter.inc(value - last[key]);
      last[key] = value;
    };
    // One stats() call per scrape feeds all the store's metrics. It runs in the collect of
    // the first of them: prom-client collects in registration order, so the others are
    // already up to date when their turn comes.
    new Counter({
      name: 'mc_messages_ingested_total',
      help: 'Telemetry messages the fleet store accepted',
      registers,
      collect() {
        const stats = store.stats();
        advance(this, 'ingested', stats.ingested);
        advance(rejected, 'rejected', stats.rejected);
        advance(duplicates, 'duplicates', stats.duplicates);
        advance(gaps, 'gaps', stats.gaps);
        storeEvents.set(stats.events);
        storeBytes.set(stats.bytes);
      },
    });
    const rejected = new Counter({
      name: 'mc_messages_rejected_total',
      help: 'Telemetry messages the fleet store refused (bad topic, undecodable payload)',
      registers,
    });
    const duplicates = new Counter({
      name: 'mc_events_duplicate_total',
      help: 'Events dropped as duplicates (QoS 1 redeliveries)',
      registers,
    });
    const gaps = new Counter({
      name: 'mc_events_missed_total',
      help: 'Event sequence numbers never received from devices (holes in their sequences)',
      registers,
    });
    const storeEvents = new Gauge({
      name: 'mc_store_events',
      help: 'Events held in the fleet store',
      registers,
    });
    const storeBytes = new Gauge({
      name: 'mc_store_bytes',
      help: 'Size of the fleet store on disk',
      registers,
    });
    if (broker) {
      new Gauge({
        name: 'mc_broker_clients',
        help: 'MQTT clients connected to the embedded broker',
        registers,
        collect() {
          this.set(broker.stats().clients);
        },
      });
    }
    const loopDelay = () => this.#loopDelay;
    new Gauge({
      name: 'mc_event_loop_lag_seconds',
      // Scrapes closer together than the sampling resolution keep the previous values.
      help: 'Event-loop delay of the controller between scrapes, by quantile (1 = max)',
      labelNames: ['quantile'],
      registers,
      collect() {
        const h = loopDelay();
        if (!h || h.count === 0) return;
        this.set({ quantile: '0.5' }, h.percentile(50) / 1e9);
        this.set({ quantile: '0.99' }, h.percentile(99) / 1e9);
        this.set({ quantile: '1' }, h.max / 1e9);
        h.reset();
      },
    });
    new Gauge({
      name: 'process_resident_memory_bytes',
      help: 'Resident memory size of the controller process',
      registers,
      collect() {
        this.set(process.memoryUsage.rss());
      },
    });
  }
}

// Publishes the retained picture of the device: mc/{d}/status and one mc/{d}/workloads/{w}
// per workload, on change only. Changes are debounced (the first change arms a timer of
// status_debounce_ms; whatever happened meanwhile is read when it fires, so the latest state
// wins), noise-only changes wait for the refresh period (change-rules.ts), and while the
// link is down nothing is queued: the next connect publishes everything afresh.
import type { Logger } from 'pino';
import { encode } from '../../proto/codec.ts';
import { topics } from '../../proto/topics.ts';
import type { SystemMetricsSample } from '../health/system-metrics.ts';
import type { Clock, TimerHandle } from '../supervisor/clock.ts';
import type { WorkloadView } from '../supervisor/types.ts';
import { workloadStateOf } from '../wire.ts';
import { type PublishedRecord, publishReason, statusRecord, workloadRecord } from './change-rules.ts';
import type { RetainedNames } from './retained-names.ts';
import { type ReleaseProgress, type StatusIdentity, statusMessage } from './status-message.ts';

export interface WorkloadSource {
  list(): WorkloadView[];
}

export interface MetricsSource {
  sample(): Promise<SystemMetricsSample>;
}

/** A retained QoS 1 publish; rejects when the link drops before the PUBACK. */
export type RetainedPublish = (topic: string, payload: Uint8Array) => Promise<void>;

export interface StatePublisherDeps {
  identity: StatusIdentity;
  source: WorkloadSource;
  metrics: MetricsSource;
  release: () => string;
  /** desired_generation and release_error of the status (device/release/); zero values without. */
  report?: () => ReleaseProgress;
  /** Task runs in progress (DeviceStatus.tasks_running); 0 without. */
  tasksRunning?: () => number;
  publish: RetainedPublish;
  isConnected: () => boolean;
  names: RetainedNames;
  clock: Clock;
  debounceMs: number;
  /** Period at which the status is republished with fresh system metrics. */
  refreshMs: number;
  /** Minimum age of a workload state before a change of its rss/cpu alone is republished. */
  workloadRefreshMs: number;
  logger: Logger;
}

type FlushMode = 'change' | 'refresh' | 'full';

export class StatePublisher {
  readonly #deps: StatePublisherDeps;
  readonly #workloads = new Map<string, PublishedRecord>();
  #status: PublishedRecord | undefined;
  #statusSeq = 0;
  #lastSample: SystemMetricsSample | undefined;
  #debounce: TimerHandle | undefined;
  #refresh: TimerHandle | undefined;
  #queue: Promise<void> = Promise.resolve();
  #running = false;

  constructor(deps: StatePublisherDeps) {
    this.#deps = deps;
  }

  /** Seq of the latest status publish (the heartbeat carries it). */
  get statusSeq(): number {
    return this.#statusSeq;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#armRefresh();
  }

  async stop(): Promise<void> {
    this.#running = false;
    if (this.#debounce) this.#deps.clock.clearTimeout(this.#debounce);
    if (this.#refresh) this.#deps.clock.clearTimeout(this.#refresh);
    this.#debounce = undefined;
    this.#refresh = undefined;
    await this.#queue;
  }

  /** Something changed (a supervisor 'state' event): publish within debounceMs. */
  markChanged(): void {
    if (!this.#running || this.#debounce) return;
    this.#debounce = this.#deps.clock.setTimeout(() => {
      this.#debounce = undefined;
      void this.#enqueue('change');
    }, this.#deps.debounceMs);
  }

  /** Publishes pending changes now instead of after the debounce (on shutdown). */
  flushNow(): Promise<void> {
    if (this.#debounce) this.#deps.clock.clearTimeout(this.#debounce);
    this.#debounce = undefined;
    return this.#enqueue('change');
  }

  /** After every (re)connect: a fresh full status and every workload state, stale ones cleared. */
  publishAll(): Promise<void> {
    return this.#enqueue('full');
  }

  #armRefresh(): void {
    this.#refresh = this.#deps.clock.setTimeout(() => {
      if (!this.#running) return;
      void this.#enqueue('refresh');
      this.#armRefresh();
    }, this.#deps.refreshMs);
  }

  #enqueue(mode: FlushMode): Promise<void> {
    const next = this.#queue.then(() => this.#flush(mode));
    this.#queue = next.catch((err: unknown) => this.#deps.logger.error({ err }, 'status publish failed'));
    return this.#queue;
  }

  async #flush(mode: FlushMode): Promise<void> {
    // Offline changes are not queued: the connect that ends the outage publishes everything.
    if (!this.#deps.isConnected()) return;
    const now = this.#deps.clock.now();
    const views = this.#deps.source.list();
    // Tolerance: the refresh tick that is due may find a state published a little less than
    // one period ago (the timer and the publish are not aligned).
    const refreshMs = this.#deps.workloadRefreshMs - (mode === 'refresh' ? this.#deps.refreshMs / 2 : 0);
    const present = new Set<string>();
    for (const view of views) {
      present.add(view.name);
      const state = { ...workloadStateOf(view), boot_id: this.#deps.identity.bootId };
      const record = workloadRecord(state, now);
      const reason =
        mode === 'full' ? 'new' : publishReason(this.#workloads.get(view.name), record, refreshMs);
      if (!reason) continue;
      this.#workloads.set(view.name, record);
      this.#deps.names.add(view.name);
      this.#send(topics.workload(this.#deps.identity.device, view.name), encode('workload', state));
    }
    for (const name of new Set([...this.#workloads.keys(), ...this.#deps.names.all()])) {
      if (present.has(name)) continue;
      this.#workloads.delete(name);
      this.#deps.names.delete(name);
      // [MQTT-3.3.1-10] a retained zero-byte payload removes the retained message.
      this.#send(topics.workload(this.#deps.identity.device, name), new Uint8Array(0));
    }
    await this.#publishStatus(mode, views, now);
  }

  async #publishStatus(mode: FlushMode, views: WorkloadView[], now: number): Promise<void> {
    const release = this.#deps.release();
    const progress = this.#deps.report?.();
    const tasks = this.#deps.tasksRunning?.() ?? 0;
    const probe = statusRecord(
      statusMessage(this.#deps.identity, views, undefined, release, 0, now, progress, tasks),
      now,
    );
    // System metrics are noise: a refresh always republishes (uptime alone moves), a change
    // flush only when something else in the status changed.
    if (mode === 'change' && this.#status?.key === probe.key) return;
    const sample = await this.#sample();
    if (!this.#deps.isConnected()) return;
    this.#statusSeq += 1;
    const status = statusMessage(
      this.#deps.identity,
      views,
      sample,
      release,
      this.#statusSeq,
      now,
      progress,
      tasks,
    );
    this.#status = probe;
    this.#send(topics.status(this.#deps.identity.device), encode('status', status));
  }

  async #sample(): Promise<SystemMetricsSample | undefined> {
    try {
      this.#lastSample = await this.#deps.metrics.sample();
    } catch (err) {
      // Keep publishing workload state even when /proc cannot be read; reuse the last sample.
      this.#deps.logger.warn({ err }, 'system metrics unavailable');
    }
    return this.#lastSample;
  }

  #send(topic: string, payload: Uint8Array): void {
    // Not awaited: publishes go out in call order; a publish cut by a disconnect is redone
    // by the full publish of the next connect.
    this.#deps.publish(topic, payload).catch((err: unknown) => {
      this.#deps.logger.debug({ err, topic }, 'retained publish not acknowledged');
    });
  }
}

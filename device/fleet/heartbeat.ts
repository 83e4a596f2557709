// The tiny non-retained mc/{d}/heartbeat (QoS 0) every heartbeat_interval while connected:
// the controller's sign of life between status changes. Missed beats are not made up for —
// a late heartbeat says nothing — so nothing is queued while the link is down.
import type { Logger } from 'pino';
import { encode } from '../../proto/codec.ts';
import { memPercent } from '../health/system-metrics.ts';
import type { Clock, TimerHandle } from '../supervisor/clock.ts';
import type { MetricsSource } from './state-publisher.ts';

export interface HeartbeatDeps {
  intervalMs: number;
  metrics: MetricsSource;
  /** Seq of the latest status, so a reader notices a status it missed. */
  statusSeq: () => number;
  /** A QoS 0 publish; false when the link is down (nothing is sent then). */
  publish: (payload: Uint8Array) => boolean;
  clock: Clock;
  logger: Logger;
}

export class Heartbeat {
  readonly #deps: HeartbeatDeps;
  #timer: TimerHandle | undefined;
  #seq = 0;
  #running = false;

  constructor(deps: HeartbeatDeps) {
    this.#deps = deps;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#arm();
  }

  stop(): void {
    this.#running = false;
    if (this.#timer) this.#deps.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Beats now (after a connect, so a reader sees life at once) and restarts the period. */
  async beatNow(): Promise<void> {
    if (this.#timer) this.#deps.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#beat();
    if (this.#running && !this.#timer) this.#arm();
  }

  #arm(): void {
    this.#timer = this.#deps.clock.setTimeout(() => {
      this.#timer = undefined;
      const rearm = () => {
        if (this.#running && !this.#timer) this.#arm();
      };
      this.#beat().then(rearm, (err: unknown) => {
        this.#deps.logger.warn({ err }, 'heartbeat failed');
        rearm();
      });
    }, this.#deps.intervalMs);
  }

  async #beat(): Promise<void> {
    if (!this.#running) return;
    let cpu = 0;
    let mem = 0;
    let uptime = 0;
    try {
      const sample = await this.#deps.metrics.sample();
      cpu = sample.cpu_percent;
      mem = memPercent(sample);
      uptime = sample.uptime_s;
    } catch (err) {
      this.#deps.logger.debug({ err }, 'heartbeat without metrics');
    }
    const payload = encode('heartbeat', {
      seq: this.#seq + 1,
      uptime_s: uptime,
      cpu_percent: cpu,
      mem_percent: mem,
      status_seq: this.#deps.statusSeq(),
    });
    // The seq counts beats sent, so a reader can tell lost beats from a quiet link.
    if (this.#deps.publish(payload)) this.#seq += 1;
  }
}
